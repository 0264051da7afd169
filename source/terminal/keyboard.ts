/*
A terminal's keyboard with the terminal's answers taken out: what Ink reads is keys only, and the answers
(to the background query, early or late) go to whoever subscribes. Raw mode and ref/unref are the tty's.
*/
import {PassThrough} from 'node:stream';
import {StringDecoder} from 'node:string_decoder';
import type {ReadStream} from 'node:tty';
import type {Reports} from './background-query.js';
import {createReportFilter, type Report} from './reports.js';

export class FilteredKeyboard extends PassThrough implements Reports {
	private readonly tty: ReadStream;
	private readonly answered = new Set<(report: Report) => void>();

	constructor(tty: ReadStream) {
		super();
		this.tty = tty;
		const filter = createReportFilter();
		const decoder = new StringDecoder('utf8');
		tty.on('data', (chunk: Uint8Array | string) => {
			const {keys, reports} = filter.push(typeof chunk === 'string' ? chunk : decoder.write(chunk));
			if (keys !== '') {
				this.write(keys);
			}

			for (const report of reports) {
				for (const listener of this.answered) {
					listener(report);
				}
			}
		});
	}

	// eslint-disable-next-line @typescript-eslint/naming-convention -- Node's name for it
	get isTTY(): boolean {
		return true;
	}

	subscribe(listener: (report: Report) => void): () => void {
		this.answered.add(listener);
		return () => {
			this.answered.delete(listener);
		};
	}

	setRawMode(mode: boolean): this {
		this.tty.setRawMode(mode);
		return this;
	}

	ref(): this {
		this.tty.ref();
		return this;
	}

	unref(): this {
		this.tty.unref();
		return this;
	}
}
