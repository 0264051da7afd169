import {narrowWidth} from './narrow-width.js';

/*
Word wrapping as wrap-ansi does it with {hard: true, trim: true}, line for line the same, for the text most
résumés are made of: characters one column wide (see narrowWidth) and colour codes (SGR: ESC [ n m, or with
parameters, ESC [ 38;5;n m) that no
line break falls inside of. wrap-ansi then goes over the wrapped text character by character, to reopen
styles on each new line, which for a paragraph of a megabyte takes half a second and hundreds of megabytes
of garbage; here each line costs its words.
*/

// An escape character is what this pattern is for.
// eslint-disable-next-line no-control-regex
const sgr = /\u001B\[(\d+(?:;\d+)*)m/gv;

/**
Codes that end a style: when the last code before a line break is one of these (or there is none), wrap-ansi
adds nothing around the break (a code with parameters, 38;5;n, opens one). Any other code would be closed and reopened there, which this does not do.
*/
const closingCodes = new Set([0, 22, 23, 24, 27, 28, 29, 39, 49, 55]);

/** Columns of text made of narrow characters and SGR codes: its length less its codes'. */
function columnsOf(text: string): number {
	if (!text.includes('\u001B')) {
		return text.length;
	}

	let codes = 0;
	for (const [code] of text.matchAll(sgr)) {
		codes += code.length;
	}

	return text.length - codes;
}

/**
The lines of `text` wrapped to `columns`, as `wrapAnsi(text, columns, {hard: true, trim: true}).split('\n')`
gives them; undefined for text this cannot wrap so (other characters, other escape sequences, line breaks, a
style open across a line break), for wrap-ansi to wrap.
*/
export function wrapNarrow(text: string, columns: number): string[] | undefined {
	const normal = text.normalize();
	const escapes = normal.split('\u001B').length - 1;
	const codes = escapes > 0 ? [...normal.matchAll(sgr)] : [];
	if (narrowWidth(normal) === undefined || normal.includes('\u009B') || codes.length !== escapes) {
		return undefined;
	}

	if (normal.trim() === '') {
		return [''];
	}

	const rows = packWords(normal, columns, codes) ?? breakRows(normal, columns).map(row => trimEndVisible(row));
	return stylesClosedAtBreaks(rows) ? rows : undefined;
}

/**
What breakRows and trimEndVisible make of text whose words are separated by single spaces, each one to
`columns` wide and starting with no blank: each row is then a run of words, a slice of the text, cut where
the next word would not fit. Undefined for other text. Slices share the text's memory, and nothing is joined.
*/
function packWords(text: string, columns: number, codes: readonly RegExpExecArray[]): string[] | undefined {
	const rows: string[] = [];
	let rowStart = 0;
	let rowLength = 0;
	let code = 0;
	for (let start = 0; start <= text.length;) {
		const space = text.indexOf(' ', start);
		const end = space === -1 ? text.length : space;
		let length = end - start;
		for (; code < codes.length && codes[code]!.index < end; code++) {
			length -= codes[code]![0].length;
		}

		if (length < 1 || length > columns || text[start] === '\u00A0') {
			return undefined;
		}

		if (rowLength > 0 && rowLength + 1 + length > columns) {
			rows.push(text.slice(rowStart, start - 1));
			rowStart = start;
			rowLength = length;
		} else {
			rowLength += (rowLength > 0 ? 1 : 0) + length;
		}

		start = end + 1;
	}

	rows.push(text.slice(rowStart));
	return rows;
}

/** As wrap-ansi's `exec` does up to its last pass, with the width of the last row kept rather than measured again. */
function breakRows(text: string, columns: number): string[] {
	const rows = [''];
	const words = text.split(' ');
	// The columns of rows.at(-1), and whether it starts with a blank, which wrap-ansi trims before each word.
	// Knowing that saves reading the row, a string still being joined, at every word.
	let rowLength = 0;
	let startsBlank = false;
	for (const [index, word] of words.entries()) {
		if (startsBlank) {
			const row = rows.at(-1)!;
			const trimmed = row.trimStart();
			// Only spaces and no-break spaces are both narrow and blank: a column each.
			rowLength -= row.length - trimmed.length;
			rows[rows.length - 1] = trimmed;
			startsBlank = false;
		}

		if (index !== 0 && rowLength > 0) {
			rows[rows.length - 1] += ' ';
			rowLength++;
		}

		const length = columnsOf(word);
		if (length > columns) {
			const remainingColumns = columns - rowLength;
			const breaksStartingThisLine = 1 + Math.floor((length - remainingColumns - 1) / columns);
			const breaksStartingNextLine = Math.floor((length - 1) / columns);
			if (breaksStartingNextLine < breaksStartingThisLine) {
				rows.push('');
				rowLength = 0;
			}

			breakWord(rows, word, columns, rowLength);
			const last = rows.at(-1)!;
			rowLength = columnsOf(last);
			startsBlank = blankStart.test(last);
			continue;
		}

		if (rowLength + length > columns && rowLength > 0 && length > 0) {
			rows.push('');
			rowLength = 0;
		}

		if (rows.at(-1)!.length === 0) {
			startsBlank = blankStart.test(word);
		}

		rows[rows.length - 1] += word;
		rowLength += length;
	}

	return rows;
}

/** What String#trimStart removes from narrow text. */
const blankStart = /^[ \u00A0]/v;

/** As wrap-ansi's `wrapWord` does: a word longer than a line, cut across rows, codes kept whole. */
function breakWord(rows: string[], word: string, columns: number, rowLength: number): void {
	const characters = [...word];
	let insideEscape = false;
	let visible = rowLength;
	for (const [index, character] of characters.entries()) {
		const length = character === '\u001B' ? 0 : 1;
		if (visible + length <= columns) {
			rows[rows.length - 1] += character;
		} else {
			rows.push(character);
			visible = 0;
		}

		if (character === '\u001B') {
			insideEscape = true;
		}

		if (insideEscape) {
			insideEscape = character !== 'm';
			continue;
		}

		visible += length;
		if (visible === columns && index < characters.length - 1) {
			rows.push('');
			visible = 0;
		}
	}

	// The last row may hold only codes: they go on the row before.
	if (!visible && rows.at(-1)!.length > 0 && rows.length > 1) {
		rows[rows.length - 2] += rows.pop()!;
	}
}

/** As wrap-ansi's `stringVisibleTrimSpacesRight` does: trailing spaces go, codes among them stay. */
function trimEndVisible(row: string): string {
	// Most rows end in a visible character, which stays: no need to take them apart.
	if (!row.endsWith(' ') && !(row.endsWith('m') && row.includes('\u001B'))) {
		return row;
	}

	const words = row.split(' ');
	let last = words.length;
	while (last > 0 && columnsOf(words[last - 1]!) === 0) {
		last--;
	}

	return last === words.length ? row : words.slice(0, last).join(' ') + words.slice(last).join('');
}

/** Whether every code is whole within its row and no style is open at a line break (so none is reopened). */
function stylesClosedAtBreaks(rows: readonly string[]): boolean {
	let open = false;
	for (const [index, row] of rows.entries()) {
		if (row.includes('\u001B')) {
			const codes = [...row.matchAll(sgr)];
			if (codes.length !== row.split('\u001B').length - 1) {
				return false;
			}

			open = !closingCodes.has(Number(codes.at(-1)![1]));
		}

		if (open && index < rows.length - 1) {
			return false;
		}
	}

	return true;
}
