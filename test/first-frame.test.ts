/*
The first frame in a real terminal: drawn before Ink has loaded, on the alternate screen entered once, with
the keyboard read key by key from the start; Ink's takeover writes nothing, and the exit restores the terminal.
`npm test` builds the bundle first.
*/
import test, {type ExecutionContext} from 'ava';
import {fixtureArgument} from './helpers/fixtures.js';
import {run} from './helpers/run-cli.js';
import {TerminalSession, type StartOptions} from './helpers/terminal.js';
import {crumbsOf} from './helpers/screen.js';

const data = ['--data', fixtureArgument('career.json')];
const enter = '\u001B[?1049h\u001B[?25l';
const exit = '\u001B[?1049l\u001B[?25h';
const beginSynchronized = '\u001B[?2026h';
const endSynchronized = '\u001B[?2026l';

function start(t: ExecutionContext, options?: StartOptions): TerminalSession {
	const session = TerminalSession.start({args: data, ...options});
	t.teardown(async () => session.dispose());
	return session;
}

function count(text: string, part: string): number {
	return text.split(part).length - 1;
}

const isFrame = (lines: readonly string[]) =>
	/1 About|About 1\//v.test(lines[1] ?? '') && lines.at(-1)!.includes('q quit');
/** The Experience list: a cursor on a list at the top of its section (no crumbs), with its position in the footer. */
const isExperience = (lines: readonly string[]) =>
	crumbsOf(lines) === '' && lines.some(line => line.includes('❯ ')) && / 1\/\d+$/v.test(lines.at(-1)!);

const runs: ReadonlyArray<{columns: number; rows: number; env: Record<string, string>}> = [
	{columns: 40, rows: 12, env: {}},
	{columns: 80, rows: 24, env: {}},
	// eslint-disable-next-line @typescript-eslint/naming-convention -- the variable's name
	{columns: 80, rows: 24, env: {NO_COLOR: '1'}},
	{columns: 120, rows: 40, env: {}},
	{columns: 200, rows: 60, env: {}},
	{columns: 30, rows: 8, env: {}},
];

for (const {columns, rows, env} of runs) {
	const tooSmall = columns < 40;
	const name = `${columns}×${rows}${'NO_COLOR' in env ? ', NO_COLOR' : ''}`;
	test.serial(
		`${name}: the first frame comes at once, Ink takes it over writing nothing, the exit restores the screen`,
		async t => {
			const session = start(t, {columns, rows, env});
			await session.waitFor(tooSmall ? 'Terminal too small' : isFrame, {description: 'the first frame'});
			await session.waitForKeyboard();
			// A change of screen: the bytes before it are the first frame's and Ink's takeover's.
			if (tooSmall) {
				session.resize(80, 24);
				await session.waitFor(isFrame, {description: 'the frame at 80×24'});
			} else {
				session.press('2');
				await session.waitFor(isExperience, {description: 'the Experience list'});
			}

			session.press('q');
			const {exitCode} = await session.waitForExit();
			t.is(exitCode, 0);

			const {output} = session;
			t.true(output.startsWith(enter + beginSynchronized), 'the first bytes enter the alternate screen and draw');
			const firstFrameEnd = output.indexOf(endSynchronized) + endSynchronized.length;
			const nextFrame = output.indexOf(beginSynchronized, firstFrameEnd);
			t.is(output.slice(firstFrameEnd, nextFrame), '', 'nothing is written between the first frame and the next');
			t.is(count(output, '\u001B[?1049h'), 1, 'the alternate screen is entered once');
			t.true(output.endsWith(exit), 'the last bytes leave it and show the cursor');
			t.is(count(output, '\u001B[?1049l'), 1);
			t.false(session.isAlternateScreen());
		},
	);
}

test.serial('a key pressed as soon as the terminal is raw, before Ink runs, is applied, not echoed', async t => {
	const early = start(t);
	await early.waitForKeyboard();
	early.press('2');
	const earlyScreen = await early.waitFor(isExperience, {description: 'the Experience list'});

	const late = start(t);
	await late.waitFor(isFrame, {description: 'the first frame'});
	await late.waitForKeyboard();
	late.press('2');
	t.deepEqual(earlyScreen, await late.waitFor(isExperience, {description: 'the Experience list'}));
});

test('a compile cache that cannot be written changes nothing (Node 22.1 and later keep one; Node 20 has none)', async t => {
	const normal = await run([...data, '--print']);
	// A folder inside a file: it can be neither made nor written.
	// eslint-disable-next-line @typescript-eslint/naming-convention -- Node reads it so
	const unwritable = await run([...data, '--print'], {env: {NODE_COMPILE_CACHE: 'package.json/cache'}});
	t.is(unwritable.code, 0);
	t.is(unwritable.stderr, '');
	t.is(unwritable.stdout, normal.stdout);
	t.true(normal.stdout.includes('Harbor Robotics'));
});
