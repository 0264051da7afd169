import test from 'ava';
import fc from 'fast-check';
import {CellWriter} from '../source/app/cell-writer.js';
import {cellsOf, headlessTerminal, writeTo} from './helpers/headless.js';
import {drawnPlainly, styledLine} from './helpers/styled-lines.js';

const columns = 24;
const rows = 6;
const line = styledLine(columns);
const reference = async (lines: readonly string[]) => drawnPlainly(lines, columns, rows);

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
