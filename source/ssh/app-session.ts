/*
The interactive résumé on one SSH channel: its app on a renderer (a worker thread), its theme asked of the
client's terminal, its keys counted against the input rate and the idle timeout, and its output against what
the client has not taken yet.
*/
import {StringDecoder} from 'node:string_decoder';
import type {ServerChannel} from 'ssh2';
import type {TerminalSize} from '../app/frame-layout.js';
import {queryBackground, resolveBackground, type Reports} from '../terminal/background-query.js';
import {createReportFilter, type Report} from '../terminal/reports.js';
import {createBucket, type Limits} from './limits.js';
import type {RenderedApp, Renderers} from './renderers.js';
import type {Look} from './session-request.js';

/** Why an app session ended: the reader quit, the client went away, or a limit. */
export type AppEnd = 'quit' | 'hangup' | 'idle-timeout' | 'input-rate' | 'unsent-output' | 'error';

export type AppSessionOptions = {
	readonly channel: ServerChannel;
	readonly renderers: Renderers;
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

/** Keys typed before the app has started (while the terminal is asked its background) are kept up to this many. */
const earlyKeysKept = 4096;

export function startAppSession({
	channel,
	renderers,
	look,
	size,
	limits,
	queuedOutside,
}: AppSessionOptions): AppSession {
	let reason: AppEnd | undefined;
	/** Nothing more is written for a client that went away or stopped reading. */
	let dropped = false;
	const write = (text: string) => {
		if (dropped || !channel.writable) {
			return;
		}

		channel.write(text);
		// A client that stops reading would have the server hold every frame for it.
		if (channel.writableLength + queuedOutside() > limits.maxUnsent) {
			dropped = true;
			setImmediate(stop, 'unsent-output');
		}
	};

	let currentSize = size;
	let earlyKeys = '';
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
	let app: RenderedApp | undefined;
	let stopped = false;
	const started = resolveBackground({
		// Each session asks its own terminal; the server's environment says nothing of the client's.
		choice: 'auto',
		env: {},
		...(look.color === 'color'
			? {
					ask: async () => queryBackground(reports, write, backgroundTimeout),
				}
			: {}),
	}).then(async background => {
		if (stopped) {
			return undefined;
		}

		app = renderers.start({look, background, size: currentSize}, write);
		if (earlyKeys !== '') {
			app.type(earlyKeys);
			earlyKeys = '';
		}

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
		if (keys !== '' && app) {
			app.type(keys);
		} else if (keys !== '') {
			earlyKeys = (earlyKeys + keys).slice(-earlyKeysKept);
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
			currentSize = pendingSize;
			app?.resize(pendingSize);
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
