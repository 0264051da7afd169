import {Readable} from 'node:stream';
import {StringDecoder} from 'node:string_decoder';

/** Where keys come from: a tty, a pty, or an SSH channel that stands in for one. */
export type Keyboard = NodeJS.ReadableStream & {
	readonly setRawMode?: (mode: boolean) => unknown;
	readonly ref?: () => unknown;
	readonly unref?: () => unknown;
};

/**
An answer of the terminal to a query: an OSC string ("11;rgb:1e1e/1e1e/1e1e", without ESC ] and its
terminator) or its primary device attributes (DA1).
*/
export type TerminalReply = {readonly kind: 'osc'; readonly body: string} | {readonly kind: 'attributes'};

/** Bytes of an OSC answer held while its end has not arrived: longer than any answer, so a key cannot wait on it. */
const longestReply = 512;
/** How long part of an answer is held for the rest of it, before it is taken to be keys. */
const partWait = 100;
/** How long an ESC at the end of the input is held, while answers are awaited, in case an answer starts with it. */
const escapeWait = 30;

/* eslint-disable no-control-regex -- terminal answers are made of control characters */
const attributesReply = /^\u001B\[\?[\d;]*c/v;
const attributesPrefix = /^\u001B\[\?[\d;]*$/v;
const stringTerminator = /\u0007|\u001B\\/v;
/* eslint-enable no-control-regex */

/**
The keyboard as the app reads it: the terminal's answers to queries (OSC strings, device attributes) are
taken out of the input wherever they arrive, even split across reads or late, and told to listeners, so
that none of them ever reads as keys typed. Everything else passes through unchanged.
*/
export class TerminalInput extends Readable {
	/** Ink reads keys in raw mode from a stream that says it is a terminal. */
	// eslint-disable-next-line @typescript-eslint/naming-convention -- the name Node's streams use
	get isTTY(): boolean {
		return true;
	}

	/**
	While answers are awaited, an ESC at the very end of a read is held a moment, in case an answer's
	remaining bytes follow; the host sets this while a query is outstanding.
	*/
	awaitingReplies = false;
	private readonly decoder = new StringDecoder('utf8');
	private readonly replyListeners = new Set<(reply: TerminalReply) => void>();
	private held = '';
	private heldTimer: NodeJS.Timeout | undefined;

	private readonly source: Keyboard;

	constructor(source: Keyboard) {
		super();
		this.source = source;
		source.on('data', this.received);
		source.on('end', this.ended);
	}

	setRawMode(mode: boolean): this {
		this.source.setRawMode?.(mode);
		return this;
	}

	ref(): this {
		this.source.ref?.();
		return this;
	}

	unref(): this {
		this.source.unref?.();
		return this;
	}

	/** Calls `listener` with every answer that arrives from now on; returns what stops it. */
	onReply(listener: (reply: TerminalReply) => void): () => void {
		this.replyListeners.add(listener);
		return () => {
			this.replyListeners.delete(listener);
		};
	}

	override _read(): void {
		this.source.resume();
	}

	// eslint-disable-next-line @typescript-eslint/no-restricted-types -- Node's signature
	override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
		this.source.off('data', this.received);
		this.source.off('end', this.ended);
		this.source.pause();
		clearTimeout(this.heldTimer);
		this.replyListeners.clear();
		callback(error);
	}

	private readonly received = (chunk: Uint8Array | string) => {
		clearTimeout(this.heldTimer);
		const text = this.held + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
		this.held = '';
		let keys = '';
		let index = 0;
		while (index < text.length) {
			const escape = text.indexOf('\u001B', index);
			if (escape === -1) {
				keys += text.slice(index);
				break;
			}

			keys += text.slice(index, escape);
			const rest = text.slice(escape);
			const reply = this.replyAt(rest);
			if (reply === 'partial') {
				this.hold(rest);
				break;
			}

			if (reply) {
				for (const listener of this.replyListeners) {
					listener(reply.reply);
				}

				index = escape + reply.length;
			} else {
				keys += '\u001B';
				index = escape + 1;
			}
		}

		this.pass(keys);
	};

	private readonly ended = () => {
		this.pass(this.held);
		this.held = '';
		this.push(null);
	};

	/** The answer `text` starts with, 'partial' when it may be the start of one, nothing when it is keys. */
	private replyAt(text: string): {reply: TerminalReply; length: number} | 'partial' | undefined {
		if (text.length === 1) {
			return this.awaitingReplies ? 'partial' : undefined;
		}

		if (text[1] === ']') {
			// An OSC string ends with BEL or with ST (ESC and a backslash).
			const end = text.slice(2).search(stringTerminator);
			if (end === -1) {
				return text.length < longestReply ? 'partial' : undefined;
			}

			const terminator = text[end + 2] === '\u0007' ? 1 : 2;
			return {reply: {kind: 'osc', body: text.slice(2, end + 2)}, length: end + 2 + terminator};
		}

		const attributes = attributesReply.exec(text);
		if (attributes) {
			return {reply: {kind: 'attributes'}, length: attributes[0].length};
		}

		return attributesPrefix.test(text) ? 'partial' : undefined;
	}

	/** Keeps the start of what may be an answer until more arrives, or, after a while, lets it through as keys. */
	private hold(text: string): void {
		this.held = text;
		this.heldTimer = setTimeout(
			() => {
				const released = this.held;
				this.held = '';
				this.pass(released);
			},
			text.length === 1 ? escapeWait : partWait,
		);
		// Part of an answer must not keep a session that has ended alive.
		this.heldTimer.unref();
	}

	private pass(keys: string): void {
		if (keys !== '' && !this.push(keys)) {
			this.source.pause();
		}
	}
}
