/*
The first frame is drawn from the view before Ink loads (source/app/pre-paint.ts); Ink then renders the same
view as <Text> lines, and its frame must be the same, cell for cell, for its takeover to write nothing.
*/
import test from 'ava';
import {renderToString} from 'ink';
import {CellWriter} from '../source/app/cell-writer.js';
import {Lines} from '../source/app/lines.js';
import {view} from '../source/app/view.js';
import {buildResume} from '../source/resume/build-model.js';
import type {ColorMode} from '../source/theme/theme.js';
import {readFixture} from './helpers/fixtures.js';
import {cellsOf, headlessTerminal, writeTo} from './helpers/headless.js';
import {modelFor} from './helpers/model.js';

const resume = buildResume(await readFixture('career.json'));

const sizes = [
	{columns: 40, rows: 12},
	{columns: 80, rows: 24},
	{columns: 120, rows: 40},
	{columns: 200, rows: 60},
	// Too small: the polite message.
	{columns: 30, rows: 8},
];

for (const mode of ['color', 'mono'] as const satisfies readonly ColorMode[]) {
	for (const {columns, rows} of sizes) {
		test(`at ${columns}×${rows} in ${mode}, Ink's first frame is the pre-painted one, and taking it over writes nothing`, async t => {
			const lines = view(modelFor(resume, {columns, rows}, mode));
			const writer = new CellWriter();
			const terminal = headlessTerminal(columns, rows);
			await writeTo(terminal, writer.whole(lines, columns));
			const prePainted = cellsOf(terminal);

			const inkFrame = renderToString(<Lines lines={lines} />, {columns}).split('\n');
			t.is(inkFrame.length, rows);
			t.is(writer.frame(inkFrame, columns), '', 'the takeover writes nothing');

			// The same screen, drawn from Ink's frame on a terminal of its own.
			const fromInk = headlessTerminal(columns, rows);
			await writeTo(fromInk, new CellWriter().frame(inkFrame, columns));
			t.deepEqual(prePainted, cellsOf(fromInk));
			// Xterm's colour modes: 16 colours, 256, true colour.
			const styled = mode === 'color' ? /\|(?:16777216|33554432|50331648):/v : /\{/v;
			t.regex(prePainted.join(''), styled, 'the frame has styles to compare (colours, in colour)');
			terminal.dispose();
			fromInk.dispose();
		});
	}
}
