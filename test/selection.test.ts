/*
The selection is unmistakable with and without colour: in mono the selected name is inverse and every line of the
selected item carries the edge; in 256 colours and truecolor its lines are on the selection bar, across the width.
*/
import {stripVTControlCharacters} from 'node:util';
import test from 'ava';
import {view} from '../source/app/view.js';
import {buildResume} from '../source/resume/build-model.js';
import {displayWidth} from '../source/text/text.js';
import type {ThemeOptions} from '../source/theme/theme.js';
import {readFixture} from './helpers/fixtures.js';
import {modelFor, pressed} from './helpers/model.js';

const resume = buildResume(await readFixture('career.json'));
const looks: ReadonlyArray<Omit<ThemeOptions, 'mode'> & {readonly mode: 'mono' | 'color'}> = [
	{mode: 'mono'},
	{mode: 'color', depth: 'ansi16', background: 'light'},
	{mode: 'color', depth: 'ansi256', background: 'light'},
	{mode: 'color', depth: 'truecolor', background: 'dark'},
];

for (const {mode, ...look} of looks) {
	for (const size of [
		{columns: 40, rows: 12},
		{columns: 80, rows: 24},
		{columns: 160, rows: 40},
	]) {
		const name = `${mode}${look.depth ? ` ${look.depth} ${look.background}` : ''} at ${size.columns}×${size.rows}`;
		test(`${name}: the selected achievement and company show, and no line is wider than the terminal`, t => {
			// Experience, the first company, its first role: the achievements, the first one selected.
			const model = pressed(modelFor(resume, size, mode, look), 'next-section', 'open', 'open');
			const lines = view(model);
			for (const line of lines) {
				t.true(displayWidth(line) <= size.columns);
			}

			const plain = lines.map(line => stripVTControlCharacters(line));
			const cursor = plain.findIndex(line => line.trimStart().startsWith('❯'));
			t.not(cursor, -1, 'the cursor');
			// The selected paragraph's next line carries the edge, not blank space.
			t.true(plain[cursor + 1]!.trimStart().startsWith('▎'), `the edge under the cursor:\n${plain.join('\n')}`);
			const rich = look.depth !== undefined && look.depth !== 'ansi16';
			const bar = look.depth === 'ansi256' ? '48;5;' : '48;2;';
			t.is(lines[cursor]!.includes(bar), rich, 'the selection bar, where there are colours for it');

			const companies = view(pressed(modelFor(resume, size, mode, look), 'next-section'));
			const selectedName = companies.find(line => stripVTControlCharacters(line).trimStart().startsWith('❯'))!;
			t.true(selectedName.includes(rich ? '[48;' : '[7m'), 'the selected name stands out: inverse, or on the bar');
		});
	}
}
