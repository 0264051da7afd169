/* eslint-disable @typescript-eslint/naming-convention -- environment variables are named in UPPER_CASE */
import {PassThrough, Writable} from 'node:stream';
import {setTimeout as delay} from 'node:timers/promises';
import test from 'ava';
import {queryBackground} from '../source/app/background-query.js';
import {TerminalInput} from '../source/app/terminal-input.js';

const white = '\u001B]11;rgb:ffff/ffff/ffff\u001B\\';
const vscodeDark = '\u001B]11;rgb:1e1e/1e1e/1e1e\u0007';
const attributes = '\u001B[?62;22c';

type Answer = {readonly after: number; readonly bytes: string};

/**
A terminal that answers the queries it is sent as told (each answer after a delay, in ms), and a keyboard
from which everything that reaches the app is read, as Ink would read it.
*/
function fakeTerminal(answers: readonly Answer[]) {
	const keyboard = new PassThrough();
	const written: string[] = [];
	const output = new Writable({
		write(chunk: Uint8Array, _encoding, callback) {
			written.push(String(chunk));
			if (String(chunk).includes('\u001B]11;?')) {
				for (const {after, bytes} of answers) {
					setTimeout(() => {
						keyboard.write(bytes);
					}, after);
				}
			}

			callback();
		},
	});
	const input = new TerminalInput(keyboard);
	let received = '';
	input.setEncoding('utf8');
	input.on('data', (text: string) => {
		received += text;
	});
	return {keyboard, input, output, written, received: () => received};
}

async function detect(answers: readonly Answer[], env: Record<string, string> = {}, timeout = 100) {
	const terminal = fakeTerminal(answers);
	const started = performance.now();
	const query = queryBackground({input: terminal.input, output: terminal.output, env});
	const first = await query.first(timeout);
	return {...terminal, first, elapsed: performance.now() - started, late: query.late};
}

test('a terminal that answers light: light, as soon as it answers', async t => {
	const {first, elapsed, received, written} = await detect([{after: 5, bytes: white + attributes}], {}, 1000);
	t.deepEqual(first, {background: 'light', source: 'terminal'});
	t.true(elapsed < 500, `took ${elapsed} ms`);
	t.deepEqual(written, ['\u001B]11;?\u0007\u001B[c']);
	await delay(20);
	t.is(received(), '', 'no answer reaches the keys');
});

test('a terminal that answers dark: dark', async t => {
	const {first} = await detect([{after: 5, bytes: vscodeDark + attributes}]);
	t.deepEqual(first, {background: 'dark', source: 'terminal'});
});

test('a terminal that cannot say its background answers only the attributes: no wait for the timeout', async t => {
	const {first, elapsed} = await detect([{after: 5, bytes: attributes}], {COLORFGBG: '0;15'}, 1000);
	t.deepEqual(first, {background: 'light', source: 'COLORFGBG'});
	t.true(elapsed < 500, `took ${elapsed} ms`);
});

test('a terminal that never answers: COLORFGBG, else dark, at the timeout and no later', async t => {
	const silent = await detect([]);
	t.deepEqual(silent.first, {background: 'dark', source: 'assumed'});
	// Timers may fire late on a busy machine, never early.
	t.true(silent.elapsed >= 99 && silent.elapsed < 300, `took ${silent.elapsed} ms`);
	const told = await detect([], {COLORFGBG: '15;0'});
	t.deepEqual(told.first, {background: 'dark', source: 'COLORFGBG'});
});

test('a terminal that answers late: the first frame is not kept waiting, the late answer restyles, no stray keys', async t => {
	const {first, elapsed, late, keyboard, received} = await detect([{after: 600, bytes: white + attributes}]);
	t.deepEqual(first, {background: 'dark', source: 'assumed'});
	t.true(elapsed < 400, `took ${elapsed} ms`);
	keyboard.write('j');
	t.is(await late, 'light');
	keyboard.write('k');
	await delay(20);
	t.is(received(), 'jk');
});

test('answers split across reads and mixed with keys leave exactly the keys', async t => {
	const {keyboard, received, first} = await detect([
		{after: 2, bytes: 'j\u001B]11;rgb:ff'},
		{after: 6, bytes: 'ff/ffff/ffff\u0007\u001B[B\u001B[?6'},
		{after: 10, bytes: '2;22c'},
		{after: 14, bytes: '\u001B'},
		{after: 16, bytes: '[Aq'},
	]);
	t.is(first.background, 'light');
	await delay(60);
	keyboard.write('é');
	await delay(20);
	t.is(received(), 'j\u001B[B\u001B[Aqé');
});

test('an Escape typed alone still arrives, at once when no answer is awaited', async t => {
	const {keyboard, received} = await detect([{after: 2, bytes: vscodeDark + attributes}]);
	await delay(10);
	keyboard.write('\u001B');
	await delay(5);
	t.is(received(), '\u001B');
});

test.serial('an answer that came while the program was busy past the timeout is still taken', async t => {
	const terminal = fakeTerminal([{after: 5, bytes: white + attributes}]);
	const query = queryBackground({input: terminal.input, output: terminal.output, env: {}});
	const first = query.first(30);
	const busyUntil = performance.now() + 80;
	while (performance.now() < busyUntil) {
		// Loading Ink holds the event loop like this.
	}

	t.deepEqual(await first, {background: 'light', source: 'terminal'});
});
