/*
What a start costs in a pseudo-terminal: the time to the app's first complete frame and its peak memory, each
beside `node -e 0` run the same way.
*/
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import type {TerminalSession} from '../../test/helpers/terminal.js';
import {packagedCli, temporary} from './environment.js';
import {exitSuccessfully, inTerminal, isFirstFrame, quit} from './terminal.js';

const gnuTime = '/usr/bin/time';

/** Fails at once, not after a minute of measuring, where GNU time is missing. */
export function requireGnuTime(): void {
	if (!existsSync(gnuTime)) {
		throw new Error(`Peak RSS needs GNU time at ${gnuTime}: apt-get install -y time`);
	}
}

/** Milliseconds from spawning the app to its first complete frame; then it quits with q. */
export async function firstFrame(arguments_: readonly string[] = [], timeout?: number): Promise<number> {
	return inTerminal([process.execPath, packagedCli, ...arguments_], async app => {
		const {matchedAt} = await app.settle(isFirstFrame, {timeout, description: 'the first frame'});
		await quit(app);
		return matchedAt - app.startedAt;
	});
}

/** Milliseconds from spawning `node -e 0` in the same kind of terminal to its exit: Node's own start. */
export async function nodeStart(): Promise<number> {
	return inTerminal([process.execPath, '-e', '0'], async run => (await exitSuccessfully(run)) - run.startedAt);
}

/** Peak RSS in MiB of `node …arguments_` in a terminal, from GNU time (which reports KiB), while `drive` works it. */
export async function peakRss(
	arguments_: readonly string[],
	drive: (session: TerminalSession) => Promise<unknown>,
): Promise<number> {
	const report = path.join(temporary, 'time.txt');
	await inTerminal([gnuTime, '-f', '%M', '-o', report, process.execPath, ...arguments_], drive);
	return Number(readFileSync(report, 'utf8').trim().split('\n').at(-1)) / 1024;
}

export async function appPeakRss(): Promise<number> {
	return peakRss([packagedCli], async app => {
		await app.settle(isFirstFrame, {description: 'the first frame'});
		await quit(app);
	});
}

export async function nodePeakRss(): Promise<number> {
	return peakRss(['-e', '0'], exitSuccessfully);
}
