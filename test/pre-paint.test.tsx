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
import type {ThemeOptions} from '../source/theme/theme.js';
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

/** Each look, with what xterm reports of its styled cells: a colour mode (256, truecolor) or attributes. */
const looks: ReadonlyArray<{readonly name: string; readonly look: ThemeOptions; readonly styled: RegExp}> = [
	{name: 'mono', look: {mode: 'mono'}, styled: /\{/v},
	// In 16 colours information is drawn in the terminal's own text colour, told apart by weight and inverse.
	{name: '16 colours', look: {mode: 'color', depth: 'ansi16'}, styled: /\{/v},
	{name: '256 colours, light', look: {mode: 'color', depth: 'ansi256', background: 'light'}, styled: /\|33554432:/v},
	{name: 'truecolor, dark', look: {mode: 'color', depth: 'truecolor', background: 'dark'}, styled: /\|50331648:/v},
];

for (const {name, look, styled} of looks) {
	for (const {columns, rows} of sizes) {
		test(`at ${columns}×${rows} in ${name}, Ink's first frame is the pre-painted one, and taking it over writes nothing`, async t => {
			const {mode, ...rest} = look;
			const lines = view(modelFor(resume, {columns, rows}, mode, rest));
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
			t.regex(prePainted.join(''), styled, 'the frame has styles to compare (colours, where the look has them)');
			terminal.dispose();
			fromInk.dispose();
		});
	}
}
