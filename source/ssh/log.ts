/*
The server's log: one line per event on stderr, as logfmt (`time=… event=session client=…`) or JSON. Clients
choose some of what is logged (a user name, a command, a TERM), so every value is escaped down to printable
ASCII: nothing a client sends can put an escape sequence, a line break or a lookalike into the log.
*/
export type LogFormat = 'logfmt' | 'json';

export type LogValue = string | number | boolean | undefined;

export type LogFields = Readonly<Record<string, LogValue>>;

export type Log = (event: string, fields?: LogFields) => void;

/** Every character but printable ASCII as JSON escapes (`\u001b`, a surrogate pair for 😀): valid JSON, and safe logfmt. */
function escapeUnprintable(text: string): string {
	return text.replaceAll(/[^\u0020-\u007E]/gv, character =>
		Array.from(
			{length: character.length},
			// UTF-16 units, as JSON escapes them, not code points.
			// eslint-disable-next-line unicorn/prefer-code-point
			(_, index) => String.raw`\u` + character.charCodeAt(index).toString(16).padStart(4, '0'),
		).join(''),
	);
}

function logfmtValue(value: string | number | boolean): string {
	if (typeof value !== 'string') {
		return String(value);
	}

	const text = escapeUnprintable(value.replaceAll('\\', '\\\\').replaceAll('"', String.raw`\"`));
	return text === '' || /[ "=]/v.test(text) ? `"${text}"` : text;
}

/** One line of the log, without its line break; fields left undefined are left out. */
export function formatLogLine(format: LogFormat, record: LogFields): string {
	const entries = Object.entries(record).filter(([, value]) => value !== undefined);
	if (format === 'json') {
		// JSON.stringify escapes C0 controls, quotes and backslashes; the rest (C1, DEL, bidi, any non-ASCII) here.
		return escapeUnprintable(JSON.stringify(Object.fromEntries(entries)));
	}

	return entries.map(([key, value]) => `${key}=${logfmtValue(value!)}`).join(' ');
}

/** A log that writes each event, with the time first, as one line to `stream`. */
export function createLog(stream: NodeJS.WritableStream, format: LogFormat, now: () => Date = () => new Date()): Log {
	return (event, fields = {}) => {
		stream.write(`${formatLogLine(format, {time: now().toISOString(), event, ...fields})}\n`);
	};
}
