/*
Search in a real pseudo-terminal, on the built bundle (dist/cli.js) and the shipped résumé, as issue 11 asks:
`/rust` and Enter land on the Rust front-end achievement, `/websocket` lists the WebSocket achievement first.
`npm test` builds the bundle first; when running this alone, run `npm run build` before.
*/
import test, {type ExecutionContext} from 'ava';
import {keys, TerminalSession} from './helpers/terminal.js';

/** The built-in résumé at 80×24, its first frame drawn and its keyboard read. */
async function started(t: ExecutionContext): Promise<TerminalSession> {
	const session = TerminalSession.start({args: [], columns: 80, rows: 24});
	t.teardown(async () => session.dispose());
	await session.waitFor(lines => lines.some(line => line.includes('q quit')), {description: 'the first frame'});
	await session.waitForKeyboard();
	return session;
}

const cursorLine = (lines: readonly string[]) => lines.find(line => line.includes('❯'))?.replace(/^\s*❯\s*/v, '') ?? '';

test.serial('/rust, then Enter, lands on the Rust front-end achievement of the Sr Software Engineer role', async t => {
	const session = await started(t);
	session.press('/rust');
	const found = await session.waitFor(/\/ rust +1 match/v, {description: 'the matches of "rust"'});
	t.regex(found.join('\n'), /Rust based frontend layer/v);
	t.regex(found.join('\n'), /Amazon Web Services › Sr Software Engineer, Amazon API Gateway/v);
	session.press(keys.enter);
	const landed = await session.waitFor(lines => lines[2]!.includes('› Amazon Web Services › Sr Software Engineer'), {
		description: 'the role with the achievement selected',
	});
	t.regex(cursorLine(landed), /^Drive API Gateway's architectural vision/v);
	t.regex(landed.join('\n'), /a Rust based frontend layer for API Gateway/v);
	// Esc goes back to the roles of the company, as if the reader had opened them.
	session.press(keys.escape);
	const roles = await session.waitFor(lines => lines[2]!.includes('› Amazon Web Services ─'), {
		description: 'the roles of Amazon Web Services',
	});
	t.regex(cursorLine(roles), /^Sr Software Engineer, Amazon API Gateway/v);
});

test.serial('/websocket lists the WebSocket achievement first, q types into the query and Esc restores', async t => {
	const session = await started(t);
	session.press('2', 'j');
	const before = await session.waitFor(lines => cursorLine(lines).startsWith('Amazon Web Services'), {
		description: 'Amazon Web Services selected',
	});
	session.press('/websocket');
	const found = await session.waitFor(/\/ websocket +\d+ match/v, {description: 'the matches of "websocket"'});
	t.regex(cursorLine(found), /^Led the effort to build a new stateful data plane to support WebSocket/v);
	session.press('q');
	await session.waitFor(/\/ websocketq +no match/v, {description: 'q typed into the query'});
	session.press(keys.escape);
	const back = await session.waitFor(lines => !lines[2]!.trim().startsWith('/'), {description: 'back where it was'});
	t.deepEqual(back, before);
	session.press('q');
	t.deepEqual(await session.waitForExit(), {exitCode: 0});
});
