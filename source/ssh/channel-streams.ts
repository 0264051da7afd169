/*
An SSH channel as the terminal Ink expects: a keyboard stream that can be put in raw mode and an output stream
that says its size and emits 'resize'. ssh2 has no server-side pseudo-terminal: the client's own terminal is
raw, so nothing turns "\n" into "\r\n" on the way, and the output does it itself.
*/
import {Buffer} from 'node:buffer';
import {PassThrough, Writable} from 'node:stream';
import type {TerminalSize} from '../app/frame-layout.js';

/** "\n" as a terminal in raw mode needs it, "\r\n"; one that is already "\r\n" is left alone. */
export function toTerminalNewlines(text: string): string {
	return text.replaceAll(/\r?\n/gv, '\r\n');
}

/** The keys a client types, as a raw-mode terminal: raw mode is the client's to set, so setting it does nothing. */
export class TerminalInput extends PassThrough {
	// eslint-disable-next-line @typescript-eslint/naming-convention -- Node's name for it
	get isTTY(): boolean {
		return true;
	}

	// Ink turns raw mode on and off, and holds the event loop with ref(): an SSH channel needs neither.
	setRawMode(): this {
		return this;
	}

	ref(): this {
		return this;
	}

	unref(): this {
		return this;
	}
}

/** What is written to the terminal, handed to `send` as text with terminal line breaks. */
export class TerminalOutput extends Writable {
	// eslint-disable-next-line @typescript-eslint/naming-convention -- Node's name for it
	get isTTY(): boolean {
		return true;
	}

	columns: number;
	rows: number;
	private readonly send: (text: string) => void;

	constructor(send: (text: string) => void, {columns, rows}: TerminalSize) {
		super({decodeStrings: false});
		this.send = send;
		this.columns = columns;
		this.rows = rows;
	}

	/** The client's terminal changed size: Ink and the app lay the frame out again. */
	resize({columns, rows}: TerminalSize): void {
		if (columns !== this.columns || rows !== this.rows) {
			this.columns = columns;
			this.rows = rows;
			this.emit('resize');
		}
	}

	override _write(chunk: unknown, _encoding: BufferEncoding, callback: (error?: Error) => void): void {
		const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
		if (text !== '') {
			this.send(toTerminalNewlines(text));
		}

		callback();
	}
}
