import test from 'ava';
import type {Key} from 'ink';
import {commandFor, commandsFor, hints, keyLabels, keymap, type Binding} from '../source/app/keymap.js';

type Press = {readonly name: string; readonly input: string; readonly key: Partial<Key>; readonly argument: number};

/** The key presses a key spec stands for: its named key, its character, or each of its characters. */
function pressesOf(spec: Binding['keys'][number]): Press[] {
	const modifiers: Partial<Key> = {ctrl: spec.ctrl ?? false, shift: spec.shift ?? false};
	const name = `${spec.ctrl ? 'Ctrl+' : ''}${spec.shift ? 'Shift+' : ''}`;
	if (spec.key) {
		return [{name: `${name}${spec.key}`, input: '', key: {...modifiers, [spec.key]: true}, argument: 0}];
	}

	if (spec.anyOf) {
		return [...spec.anyOf].map((input, argument) => ({name: `${name}${input}`, input, key: modifiers, argument}));
	}

	return spec.input === undefined
		? []
		: [{name: `${name}${spec.input}`, input: spec.input, key: modifiers, argument: 0}];
}

test('every key of every binding gives its command', t => {
	const cases = keymap.flatMap(binding =>
		binding.keys.map(spec => ({command: binding.command, presses: pressesOf(spec)})),
	);
	t.true(cases.length >= 25, `only ${cases.length} keys`);
	for (const {command, presses} of cases) {
		t.not(presses.length, 0, `a key of ${command} has neither a key, an input nor anyOf`);
		for (const {name, input, key, argument} of presses) {
			t.deepEqual(commandFor(input, key), {command, argument}, `${command}: ${name}`);
		}
	}
});

test('Ctrl changes what a letter means', t => {
	t.is(commandFor('u', {}), undefined);
	t.is(commandFor('d', {}), undefined);
	t.is(commandFor('k', {ctrl: true}), undefined);
	t.is(commandFor('q', {ctrl: true}), undefined);
	t.is(commandFor('1', {ctrl: true}), undefined);
});

test('a number of two digits is not a key', t => {
	t.is(commandFor('12', {}), undefined);
});

test('keys that are not bound give nothing', t => {
	for (const input of ['', 'x', 'K', 'J', 'Q', 'O', 'Y', 'jj']) {
		t.is(commandFor(input, {}), undefined, `input ${JSON.stringify(input)}`);
	}
});

test('a named key matches whatever input comes with it', t => {
	// Ink passes the raw sequence, or nothing, as input with a named key.
	t.is(commandFor('\r', {return: true})?.command, 'open');
	t.is(commandFor('x', {upArrow: true})?.command, 'up');
});

test('every command has a binding, and every footer hint a bound command', t => {
	const bound = new Set(keymap.map(binding => binding.command));
	t.is(bound.size, keymap.length, 'each command is bound once');
	t.deepEqual([...bound].toSorted(), [
		'back',
		'bottom',
		'copy-link',
		'down',
		'go-to-section',
		'help',
		'next-section',
		'open',
		'open-link',
		'page-down',
		'page-up',
		'previous-section',
		'quit',
		'search',
		'suspend',
		'top',
		'up',
	]);
	for (const hint of hints) {
		for (const command of hint.commands) {
			t.true(bound.has(command), `hint "${hint.text}" stands for unbound ${command}`);
		}
	}
});

test('keyLabels lists the labels of a binding', t => {
	const labels = new Map(keymap.map(binding => [binding.command, keyLabels(binding)]));
	t.is(labels.get('up'), '↑ k');
	t.is(labels.get('back'), 'Esc ← h Backspace');
	t.is(labels.get('quit'), 'q Ctrl+C');
	t.is(labels.get('go-to-section'), '1–9');
});

test('keys that arrive together in one chunk are each a command', t => {
	const commands = (input: string) => commandsFor(input, {}).map(press => press.command);
	t.deepEqual(commands('jjk'), ['down', 'down', 'up']);
	t.deepEqual(commands('j\r'), ['down', 'open']);
	t.deepEqual(commands('2\t'), ['go-to-section', 'next-section']);
	t.deepEqual(commands('jxq'), ['down', 'quit'], 'unbound characters are skipped');
	t.deepEqual(commands('j'), ['down']);
	t.deepEqual(commands(''), []);
	t.deepEqual(
		commandsFor('c', {ctrl: true}).map(press => press.command),
		['quit'],
		'a control key is one key',
	);
});
