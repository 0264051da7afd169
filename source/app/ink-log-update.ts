/*
Ink's log-update, replaced at bundle time (scripts/build.js) by one that draws through the cell writer: Ink
hands it each frame as text, and only the cells that changed reach the terminal. Ink wraps what it writes in
synchronized-output markers, and writes nothing (no markers either) for a frame that changes no cell.
*/
import {CellWriter} from './cell-writer.js';
import {terminalSizeOf, type TerminalStream} from './terminal-size.js';

const hideCursor = '\u001B[?25l';
const showCursor = '\u001B[?25h';

/** A screen already drawn on a stream, before Ink was loaded: the writer that drew it, and whether it entered the alternate screen. */
export type DrawnScreen = {readonly writer: CellWriter; readonly alternateScreen: boolean};

const drawn = new WeakMap<TerminalStream, DrawnScreen>();

/** Hands a screen drawn on `stream` to the log-update Ink will make for it, which carries on from it. */
export function handOver(stream: TerminalStream, screen: DrawnScreen): void {
	drawn.set(stream, screen);
}

/** The frame text Ink renders, as lines: a frame shorter than the terminal ends in a line feed. */
function linesOf(text: string): string[] {
	const lines = text.split('\n');
	if (text.endsWith('\n')) {
		lines.pop();
	}

	return lines;
}

/** The parts of Ink 8's log-update that Ink calls; this app shows no cursor of its own (no `useCursor`). */
function create(stream: TerminalStream & {write(data: string): unknown}) {
	const handed = drawn.get(stream);
	drawn.delete(stream);
	const writer = handed?.writer ?? new CellWriter();
	let isCursorHidden = handed !== undefined;
	let planned: {text: string; columns: number; plan: ReturnType<CellWriter['plan']>} | undefined;

	const planFor = (text: string) => {
		const {columns} = terminalSizeOf(stream);
		if (planned?.text !== text || planned.columns !== columns) {
			planned = {text, columns, plan: writer.plan(linesOf(text), columns)};
		}

		return planned.plan;
	};

	const render = (text: string): boolean => {
		const {bytes, commit} = planFor(text);
		planned = undefined;
		commit();
		const out = (isCursorHidden ? '' : hideCursor) + bytes;
		isCursorHidden = true;
		if (out !== '') {
			stream.write(out);
		}

		return out !== '';
	};

	return Object.assign(render, {
		/** Whether the alternate screen was entered already, with the first frame: Ink must not enter it again. */
		hasEnteredAlternateScreen: handed?.alternateScreen ?? false,
		willRender: (text: string) => !isCursorHidden || planFor(text).bytes !== '',
		/** Erases the frame, for output that is not part of it. */
		clear() {
			planned = undefined;
			stream.write('\u001B[m\u001B[H\u001B[J');
			writer.adopt([], terminalSizeOf(stream).columns);
		},
		/** The app is done with the terminal (it ends, or is suspended): the cursor shows again. */
		done() {
			planned = undefined;
			writer.forget();
			stream.write(showCursor);
			isCursorHidden = false;
		},
		reset() {
			planned = undefined;
			writer.forget();
		},
		/** Ink wrote this frame itself (a full redraw): it is what the screen shows now. */
		sync(text: string) {
			planned = undefined;
			writer.adopt(linesOf(text), terminalSizeOf(stream).columns);
		},
		setCursorPosition() {
			// No cursor is shown: the app draws its own, as a glyph.
		},
		isCursorDirty: () => false,
		getCursorPosition: () => undefined,
	});
}

const logUpdate = {create};

export default logUpdate;
