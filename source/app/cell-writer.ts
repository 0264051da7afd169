import {blankRow, isBlank, rowOf, type CellRow} from './cells.js';
import {defaultPen, penChange, type Pen} from './pen.js';

/** A row as last written: its text, and its cells unless it was sent whole (sequences the writer does not model). */
type WrittenRow = {readonly line: string; readonly cells: CellRow | undefined};

/** A row whose cells are worked out only when a frame needs them. */
function writtenRow(line: string, columns: number): WrittenRow {
	let cells: CellRow | undefined | false = false;
	return {
		line,
		get cells() {
			if (cells === false) {
				cells = rowOf(line, columns);
			}

			return cells;
		},
	};
}

/** Where the cursor is; `column` undefined after the last column was written (a wrap is pending), or not known. */
type Cursor = {readonly row: number; readonly column: number | undefined} | undefined;

/** All a writer knows of the terminal. */
type WriterState = {
	readonly rows: WrittenRow[] | undefined;
	readonly columns: number;
	readonly cursor: Cursor;
	readonly pen: Pen | undefined;
	readonly link: string | undefined;
};

/** Gaps of unchanged cells up to this many are printed again rather than jumped over: a jump costs as much. */
const gapToReprint = 4;

const eraseToEnd = '\u001B[K';
const closeLink = '\u001B]8;;\u001B\\';

/**
Draws full-screen frames, given as lines, from the top-left corner, by sending only the cells that differ from
what it drew last: cursor moves, the fewest SGR changes, erase-to-end for trailing blanks. It knows nothing of
the stream: `frame` returns the bytes to write.
*/
export class CellWriter {
	#rows: WrittenRow[] | undefined;
	#columns = 0;
	#cursor: Cursor;
	#pen: Pen | undefined;
	/** The open hyperlink; none is open on a terminal that this writer has not written to. */
	#link: string | undefined = '';

	/** The bytes that turn the screen as last drawn into `lines` on a screen `columns` wide; empty when it shows them already. */
	frame(lines: readonly string[], columns: number): string {
		const {bytes, commit} = this.plan(lines, columns);
		commit();
		return bytes;
	}

	/**
	The bytes `frame` would return, without taking them as written until `commit` is called (and only if nothing
	was written in between): to learn whether a frame writes anything before writing it.
	*/
	plan(lines: readonly string[], columns: number): {readonly bytes: string; readonly commit: () => void} {
		const before = this.#state();
		const bytes = this.#draw(lines, columns);
		const after = this.#state();
		this.#restore(before);
		return {
			bytes,
			commit: () => {
				if (this.#state().rows === before.rows) {
					this.#restore(after);
				}
			},
		};
	}

	/** What is on the screen now, as another writer drew it (the cursor and pen are then not known). */
	adopt(lines: readonly string[], columns: number): void {
		this.#rows = lines.map(line => writtenRow(line, columns));
		this.#columns = columns;
		this.#cursor = undefined;
		this.#pen = undefined;
		this.#link = undefined;
	}

	/**
	The bytes that draw `lines` on a screen of which nothing is known, as the lines are: lines that fit the width
	and close the links they open, as the app's view gives them. Quicker than `frame` for a first frame: no cell
	is worked out until a later frame needs it.
	*/
	whole(lines: readonly string[], columns: number): string {
		this.adopt(lines, columns);
		// Each line starts in the default pen, as `frame` reads it.
		return `\u001B[m\u001B[H\u001B[J${lines.join('\u001B[m\r\n')}\u001B[m`;
	}

	/** Forgets the screen: the next frame is drawn whole. */
	forget(): void {
		this.#rows = undefined;
		this.#cursor = undefined;
		this.#pen = undefined;
		this.#link = undefined;
	}

	#state(): WriterState {
		return {rows: this.#rows, columns: this.#columns, cursor: this.#cursor, pen: this.#pen, link: this.#link};
	}

