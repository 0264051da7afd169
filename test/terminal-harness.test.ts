/*
The parts of the pseudo-terminal harness that the e2e tests do not use but the bench does: other commands,
a clean environment, exact byte counts, settling without polling, and cleaning up what the program started.
*/
import {readFileSync} from 'node:fs';
import process from 'node:process';
import test, {type ExecutionContext} from 'ava';
import {TerminalSession, type StartOptions} from './helpers/terminal.js';
import {waitFor} from './helpers/wait-for.js';

function start(t: ExecutionContext, options: StartOptions): TerminalSession {
	const session = TerminalSession.start(options);
	t.teardown(async () => session.dispose());
	return session;
}

function node(script: string): string[] {
	return [process.execPath, '-e', script];
}

test('runs another command and counts the bytes it wrote, not the characters', async t => {
	const session = start(t, {command: node("process.stdout.write('héllo')")});
	t.deepEqual(await session.waitForExit(), {exitCode: 0});
	t.is(session.output, 'héllo');
	t.is(session.bytesReceived, 6);
	t.true(session.exitedAt! >= session.startedAt);
});

test('with inheritEnv false the program gets only the given variables and TERM', async t => {
	const session = start(t, {
		command: node("process.stdout.write(JSON.stringify(['PATH' in process.env, process.env.given, process.env.TERM]))"),
		env: {given: 'this'},
		inheritEnv: false,
	});
	await session.waitForExit();
	t.deepEqual(JSON.parse(session.output), [false, 'this', 'xterm-256color']);
});

test('settle resolves once the screen matches and tells when that output arrived', async t => {
	const session = start(t, {command: node("process.stdout.write('ready'); setInterval(() => {}, 1000)")});
	const {lines, matchedAt, lastOutputAt} = await session.settle('ready', {quiet: 20});
	t.is(lines[0], 'ready');
	t.true(matchedAt >= session.startedAt);
	t.true(lastOutputAt >= matchedAt);
	t.is(session.lastOutputAt, lastOutputAt);
});

test('settle fails as soon as the program exits without showing what is awaited', async t => {
	const session = start(t, {command: node("process.stdout.write('something else')")});
	await t.throwsAsync(session.settle('never shown', {timeout: 60_000}), {message: /the program exited/v});
});

test('dispose ends what the program started too', async t => {
	// The SIGHUP a session's end sends would not stop this sleep: only a kill of the whole group does.
	const session = start(t, {command: ['/bin/bash', '-c', 'trap "" HUP; sleep 60 & echo "$!"; wait']});
	const {
		lines: [pid],
	} = await session.settle(/^\d+$/mv);
	await session.dispose();
	// Gone, or a zombie waiting for init to reap it: either way it no longer runs.
	const running = () => {
		try {
			return !/^State:\s+Z/mv.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
		} catch {
			return false;
		}
	};

	await t.notThrowsAsync(waitFor(() => !running(), `sleep (${pid}) to end`));
});
