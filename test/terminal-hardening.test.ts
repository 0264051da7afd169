/*
The app in a real pseudo-terminal under what a careless user or a flaky link does to it: a megabyte pasted,
the terminal closed under it, signals of every kind, a terminal far too large.
*/
import {constants} from 'node:os';
import test from 'ava';
import {cliPath, nodePath, TerminalSession} from './helpers/terminal.js';

/** The app on its first screen, its keyboard ready; ended by the test's teardown whatever happens. */
async function started(
	t: {teardown: (f: () => Promise<void>) => void},
	options: Parameters<typeof TerminalSession.start>[0] = {},
) {
	const session = TerminalSession.start(options);
	t.teardown(async () => session.dispose());
	await session.waitFor('About');
	await session.waitForKeyboard();
	return session;
}

/** Frames drawn so far: Ink ends each in a synchronized-output marker. */
const framesIn = (output: string) => output.split('\u001B[?2026l').length - 1;

test.serial('a 1 MB paste costs a few frames, and q after it still quits', async t => {
	// Bounded memory for the program under test: a paste must not cost more.
	const session = await started(t, {command: [nodePath, '--max-old-space-size=200', cliPath]});
	const megabyte = 'jkjklh\t'.repeat(Math.ceil((1024 * 1024) / 7)).slice(0, 1024 * 1024);
	const chunk = 4096;
	const framesBefore = framesIn(session.output);
	const pasted = performance.now();
	// In pieces, as a terminal writes a paste: one write of a megabyte blocks this process on the pty until
	// the program has read it all, while the program may be blocked writing a frame this process is not reading.
	for (let start = 0; start < megabyte.length; start += chunk) {
		session.press(megabyte.slice(start, start + chunk));
		// eslint-disable-next-line no-await-in-loop
		await new Promise(resolve => {
			setImmediate(resolve);
		});
	}

	const typed = performance.now();
	session.press('q');
	const exit = await session.waitForExit({timeout: 10_000});
	t.log(
		`the paste took ${Math.round(typed - pasted)} ms to write, q ${Math.round(performance.now() - typed)} ms to quit`,
	);
	t.deepEqual(exit, {exitCode: 0});
	t.false(session.isAlternateScreen());
	// The work is bounded, not the time: a frame for a chunk of keys at most, never one for each of a million keys.
	const frames = framesIn(session.output) - framesBefore;
	t.log(`${frames} frames for ${megabyte.length / chunk} chunks`);
	t.true(frames <= megabyte.length / chunk + 1, `${frames} frames for ${megabyte.length / chunk} chunks`);
});

test.serial('a terminal closed under the app ends it with status 129, neither a crash nor a signal', async t => {
	for (let run = 0; run < 3; run++) {
		// eslint-disable-next-line no-await-in-loop
		const session = await started(t);
		session.hangUp();
		// eslint-disable-next-line no-await-in-loop
		t.deepEqual(await session.waitForExit(), {exitCode: 129});
	}
});

for (const signal of [
	'SIGTERM',
	'SIGINT',
	'SIGHUP',
	'SIGQUIT',
	'SIGUSR2',
	'SIGALRM',
	'SIGVTALRM',
	'SIGXCPU',
] as const) {
	test.serial(`${signal} restores the terminal first, then ends with its status`, async t => {
		const session = await started(t);
		t.true(session.isAlternateScreen());
		session.kill(signal);
		t.deepEqual(await session.waitForExit(), {exitCode: 128 + constants.signals[signal]});
		t.false(session.isAlternateScreen(), 'back on the main screen');
		t.false(session.isCursorHidden(), 'with the cursor shown');
	});
}

test.serial('SIGUSR1 prints nothing over the app (no "Debugger listening") and the app goes on', async t => {
	const session = await started(t);
	session.kill('SIGUSR1');
	session.press('2');
	await session.waitFor(lines => lines.some(line => line.includes('Experience ›') || line.includes('Meta')));
	t.false(session.screenText().includes('Debugger'));
	t.false(session.output.includes('Debugger'));
	session.press('q');
	t.deepEqual(await session.waitForExit(), {exitCode: 0});
});

test.serial('a terminal larger than 1000×500 is told so in a few lines, and q still quits', async t => {
	const session = TerminalSession.start({
		columns: 1200,
		rows: 600,
		command: [nodePath, '--max-old-space-size=200', cliPath],
	});
	t.teardown(async () => session.dispose());
	await session.waitFor('Terminal too large');
	t.regex(session.screenText(), /draws in at most 1000×500, has 1200×600/v);
	await session.waitForKeyboard();
	session.press('q');
	t.deepEqual(await session.waitForExit(), {exitCode: 0});
});