	#restore(state: WriterState): void {
		({rows: this.#rows, columns: this.#columns, cursor: this.#cursor, pen: this.#pen, link: this.#link} = state);
	}

	#draw(lines: readonly string[], columns: number): string {
		let out = '';
		const known = this.#rows !== undefined && columns === this.#columns;
		const previous = known ? this.#rows! : [];
		this.#columns = columns;
		if (!known) {
			// Nothing known about the screen: erase it, from the top-left corner.
			out = `${this.#setPen(defaultPen, '')}\u001B[H\u001B[J`;
			this.#cursor = {row: 0, column: 0};
		}

		const blank = blankRow(columns);
		const rows: WrittenRow[] = [];
		for (const [row, line] of lines.entries()) {
			const before = previous[row];
			if (before?.line === line) {
				rows.push(before);
				continue;
			}

			const cells = rowOf(line, columns);
			rows.push({line, cells});
			out += cells ? this.#rowChange(row, before ? before.cells : blank, cells) : this.#wholeRow(row, line);
		}

		for (let row = lines.length; row < previous.length; row++) {
			out += this.#rowChange(row, previous[row]!.cells, blank);
		}

		this.#rows = rows;
		if (out === '') {
			return '';
		}

		// Leave the terminal in its default pen, outside links, for whatever else writes to it.
		return out + this.#setPen(defaultPen, '');
	}

	#rowChange(row: number, before: CellRow | undefined, after: CellRow): string {
		const old = before ?? blankRow(this.#columns);
		const columns = this.#columns;
		const changed = (column: number) =>
			!before ||
			old.chars[column] !== after.chars[column] ||
			old.pens[column] !== after.pens[column] ||
			old.links[column] !== after.links[column];
		let lastContent = columns - 1;
		while (lastContent >= 0 && isBlank(after, lastContent)) {
			lastContent--;
		}

		let out = '';
		let column = 0;
		while (column < columns) {
			if (!changed(column)) {
				column++;
				continue;
			}

			let start = column;
			let end = column;
			for (let next = column + 1; next < columns && next - end <= gapToReprint + 1; next++) {
				if (changed(next)) {
					end = next;
				}
			}

			// A wide character is written whole: a change to either half rewrites both.
			if (old.chars[start] === '' || after.chars[start] === '') {
				start--;
			}

			if (end + 1 < columns && (old.chars[end + 1] === '' || after.chars[end + 1] === '')) {
				end++;
			}

			out += this.#moveTo(row, start);
			if (start <= lastContent) {
				out += this.#print(row, after, start, Math.min(end, lastContent));
			}

			if (end > lastContent) {
				// The rest of the row is blank: erasing it costs 3 bytes, however long it is.
				return out + this.#setPen(defaultPen, '') + eraseToEnd;
			}

			column = end + 1;
		}

		return out;
	}

	/** A row whose text the writer does not model, sent as it is after erasing the row. */
	#wholeRow(row: number, line: string): string {
		const out = `${this.#moveTo(row, 0)}${this.#setPen(defaultPen, '')}\u001B[2K${line}`;
		this.#pen = undefined;
		this.#link = undefined;
		this.#cursor = undefined;
		return out;
	}

	#print(row: number, cells: CellRow, start: number, end: number): string {
		let out = '';
		for (let column = start; column <= end; column++) {
			const char = cells.chars[column]!;
			if (char !== '') {
				out += this.#setPen(cells.pens[column]!, cells.links[column]!) + char;
			}
		}

		this.#cursor = {row, column: end + 1 < this.#columns ? end + 1 : undefined};
		return out;
	}

	#setPen(pen: Pen, link: string): string {
		let out = penChange(this.#pen, pen);
		this.#pen = pen;
		if (link !== this.#link) {
			out += link === '' ? closeLink : `\u001B]8;${link}\u001B\\`;
			this.#link = link;
		}

		return out;
	}

	/** The shortest of an absolute move and relative ones from where the cursor is. */
	#moveTo(row: number, column: number): string {
		const from = this.#cursor;
		this.#cursor = {row, column};
		const absolute = `\u001B[${column === 0 ? (row === 0 ? '' : row + 1) : `${row + 1};${column + 1}`}H`;
		if (!from) {
			return absolute;
		}

		if (from.row === row && from.column === column) {
			return '';
		}

		if (column === 0 && row === from.row + 1) {
			return '\r\n';
		}

		// A carriage return goes to the first column, and ends a pending wrap.
		let relative = '';
		let at = from.column;
		if (at === undefined || (column === 0 && at !== 0)) {
			relative = '\r';
			at = 0;
		}

		relative += step(row - from.row, 'B', 'A') + step(column - at, 'C', 'D');
		return relative.length < absolute.length ? relative : absolute;
	}
}

/** A relative cursor move by `count` cells, forwards with `ahead`, backwards with `back`. */
function step(count: number, ahead: string, back: string): string {
	if (count === 0) {
		return '';
	}

	const times = Math.abs(count) === 1 ? '' : String(Math.abs(count));
	return `\u001B[${times}${count > 0 ? ahead : back}`;
}
