import test from 'ava';
import fc from 'fast-check';
import {CellWriter} from '../source/app/cell-writer.js';
import {cellsOf, headlessTerminal, writeTo} from './helpers/headless.js';

const columns = 24;
const rows = 6;

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

/** A line that fits the width: a random mix of text and codes. */
const line = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...codes)), {maxLength: 30}).map(parts => {
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

/** A frame of lines, often close to the one before it: one line changed, or a few cells. */
const frame = fc.array(line, {minLength: 1, maxLength: rows});
const frames = fc
	.tuple(
		frame,
		fc.array(
			fc.oneof(
				frame,
				fc.tuple(fc.nat(rows - 1), line).map(([row, text]) => ({row, text})),
			),
			{
				minLength: 1,
				maxLength: 6,
			},
		),
	)
	.map(([first, changes]) => {
		const sequence = [first];
		for (const change of changes) {
			if (Array.isArray(change)) {
				sequence.push(change);
			} else {
				const next = [...sequence.at(-1)!];
				next[Math.min(change.row, next.length - 1)] = change.text;
				sequence.push(next);
			}
		}

		return sequence;
	});

/** The frame drawn on a fresh terminal the plain way: each line from the start of its row, in the default pen. */
async function reference(lines: readonly string[]): Promise<string[]> {
	const terminal = headlessTerminal(columns, rows);
	await writeTo(
		terminal,
		lines.map((text, row) => `\u001B[${row + 1}H\u001B[0m\u001B]8;;\u001B\\${text}`).join('') + '\u001B[0m',
	);
	const cells = cellsOf(terminal);
	terminal.dispose();
	return cells;
}

test('whatever frames come before, the screen shows the last one exactly', async t => {
	await fc.assert(
		fc.asyncProperty(frames, fc.string({maxLength: 40}), async (sequence, junk) => {
			const terminal = headlessTerminal(columns, rows);
			// Whatever the terminal showed before: the first frame must not depend on it.
			await writeTo(terminal, `${junk}\u001B[5;3H\u001B[1;41mjunk`);
			const writer = new CellWriter();
			for (const lines of sequence) {
				// eslint-disable-next-line no-await-in-loop
				await writeTo(terminal, writer.frame(lines, columns));
			}

			const shown = cellsOf(terminal);
			terminal.dispose();
			t.deepEqual(shown, await reference(sequence.at(-1)!));
		}),
		{numRuns: 300},
	);
});

test('a frame another writer drew is adopted: the next frame is drawn against it', async t => {
	await fc.assert(
		fc.asyncProperty(frame, frame, async (first, second) => {
			const terminal = headlessTerminal(columns, rows);
			await writeTo(terminal, new CellWriter().frame(first, columns));
			const writer = new CellWriter();
			writer.adopt(first, columns);
			t.is(writer.frame(first, columns), '', 'the frame on the screen is not written again');
			await writeTo(terminal, writer.frame(second, columns));
			const shown = cellsOf(terminal);
			terminal.dispose();
			t.deepEqual(shown, await reference(second));
		}),
		{numRuns: 100},
	);
});

test('a frame drawn whole is the frame, and the next one is drawn against it', async t => {
	await fc.assert(
		// Lines that close the links they open, as the view's do.
		fc.asyncProperty(
			frame.map(lines => lines.map(line => `${line}\u001B]8;;\u001B\\`)),
			frame,
			async (first, second) => {
				const terminal = headlessTerminal(columns, rows);
				await writeTo(terminal, '\u001B[3;4H\u001B[7mjunk');
				const writer = new CellWriter();
				await writeTo(terminal, writer.whole(first, columns));
				t.deepEqual(cellsOf(terminal), await reference(first));
				await writeTo(terminal, writer.frame(second, columns));
				t.deepEqual(cellsOf(terminal), await reference(second));
				terminal.dispose();
			},
		),
		{numRuns: 100},
	);
});

test('a changed cell is written alone; an unchanged frame writes nothing', t => {
	const writer = new CellWriter();
	const lines = ['  \u001B[1mExperience\u001B[22m', ' \u001B[7m❯ Meta Platforms\u001B[27m', '   Amazon Web Services'];
	writer.frame(lines, 40);
	t.is(writer.frame(lines, 40), '');
	const moved = writer.frame([lines[0]!, '   Meta Platforms', ' \u001B[7m❯ Amazon Web Services\u001B[27m'], 40);
	t.true(moved.length < 80, `a cursor move wrote ${moved.length} bytes: ${JSON.stringify(moved)}`);
});

test('lines with sequences the writer does not model are sent whole, and still end up on screen', async t => {
	const terminal = headlessTerminal(columns, rows);
	const writer = new CellWriter();
	const odd = '\u001B[4:3mcurly\u001B[0m';
	await writeTo(terminal, writer.frame(['one', odd], columns));
	await writeTo(terminal, writer.frame(['two', odd, 'three'], columns));
	t.deepEqual(cellsOf(terminal), await reference(['two', odd, 'three']));
	terminal.dispose();
});
