/*
The real program in a pseudo-terminal (test/helpers/terminal.ts), driven by a script of key presses: after
each step the settled screen is read, cell by cell, with the time the script gives it. The times are the
script's and not the clock's, so that the same program makes the same pictures.
*/
import {execFileSync} from 'node:child_process';
import {cliPath, nodePath, TerminalSession} from '../../test/helpers/terminal.js';
import type {Frame} from './animation.js';
import {readScreen, type Screen} from './screen.js';

export type Theme = 'dark' | 'light';

/** What a person does, then how long they look at the result (ms). */
export type Step = {readonly keys: string; readonly hold: number; readonly description: string};

export type Recording = {
	readonly columns: number;
	readonly rows: number;
	readonly theme: Theme;
	/** The day the app takes as today, YYYY-MM-DD. */
	readonly today: string;
	/** How long the first screen shows (ms). */
	readonly firstHold: number;
	readonly steps: readonly Step[];
};

/** A recorded session: its frames, and when it ends (ms). */
export type Recorded = {readonly frames: readonly Frame[]; readonly duration: number};

const fixedDate = new URL('fixed-date.js', import.meta.url).href;
/** Quiet after a frame before it counts as drawn: more than Ink's render throttle and a late Esc. */
const quiet = 250;
const timeout = 15_000;

/** Whether the app has the `--theme` flag (issue 12's palette); until it does, the theme is only hinted. */
export function hasThemeFlag(): boolean {
	return execFileSync(nodePath, [cliPath, '--help'], {encoding: 'utf8'}).includes('--theme');
}

function environment(theme: Theme, today: string): Record<string, string> {
	/* eslint-disable @typescript-eslint/naming-convention -- environment variables */
	return {
		TERM: 'xterm-256color',
		COLORTERM: 'truecolor',
		// Foreground;background as rxvt and Konsole say it: a hint for background detection.
		COLORFGBG: theme === 'light' ? '0;15' : '15;0',
		LANG: 'C.UTF-8',
		LC_ALL: 'C.UTF-8',
		TZ: 'UTC',
		PICTURES_TODAY: today,
	};
	/* eslint-enable @typescript-eslint/naming-convention */
}

/** Runs the session and returns its screens, each at the time the script reaches it. */
export async function record({columns, rows, theme, today, firstHold, steps}: Recording): Promise<Recorded> {
	const session = TerminalSession.start({
		command: [nodePath, `--import=${fixedDate}`, cliPath],
		args: hasThemeFlag() ? ['--theme', theme] : [],
		columns,
		rows,
		// As VS Code's terminal, whose colours the dark pictures have.
		unicode: '11',
		env: environment(theme, today),
	});
	const screen = (): Screen => readScreen(session.buffer, columns, rows);
	try {
		await session.settle(lines => lines.some(line => line.includes('q quit')), {
			quiet,
			timeout,
			description: 'the first frame',
		});
		await session.waitForKeyboard();
		const frames: Frame[] = [{at: 0, screen: screen()}];
		let at = firstHold;
		for (const {keys, hold, description} of steps) {
			const before = session.screen().join('\n');
			session.press(keys);
			// eslint-disable-next-line no-await-in-loop
			await session.settle(lines => lines.join('\n') !== before || session.hasExited, {quiet, timeout, description});
			frames.push({at, screen: screen()});
			at += hold;
		}

		return {frames, duration: at};
	} finally {
		await session.dispose();
	}
}
