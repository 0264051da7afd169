/* The bytes and latency of each kind of key in the app, at a size. */
import process from 'node:process';
import {keys, type TerminalSession} from '../../test/helpers/terminal.js';
import {packagedCli} from './environment.js';
import {runs} from './runs.js';
import {repeat, spread, type Spread} from './statistics.js';
import {
	breadcrumbChanged,
	inTerminal,
	isFirstFrame,
	quietMs,
	quit,
	screenChanged,
	timedPress,
	type Press,
	type Size,
} from './terminal.js';

export type KeyKind = 'move' | 'open' | 'escape' | 'h' | 'tab';

export type KeySummary = {readonly bytes: Spread; readonly ms: Spread};

export function summariseKeys(presses: readonly Press[]): KeySummary {
	return {bytes: spread(presses.map(press => press.bytes)), ms: spread(presses.map(press => press.ms))};
}

/** Opens the Experience list, unless it shows already (then 2 would change nothing, and no frame would come). */
async function showExperience(app: TerminalSession): Promise<void> {
	if (!app.screen().some(line => line.includes('❯ Meta Platforms'))) {
		await timedPress(app, '2', screenChanged);
	}
}

/**
Presses each kind of key `count` times: j/k on the Experience list, Enter and back (Esc, and h for comparison:
Ink holds a lone Esc for one turn of the event loop, to tell it from an escape sequence), and Tab through the
sections.
*/
async function pressEach(app: TerminalSession, count: number): Promise<Record<KeyKind, Press[]>> {
	await showExperience(app);
	const move = await repeat(count, async index => timedPress(app, index % 2 === 0 ? 'j' : 'k', screenChanged));
	const openAndBack = async (back: string): Promise<[Press, Press]> => [
		await timedPress(app, keys.enter, breadcrumbChanged),
		await timedPress(app, back, breadcrumbChanged),
	];
	const withEscape = await repeat(count, async () => openAndBack(keys.escape));
	const withH = await repeat(count, async () => openAndBack('h'));
	const tab = await repeat(count, async () => timedPress(app, keys.tab, screenChanged));
	return {
		move,
		open: [...withEscape, ...withH].map(([open]) => open),
		escape: withEscape.map(([, back]) => back),
		h: withH.map(([, back]) => back),
		tab,
	};
}

/**
Bytes and latency per kind of key in the app at `size`. A first round is dropped: the first dozen keys after
the start take two to three times as long, while V8 compiles the code they run, and would land in one kind's p95.
*/
export async function keystrokes(size: Size): Promise<Record<KeyKind, Press[]>> {
	return inTerminal(
		[process.execPath, packagedCli],
		async app => {
			await app.settle(isFirstFrame, {quiet: quietMs, description: 'the first frame'});
			await app.waitForKeyboard();
			await pressEach(app, 6);
			const presses = await pressEach(app, runs.keys);
			await quit(app);
			return presses;
		},
		size,
	);
}
