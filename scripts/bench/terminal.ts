/*
The bench's side of the test terminal harness: the app's frames as the bench recognises them, a session run
from the packed package in a clean environment, and a key press timed from the key to the last byte it brings.
*/
import {performance} from 'node:perf_hooks';
import {TerminalSession} from '../../test/helpers/terminal.js';
import {cleanEnvironment, packageDirectory} from './environment.js';
import {track} from './processes.js';

/** A frame is over when no byte has come for this long: more than Ink's 34 ms render throttle. */
export const quietMs = 50;

export type Screen = readonly string[];

/** Tells the frame a key brings from the one before it. */
export type Changed = (before: Screen, after: Screen) => boolean;

/**
The app's frame is all there once its footer is its last line (the terminal's last row stays blank): "q quit",
or "ctrl+c quit" while searching.
*/
export function frameComplete(screen: Screen): boolean {
	return /(?:^|\s)(?:q|ctrl\+c) quit/v.test(screen.findLast(line => line.trim() !== '') ?? '');
}

export function isFirstFrame(screen: Screen): boolean {
	return (screen[1]?.includes('1 About') ?? false) && frameComplete(screen);
}

export function screenChanged(before: Screen, after: Screen): boolean {
	return before.join('\n') !== after.join('\n');
}

/** Open and back change the crumbs in the rule under the tabs ("── Experience › …"); a section's top has none. */
export function breadcrumbChanged(before: Screen, after: Screen): boolean {
	return before[2] !== after[2];
}

export type Size = {readonly columns: number; readonly rows: number};

/**
Runs `command` in a pseudo-terminal of `size` (80×24 unless told), from the unpacked package with a user's clean
environment (and `env`), lets `drive` work it, and always ends it.
*/
export async function inTerminal<T>(
	command: readonly string[],
	drive: (session: TerminalSession) => Promise<T>,
	{columns = 80, rows = 24, env = {}}: Partial<Size> & {readonly env?: Readonly<Record<string, string>>} = {},
): Promise<T> {
	const session = TerminalSession.start({
		command,
		columns,
		rows,
		cwd: packageDirectory,
		env: cleanEnvironment(env),
		inheritEnv: false,
	});
	const untrack = track(async () => session.dispose());
	try {
		return await drive(session);
	} finally {
		untrack();
		await session.dispose();
	}
}

/** What one key cost: the bytes of the frame it brought, and the ms from the key to that frame's last byte. */
export type Press = {readonly bytes: number; readonly ms: number};

/** Types a key and waits for the complete frame it brings, which `changed` tells from the one before. */
export async function timedPress(
	session: TerminalSession,
	key: string,
	changed: Changed,
	timeout?: number,
): Promise<Press> {
	const before = session.screen();
	const bytesBefore = session.bytesReceived;
	const sentAt = performance.now();
	session.press(key);
	const {lastOutputAt} = await session.settle(after => frameComplete(after) && changed(before, after), {
		quiet: quietMs,
		timeout,
		description: `the frame after ${JSON.stringify(key)}`,
	});
	return {bytes: session.bytesReceived - bytesBefore, ms: lastOutputAt - sentAt};
}

/** Waits for the program to end by itself, which it must do successfully; returns when it did. */
export async function exitSuccessfully(session: TerminalSession): Promise<number> {
	const exit = await session.waitForExit();
	if (exit.exitCode !== 0 || exit.signal !== undefined) {
		throw new Error(`The program ended with ${JSON.stringify(exit)}; the screen:\n${session.screenText()}`);
	}

	return session.exitedAt!;
}

/** Quits the app with q once it reads keys (a key sent before raw mode waits for Enter). */
export async function quit(session: TerminalSession): Promise<number> {
	await session.waitForKeyboard();
	session.press('q');
	return exitSuccessfully(session);
}
