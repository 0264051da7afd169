import {
	assumedBackground,
	attributesQuery,
	backgroundOf,
	backgroundQuery,
	parseBackgroundReply,
	type Background,
	type Detected,
} from '../theme/background.js';
import type {TerminalInput} from './terminal-input.js';

export type BackgroundQuery = {
	/**
	The background for the first frame: the terminal's answer, or what the environment says if none has come
	`timeout` ms after this is called. The wait starts here, not at the query, because loading the app takes
	longer than the answer and, being synchronous, holds the answer unread until it is done.
	*/
	readonly first: (timeout?: number) => Promise<Detected>;
	/** Settles only if the terminal answers after `first` has settled, and says another background. */
	readonly late: Promise<Background>;
};

/**
How long the first frame waits for the answer, at most. A terminal answers within a few milliseconds, and
one that cannot says so at once by answering the attributes query that follows; only a terminal that
answers neither, or a slow link, costs the wait, and an answer after it restyles the app.
*/
export const backgroundTimeout = 100;

/**
Asks the terminal for its background colour (OSC 11), with the attributes query (DA1) after it, and reads
the answers from `input`, which keeps them out of the keys. For one session: the streams and environment
are that session's. `input` must be in raw mode already, or the terminal would echo the answer on screen.
*/
export function queryBackground({
	input,
	output,
	env,
}: {
	readonly input: TerminalInput;
	readonly output: NodeJS.WritableStream;
	readonly env: Readonly<Record<string, string | undefined>>;
}): BackgroundQuery {
	const fallback = assumedBackground(env);
	let settle: (detected: Detected) => void = () => undefined;
	let settleLate: (background: Background) => void = () => undefined;
	const answered = new Promise<Detected>(resolve => {
		settle = resolve;
	});
	const late = new Promise<Background>(resolve => {
		settleLate = resolve;
	});
	let settled: Detected | undefined;
	let timer: NodeJS.Timeout | undefined;
	const finish = (detected: Detected) => {
		if (!settled) {
			settled = detected;
			clearTimeout(timer);
			settle(detected);
		}
	};

	const stop = input.onReply(reply => {
		if (reply.kind === 'attributes') {
			// Answers come in order: once the attributes are in, no background answer is on its way.
			finish(fallback);
			input.awaitingReplies = false;
			stop();
			return;
		}

		const color = parseBackgroundReply(reply.body);
		if (!color) {
			return;
		}

		const background = backgroundOf(color);
		if (settled && background !== settled.background) {
			settleLate(background);
		}

		finish({background, source: 'terminal'});
	});
	input.awaitingReplies = true;
	output.write(backgroundQuery + attributesQuery);
	const first = async (timeout = backgroundTimeout) => {
		timer ??= setTimeout(() => {
			// Input that arrived while the timer was due is read first (timers run before I/O in Node's loop).
			setImmediate(() => {
				finish(fallback);
			});
		}, timeout);
		return answered;
	};

	return {first, late};
}
