/*
Clients of `terminal-resume serve` that the OpenSSH client cannot play: ssh2's Client with a shell (a session
that types, resizes, asks for a huge terminal, stops reading), and a bare TCP socket that never speaks SSH.
Each may connect from another loopback address (127.0.0.2, …), as another client would, to a server on
127.0.0.1. The tests use them for the limits, and the load generator of `npm run bench:serve` for its sessions.
*/
import {Buffer} from 'node:buffer';
import {connect, type Socket} from 'node:net';
import ssh2 from 'ssh2';
import {waitFor} from './wait-for.js';

/** Where Ink's frame ends: it wraps each in synchronized-output markers. */
export const frameEnd = '\u001B[?2026l';

export type ShellOptions = {
	readonly port: number;
	/** The loopback address to connect from (the server's per-address limits count it). */
	readonly localAddress?: string;
	readonly columns?: number;
	readonly rows?: number;
	readonly term?: string;
};

export type Shell = {
	/** Everything the server sent, stdout and stderr, as text. */
	readonly text: () => string;
	/** Frames drawn so far. */
	readonly frames: () => number;
	/** Waits until the text so far contains `expected`. */
	readonly waitForText: (expected: string, timeout?: number) => Promise<void>;
	/** Waits for a frame after the `count`th (the value of `frames()` before a key). */
	readonly waitForFrame: (count: number, timeout?: number) => Promise<void>;
	readonly press: (keys: string) => void;
	readonly resize: (columns: number, rows: number) => void;
	/** Stops reading from the socket, as a client that never takes its output. */
	readonly stopReading: () => void;
	/** Settles when the session's channel has closed, with its exit status. */
	readonly closed: Promise<number | undefined>;
	readonly end: () => void;
};

/** The app's device-attributes query (DA1), and xterm's answer to it. */
const deviceAttributesQuery = '\u001B[c';
const deviceAttributesAnswer = '\u001B[?64;1;2;6;9;15;18;21;22c';

/** A TCP connection from `localAddress` to the server at 127.0.0.1:`port`, connected. */
export async function connectFrom(port: number, localAddress = '127.0.0.1'): Promise<Socket> {
	return new Promise((resolve, reject) => {
		const socket = connect({host: '127.0.0.1', port, localAddress, noDelay: true}, () => {
			socket.off('error', reject);
			resolve(socket);
		});
		socket.once('error', reject);
	});
}

/** Logs in (the `none` method) and opens a shell in a pty of the given size; resolves once the channel is open. */
export async function openShell({
	port,
	localAddress,
	columns = 80,
	rows = 24,
	term = 'xterm-256color',
}: ShellOptions): Promise<Shell> {
	const socket = await connectFrom(port, localAddress);
	const client = new ssh2.Client();
	client.on('error', () => undefined);
	const stream = await new Promise<ssh2.ClientChannel>((resolve, reject) => {
		client.once('error', reject);
		client.once('ready', () => {
			client.shell({term, cols: columns, rows}, (error, channel) => {
				if (error) {
					reject(error);
				} else {
					resolve(channel);
				}
			});
		});
		client.connect({sock: socket, username: 'reader', readyTimeout: 20_000, hostVerifier: () => true});
	});
	let text = '';
	let frames = 0;
	/** Who waits for a frame: told at once, not by polling, so that a key's latency is the server's. */
	const waiting = new Set<() => void>();
	let answered = false;
	const received = (chunk: Uint8Array) => {
		const part = Buffer.from(chunk).toString('utf8');
		// A marker split across two chunks is counted once both are in.
		const before = text.length;
		text += part;
		// As a real terminal does, it answers the device-attributes query the app asks with its background query
		// (xterm's own answer), and leaves the background query unanswered, as many terminals do.
		if (!answered && text.includes(deviceAttributesQuery)) {
			answered = true;
			stream.write(deviceAttributesAnswer);
		}

		const drawn = countFrom(text, Math.max(0, before - frameEnd.length + 1));
		frames += drawn;
		if (drawn > 0) {
			for (const wake of waiting) {
				wake();
			}
		}
	};

	stream.on('data', received);
	stream.stderr.on('data', received);
	const closed = new Promise<number | undefined>(resolve => {
		let code: number | undefined;
		stream.on('exit', (status: unknown) => {
			code = typeof status === 'number' ? status : undefined;
		});
		stream.once('close', () => {
			client.end();
			resolve(code);
		});
		socket.once('close', () => {
			resolve(code);
		});
	});
	return {
		text: () => text,
		frames: () => frames,
		waitForText: async (expected, timeout = 10_000) =>
			waitFor(() => text.includes(expected), `${JSON.stringify(expected)} in:\n${text.slice(-500)}`, timeout),
		async waitForFrame(count, timeout = 10_000) {
			if (frames > count) {
				return;
			}

			await new Promise<void>((resolve, reject) => {
				const timer = setTimeout(() => {
					waiting.delete(wake);
					reject(new Error(`Timed out waiting for a frame after:\n${text.slice(-300)}`));
				}, timeout);
				function wake() {
					if (frames > count) {
						clearTimeout(timer);
						waiting.delete(wake);
						resolve();
					}
				}

				waiting.add(wake);
			});
		},
		press(keys) {
			stream.write(keys);
		},
		resize(newColumns, newRows) {
			stream.setWindow(newRows, newColumns, 0, 0);
		},
		stopReading() {
			socket.pause();
		},
		closed,
		end() {
			client.end();
			socket.destroy();
		},
	};
}

/** How many frame ends `text` has from `start`. */
function countFrom(text: string, start: number): number {
	let count = 0;
	for (let at = text.indexOf(frameEnd, start); at !== -1; at = text.indexOf(frameEnd, at + frameEnd.length)) {
		count++;
	}

	return count;
}

/** A bare TCP connection that says nothing: resolves with what the server sent before it closed the connection. */
export async function knock(port: number, localAddress?: string): Promise<string> {
	const socket = await connectFrom(port, localAddress);
	socket.on('error', () => undefined);
	let text = '';
	socket.setEncoding('utf8').on('data', (chunk: string) => {
		text += chunk;
	});
	await new Promise(resolve => {
		socket.once('close', resolve);
	});
	return text;
}
