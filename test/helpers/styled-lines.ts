/*
Lines as the app and Ink write them, for property tests of what draws them: text of every width (narrow, wide,
combining) among styles, resets and hyperlinks; and the plain way to draw them, to compare against.
*/
import fc from 'fast-check';
import {cellsOf, headlessTerminal, writeTo} from './headless.js';

/** Pieces of text with the widths they take: narrow, wide (CJK), with combining marks, the app's own glyphs. */
const pieces = [
	{text: 'a', width: 1},
	{text: 'Zq', width: 2},
	{text: ' ', width: 1},
	{text: '   ', width: 3},
	{text: '─', width: 1},
	{text: '❯', width: 1},
	{text: '·', width: 1},
	{text: 'é', width: 1},
	{text: 'e\u0301', width: 1},
	{text: '中', width: 2},
	{text: '文字', width: 4},
] as const;

/** Styles as Ink and chalk write them, resets among them, and hyperlinks opened and closed. */
const codes = [
	'\u001B[1m',
	'\u001B[2m',
	'\u001B[22m',
	'\u001B[3m',
	'\u001B[4m',
	'\u001B[24m',
	'\u001B[7m',
	'\u001B[27m',
	'\u001B[9m',
	'\u001B[31m',
	'\u001B[92m',
	'\u001B[38;5;208m',
	'\u001B[38;2;10;20;30m',
	'\u001B[39m',
	'\u001B[44m',
	'\u001B[48;5;17m',
	'\u001B[49m',
	'\u001B[0m',
	'\u001B[m',
	'\u001B[1;4;35m',
	'\u001B]8;;https://example.com/a\u001B\\',
	'\u001B]8;;https://example.com/b\u0007',
	'\u001B]8;;\u001B\\',
];

/** A line that fits `columns`: a random mix of text and codes. */
export function styledLine(columns: number): fc.Arbitrary<string> {
	return fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...codes)), {maxLength: 30}).map(parts => {
		let width = 0;
		let text = '';
		for (const part of parts) {
			if (typeof part === 'string') {
				text += part;
			} else if (width + part.width <= columns) {
				text += part.text;
				width += part.width;
			}
		}

		return text;
	});
}

/** The frame drawn on a fresh terminal the plain way: each line from the start of its row, in the default pen. */
export async function drawnPlainly(lines: readonly string[], columns: number, rows: number): Promise<string[]> {
	const terminal = headlessTerminal(columns, rows);
	await writeTo(
		terminal,
		lines.map((text, row) => `\u001B[${row + 1}H\u001B[0m\u001B]8;;\u001B\\${text}`).join('') + '\u001B[0m',
	);
	const cells = cellsOf(terminal);
	terminal.dispose();
	return cells;
}
