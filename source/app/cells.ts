import stringWidth from 'string-width';
import {graphemeSegments} from '../text/graphemes.js';
import {RecentlyUsed} from '../text/recently-used.js';
import {applySgr, defaultPen, type Pen} from './pen.js';

/**
One row of the screen as cells: what each column shows, with which pen, under which hyperlink. A wide
character takes two cells, the second of which holds ''.
*/
export type CellRow = {
	readonly chars: readonly string[];
	readonly pens: readonly Pen[];
	/** The OSC 8 parameters and URI (`id=1;https://…`) of each cell; empty where there is no link. */
	readonly links: readonly string[];
};

const escape = '\u001B';
// eslint-disable-next-line no-control-regex -- escape sequences are what it reads
const sgr = /^\u001B\[([\d;:]*)m/v;
// eslint-disable-next-line no-control-regex -- escape sequences are what it reads
const link = /^\u001B\]8;([^\u0007\u001B]*;[^\u0007\u001B]*)(?:\u0007|\u001B\\)/v;
/** Characters a cell cannot hold: other controls mean sequences this writer does not model. */
// eslint-disable-next-line no-control-regex -- controls are what it looks for
const control = /[\u0000-\u001F\u007F-\u009F]/v;

/** A blank row per width lately drawn: the rows a frame works out start as copies of it, 20 times quicker than Array.from. */
const blanks = new RecentlyUsed<number, CellRow>(8);

/** A row of blanks in the default pen. */
export function blankRow(columns: number): CellRow {
	return blanks.get(columns, () => ({
		chars: Array.from({length: columns}, () => ' '),
		pens: Array.from({length: columns}, () => defaultPen),
		links: Array.from({length: columns}, () => ''),
	}));
}

function blankCells(columns: number): {chars: string[]; pens: Pen[]; links: string[]} {
	const blank = blankRow(columns);
	return {chars: [...blank.chars], pens: [...blank.pens], links: [...blank.links]};
}

/**
The cells a line of text (with SGR styles and OSC 8 links) fills in a row `columns` wide, from the left,
blanks after it; undefined for a line with other escape sequences or controls, which is then sent whole.
Text past the right edge is cut off; a wide character that would straddle it becomes a blank.
*/
export function rowOf(line: string, columns: number): CellRow | undefined {
	const {chars, pens, links} = blankCells(columns);
	let pen = defaultPen;
	let uri = '';
	let column = 0;
	let at = 0;
	while (at < line.length && column < columns) {
		const next = line.indexOf(escape, at);
		const end = next === -1 ? line.length : next;
		if (end > at) {
			const text = line.slice(at, end);
			if (control.test(text)) {
				return undefined;
			}

			for (const {segment} of graphemeSegments(text)) {
				const width = segment.length === 1 && segment < '\u007F' ? 1 : stringWidth(segment);
				if (width === 0) {
					continue;
				}

				if (column + width > columns) {
					column = columns;
					break;
				}

				chars[column] = segment;
				pens[column] = pen;
				links[column] = uri;
				if (width === 2) {
					chars[column + 1] = '';
					pens[column + 1] = pen;
					links[column + 1] = uri;
				}

				column += width;
			}
		}

		if (next === -1) {
			break;
		}

		const rest = line.slice(next);
		const style = sgr.exec(rest);
		const target = style ? undefined : link.exec(rest);
		if (style) {
			const applied = applySgr(pen, style[1]!);
			if (!applied) {
				return undefined;
			}

			pen = applied;
			at = next + style[0].length;
		} else if (target) {
			// A link with an empty URI closes the one that is open.
			uri = target[1]!.endsWith(';') ? '' : target[1]!;
			at = next + target[0].length;
		} else {
			return undefined;
		}
	}

	return {chars, pens, links};
}

/** Whether a cell is a blank in the default pen, outside any link: what erasing leaves. */
export function isBlank(row: CellRow, column: number): boolean {
	return row.chars[column] === ' ' && row.pens[column] === defaultPen && row.links[column] === '';
}
