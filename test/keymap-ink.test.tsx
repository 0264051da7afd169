import test from 'ava';
import {Text, useInput} from 'ink';
import {render} from 'ink-testing-library';
import {commandFor, type KeyPress} from '../source/app/keymap.js';
import {waitFor} from './helpers/wait-for.js';

/** Records what commandFor makes of each key press, as Ink parses it from the terminal's bytes. */
function Recorder({presses}: {readonly presses: Array<KeyPress | undefined>}) {
	useInput((input, key) => {
		presses.push(commandFor(input, key));
	});
	return <Text>keys</Text>;
}

/** Writes `bytes` to a fresh app's stdin and returns the command each key press gave. */
async function pressesFor(bytes: readonly string[]): Promise<Array<KeyPress | undefined>> {
	const presses: Array<KeyPress | undefined> = [];
	const app = render(<Recorder presses={presses} />);
	try {
		await waitFor(() => app.stdin.listenerCount('readable') > 0, 'Ink to listen for keys');
		for (const chunk of bytes) {
			const before = presses.length;
			app.stdin.write(chunk);
			// Each key is awaited before the next is typed: a lone Esc is held back, in case more of an
			// escape sequence follows, and a key typed meanwhile would join it.
			// eslint-disable-next-line no-await-in-loop -- key presses arrive one after another
			await waitFor(() => presses.length > before, `Ink to read ${JSON.stringify(chunk)}`);
		}
	} finally {
		app.unmount();
		app.cleanup();
	}

	return presses;
}

const keys: Array<[string, string, KeyPress | undefined]> = [
	['Up', '\u001B[A', {command: 'up', argument: 0}],
	['k', 'k', {command: 'up', argument: 0}],
	['Down', '\u001B[B', {command: 'down', argument: 0}],
	['j', 'j', {command: 'down', argument: 0}],
	['Enter', '\r', {command: 'open', argument: 0}],
	['Right', '\u001B[C', {command: 'open', argument: 0}],
	['l', 'l', {command: 'open', argument: 0}],
	['Esc', '\u001B', {command: 'back', argument: 0}],
	['Left', '\u001B[D', {command: 'back', argument: 0}],
	['h', 'h', {command: 'back', argument: 0}],
	['Backspace (DEL)', '\u007F', {command: 'back', argument: 0}],
	['Backspace (BS)', '\b', {command: 'back', argument: 0}],
	['Tab', '\t', {command: 'next-section', argument: 0}],
	['Shift+Tab', '\u001B[Z', {command: 'previous-section', argument: 0}],
	['1', '1', {command: 'go-to-section', argument: 0}],
	['5', '5', {command: 'go-to-section', argument: 4}],
	['g', 'g', {command: 'top', argument: 0}],
	['Home', '\u001B[H', {command: 'top', argument: 0}],
	['G', 'G', {command: 'bottom', argument: 0}],
	['End', '\u001B[F', {command: 'bottom', argument: 0}],
	['PgUp', '\u001B[5~', {command: 'page-up', argument: 0}],
	['Ctrl+U', '\u0015', {command: 'page-up', argument: 0}],
	['PgDn', '\u001B[6~', {command: 'page-down', argument: 0}],
	['Ctrl+D', '\u0004', {command: 'page-down', argument: 0}],
	['Space', ' ', {command: 'page-down', argument: 0}],
	['?', '?', {command: 'help', argument: 0}],
	['q', 'q', {command: 'quit', argument: 0}],
	['Ctrl+C', '\u0003', {command: 'quit', argument: 0}],
	['c', 'c', undefined],
	['0', '0', undefined],
];

test('the keys of the key map, typed into a terminal and parsed by Ink, give their commands', async t => {
	const presses = await pressesFor(keys.map(([, bytes]) => bytes));
	t.deepEqual(
		presses.map((press, index) => [keys[index]?.[0], press]),
		keys.map(([name, , press]) => [name, press]),
	);
});
