import type {TerminalSize} from './frame-layout.js';

/** A stream that may be a terminal: a tty, a pty, or an SSH channel that says its size. */
export type TerminalStream = NodeJS.WritableStream & {readonly columns?: number; readonly rows?: number};

/** What a terminal that does not say its size (a pty of 0×0) is taken to be. */
const fallbackSize: TerminalSize = {columns: 80, rows: 24};

/** The terminal's size as the stream says it; never Ink's fallback, which asks the process's own terminal. */
export function terminalSizeOf(stdout: TerminalStream): TerminalSize {
	const {columns = 0, rows = 0} = stdout;
	return {
		columns: columns > 0 ? columns : fallbackSize.columns,
		rows: rows > 0 ? rows : fallbackSize.rows,
	};
}
