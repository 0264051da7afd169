/* eslint-disable @typescript-eslint/naming-convention -- environment variables are named in UPPER_CASE */
/*
Links in a real terminal: the built bundle in a pseudo-terminal. OSC 8 only when the terminal supports it (here
forced), never in a pipe; `y` writes OSC 52 with the URL. `npm run build` first when running it alone.
*/
import {Buffer} from 'node:buffer';
import test, {type ExecutionContext} from 'ava';
import {fixtureArgument} from './helpers/fixtures.js';
import {keys, TerminalSession, type StartOptions} from './helpers/terminal.js';

const data = ['--data', fixtureArgument('career.json')];
const guide = 'https://example.com/blog/incident-reviews';

function start(t: ExecutionContext, options: StartOptions): TerminalSession {
	const session = TerminalSession.start({args: data, columns: 80, rows: 24, ...options});
	t.teardown(async () => session.dispose());
	return session;
}

/** Experience → Harbor Robotics → its third highlight, which has one link. */
async function toGuide(session: TerminalSession): Promise<void> {
	await session.waitFor(lines => lines.some(line => line.includes('q quit')), {description: 'the first frame'});
	await session.waitForKeyboard();
	session.press('2');
	await session.waitFor(lines => lines.some(line => line.includes('❯ Harbor Robotics')), {description: 'Experience'});
	session.press(keys.enter);
	await session.waitFor(lines => lines.some(line => line.includes('❯ Cut the fleet')), {description: 'achievements'});
	session.press('j', 'j');
	await session.waitFor(lines => lines.some(line => line.includes('❯ Wrote the incident review guide')), {
		description: 'the highlight with a link',
	});
}

test.serial('FORCE_HYPERLINK=1: the title is an OSC 8 link to exactly its URL, and the URL is not printed', async t => {
	const session = start(t, {env: {FORCE_HYPERLINK: '1'}});
	await toGuide(session);
	t.true(session.output.includes(`\u001B]8;;${guide}\u001B\\`));
	const lines = await session.waitFor(screen =>
		screen.some(line => line.includes('blog post · How we review incidents')),
	);
	t.false(
		lines.some(line => line.includes(guide)),
		`the screen:\n${session.screenText()}`,
	);
});

test.serial('FORCE_HYPERLINK=0: no OSC 8, and the URL is shown whole on its own line', async t => {
	const session = start(t, {env: {FORCE_HYPERLINK: '0', TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.5.0'}});
	await toGuide(session);
	t.false(session.output.includes('\u001B]8;;http'));
	const lines = await session.waitFor(screen =>
		screen.some(line => line.includes('blog post · How we review incidents')),
	);
	t.true(
		// The guide is the selected item: its lines begin with the selection's edge.
		lines.some(line => line.replace(/^\s*▎?\s*/v, '').trimEnd() === guide),
		`the screen:\n${session.screenText()}`,
	);
});

test.serial('in a pipe, even forced, no OSC 8 is written', async t => {
	const session = start(t, {env: {FORCE_HYPERLINK: '1'}, stdout: 'pipe'});
	t.deepEqual(await session.waitForExit(), {exitCode: 0});
	t.true(session.output.includes(guide), 'the URL is printed');
	t.false(session.output.includes('\u001B]8;'));
});

test.serial('y writes OSC 52 with the base64 of the URL, and the footer says it was copied', async t => {
	const session = start(t, {env: {FORCE_HYPERLINK: '0'}});
	await toGuide(session);
	session.press('y');
	await session.waitFor(lines => lines.some(line => line.includes('Copied to the clipboard')), {
		description: 'the footer to say so',
	});
	// The footer is drawn first; the copy is written once that frame is on screen.
	const copied = `\u001B]52;c;${Buffer.from(guide).toString('base64')}\u0007`;
	await session.waitFor(() => session.output.includes(copied), {description: 'OSC 52 with the URL'});
	t.is(session.output.split(copied).length - 1, 1, 'copied once');
});
