/*
The interactive résumé on one SSH channel: its own Ink instance, theme and size, its keys counted against the
input rate and the idle timeout, and its output against what the client has not taken yet.
*/
import {StringDecoder} from 'node:string_decoder';
import type {ServerChannel} from 'ssh2';
import type {TerminalSize} from '../app/frame-layout.js';
import {startInteractive, type Session} from '../app/interactive.js';
import {dateFromCalendar} from '../resume/dates.js';
import type {Resume} from '../resume/model.js';
import {buildSections} from '../screens/sections.js';
import {queryBackground, resolveBackground, type Reports} from '../terminal/background-query.js';
import {createReportFilter, type Report} from '../terminal/reports.js';
import {createTheme} from '../theme/theme.js';
import {TerminalInput, TerminalOutput} from './channel-streams.js';
import {createBucket, type Limits} from './limits.js';
import type {Look} from './session-request.js';

/** Why an app session ended: the reader quit, the client went away, or a limit. */
export type AppEnd = 'quit' | 'hangup' | 'idle-timeout' | 'input-rate' | 'unsent-output' | 'error';

export type AppSessionOptions = {
	readonly channel: ServerChannel;
	readonly resume: Resume;
	readonly look: Look;
	readonly size: TerminalSize;
	readonly limits: Limits;
	/** Output queued for the client outside the channel (the socket's buffer). */
	readonly queuedOutside: () => number;
};

export type AppSession = {
	/** The client's window changed; changes are applied at most every `resizeInterval` ms. */
	readonly resize: (size: TerminalSize) => void;
	/** Ends the app (Ink gives the terminal back first); `ended` settles with this reason unless it has already. */
	readonly stop: (reason: AppEnd | undefined) => void;
	readonly ended: Promise<AppEnd | undefined>;
};

/** A window dragged larger sends dozens of changes a second; laying out a big frame for each would be wasted. */
const resizeInterval = 50;

/**
Milliseconds to wait for a client's terminal that answers neither query: longer than on a local terminal, for
the answer crosses the network; a terminal that answers DA1 (they all do) ends the wait after one round trip.
*/
const backgroundTimeout = 400;

export function startAppSession({channel, resume, look, size, limits, queuedOutside}: AppSessionOptions): AppSession {
	let reason: AppEnd | undefined;
	/** Nothing more is written for a client that went away or stopped reading. */
	let dropped = false;
	const input = new TerminalInput();
	const output = new TerminalOutput(text => {
		if (dropped || !channel.writable) {
			return;
		}

		channel.write(text);
		// A client that stops reading would have the server hold every frame for it. Ink is in the middle of
		// writing a frame: it is stopped once that is over.
		if (channel.writableLength + queuedOutside() > limits.maxUnsent) {
			dropped = true;
			setImmediate(stop, 'unsent-output');
		}
	}, size);
	// The client's terminal answers on the channel, among its keys: the answers are taken out, whenever they come.
	const filter = createReportFilter();
	const listeners = new Set<(report: Report) => void>();
	const reports: Reports = {
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
	};
	let app: Session | undefined;
	let stopped = false;
	const started = resolveBackground({
		// Each session asks its own terminal; the server's environment says nothing of the client's.
		choice: 'auto',
		env: {},
		...(look.color === 'color'
			? {
					ask: async () =>
						queryBackground(
							reports,
							text => {
								output.write(text);
							},
							backgroundTimeout,
						),
				}
			: {}),
	}).then(async background => {
		if (stopped) {
			return undefined;
		}

		const content = {
			resume,
			sections: buildSections(resume),
			theme: createTheme({mode: look.color, ascii: look.ascii, depth: look.depth, background}),
			today: dateFromCalendar(new Date()),
			hyperlinks: look.hyperlinks,
			// The browser would open on the server: `o` shows the URL instead.
			browser: false,
		};
		app = startInteractive({content, stdin: input, stdout: output, stderr: output});
		return app.done;
	});

	const idle = setTimeout(() => {
		stop('idle-timeout');
	}, limits.idleTimeout);
	const decoder = new StringDecoder('utf8');
	const bucket = createBucket(limits.inputRate, performance.now());
	const typed = (chunk: Uint8Array) => {
		if (!bucket.take(chunk.length, performance.now())) {
			stop('input-rate');
			return;
		}

		idle.refresh();
		const {keys, reports: answers} = filter.push(decoder.write(chunk));
		if (keys !== '') {
			input.write(keys);
		}

		for (const answer of answers) {
			for (const listener of listeners) {
				listener(answer);
			}
		}
	};

	let pendingSize: TerminalSize | undefined;
	let resizeTimer: NodeJS.Timeout | undefined;
	const applySize = () => {
		resizeTimer = undefined;
		if (pendingSize) {
			output.resize(pendingSize);
			pendingSize = undefined;
			resizeTimer = setTimeout(applySize, resizeInterval);
		}
	};

	const hangUp = () => {
		stop('hangup');
	};

	channel.on('data', typed);
	channel.once('close', hangUp);
	function stop(why: AppEnd | undefined) {
		reason ??= why;
		clearTimeout(idle);
		clearTimeout(resizeTimer);
		channel.off('data', typed);
		channel.off('close', hangUp);
		if (reason === 'hangup' || reason === 'unsent-output') {
			dropped = true;
			output.destroy();
		}

		stopped = true;
		app?.stop();
	}

	const ended = started.then(
		() => {
			stop('quit');
			return reason;
		},
		() => {
			stop('error');
			return reason;
		},
	);
	return {
		resize(next) {
			pendingSize = next;
			resizeTimer ??= setTimeout(applySize, 0);
		},
		stop,
		ended,
	};
}
