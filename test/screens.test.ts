/*
The frame as a person sees it at 40×12, 80×24 and 160×40, in colour and in NO_COLOR's mono, on a résumé made for
it (test/fixtures/layout.json): the footer on the last row under a rule, no line over the width, "↓ N more" with
the right N, the help a centred panel with a border, the timeline's years where their Januaries fall.
*/
import {fileURLToPath} from 'node:url';
import {stripVTControlCharacters} from 'node:util';
import test from 'ava';
import stringWidth from 'string-width';
import {view} from '../source/app/view.js';
import type {ColorMode} from '../source/theme/theme.js';
import {loadResume} from './helpers/resume.js';
import {modelFor, pressed} from './helpers/model.js';
import {crumbsOf, isRule} from './helpers/screen.js';

const resume = await loadResume(fileURLToPath(new URL('fixtures/layout.json', import.meta.url)));
const sizes = [
	{columns: 40, rows: 12},
	{columns: 80, rows: 24},
	{columns: 160, rows: 40},
] as const;
const modes: ColorMode[] = ['color', 'mono'];
/** The role with twenty one-line achievements, "Achievement 1 of twenty" to "Achievement 20 of twenty". */
const achievements = 20;

const plain = (lines: readonly string[]) => lines.map(line => stripVTControlCharacters(line));

for (const size of sizes) {
	for (const mode of modes) {
		const name = `${size.columns}×${size.rows} ${mode}`;
		const start = modelFor(resume, size, mode);
		const screens = {
			about: start,
			experience: pressed(start, 'next-section'),
			role: pressed(start, 'next-section', 'open'),
			roleEnd: pressed(start, 'next-section', 'open', 'bottom'),
			help: pressed(start, 'next-section', 'open', 'help'),
		};

		test(`${name}: every screen fills the terminal, the footer on its last row under a rule, no line too wide`, t => {
			for (const [screen, model] of Object.entries(screens)) {
				const lines = plain(view(model));
				t.is(lines.length, size.rows, `${screen}: a line for every row`);
				t.regex(lines.at(-1)!, /q quit/v, `${screen}: the footer is on the last row`);
				t.true(isRule(lines.at(-2)), `${screen}: a rule over the footer:\n${lines.join('\n')}`);
				t.true(isRule(lines[2]), `${screen}: a rule under the tabs`);
				for (const line of view(model)) {
					t.true(stringWidth(line) <= size.columns, `${screen}: too wide: ${line}`);
				}
			}
		});

		test(`${name}: "↓ N more" says how many achievements are below the screen, "↑ N more" how many above`, t => {
			const shown = (lines: readonly string[]) => lines.filter(line => /Achievement \d+ of twenty/v.test(line)).length;
			const top = plain(view(screens.role));
			t.true(shown(top) < achievements, 'the fixture has more than fit');
			t.regex(top.at(-2)!, new RegExp(`↓ ${achievements - shown(top)} more `, 'v'), `${top.join('\n')}`);
			t.false(top[2]!.includes('↑'), 'nothing above at the top');
			t.is(crumbsOf(top), 'Experience › Now Co');

			const end = plain(view(screens.roleEnd));
			t.regex(end[2]!, new RegExp(`↑ ${achievements - shown(end)} more `, 'v'), `${end.join('\n')}`);
			t.false(end.at(-2)!.includes('↓'), 'nothing below at the end');
		});

		test(`${name}: the help is a bordered panel centred over the page, which shows around it`, t => {
			const lines = plain(view(screens.help));
			const top = lines.findIndex(line => line.includes('╭'));
			const bottom = lines.findIndex(line => line.includes('╰'));
			t.true(top > 2 && bottom > top && bottom < size.rows - 2, `${lines.join('\n')}`);
			t.regex(lines[top]!, /╭── Keys ─+(?: ↑ \d+ more lines? ─+)?╮/v);
			const left = lines[top]!.indexOf('╭');
			const right = lines[top]!.indexOf('╮');
			for (const line of lines.slice(top + 1, bottom)) {
				t.is(line[left], '│', `the left border:\n${lines.join('\n')}`);
				t.is(line[right], '│', `the right border:\n${lines.join('\n')}`);
			}

			t.true(Math.abs(left - (size.columns - 1 - right)) <= 1, `centred across:\n${lines.join('\n')}`);
			// The content rows are 3 to rows - 3.
			t.true(Math.abs(top - 3 - (size.rows - 3 - bottom)) <= 1, `centred down:\n${lines.join('\n')}`);
			// At 40 columns the panel takes the whole width; from 80 the page shows beside it.
			t.true(size.columns < 80 || left > 1, 'the page shows beside it');

			t.false(view(screens.help)[1]!.includes('\u001B[1m'), 'no tab stands out while the help covers the page');
		});
	}

	test(`${size.columns}×${size.rows}: each year on the timeline starts where its January falls on the bars`, t => {
		// The bottom of About, where the timeline is on a small screen too.
		const lines = plain(view(pressed(modelFor(resume, size, 'mono'), 'bottom')));
		const bars = ['Now Co', 'Mid Co', 'First Co'].map(company =>
			lines.find(line => line.trimStart().startsWith(company)),
		);
		t.true(bars.every(Boolean), `${lines.join('\n')}`);
		const axis = lines[lines.indexOf(bars.at(-1)!) + 1]!;
		const ticks = [...axis.matchAll(/\d{4}/gv)].map(match => ({year: Number(match[0]), at: match.index}));
		t.true(ticks.length >= 2, `at least two years labelled: ${axis}`);
		// Now Co's bar starts in January 2020, Mid Co's in January 2015 (First Co's in July 2010, which is where
		// the bars begin): a labelled 2015 or 2020 starts where its bar does.
		const starts = new Map([2020, 2015].map((year, index) => [year, bars[index]!.indexOf('█')]));
		const columnsPerYear = (starts.get(2020)! - starts.get(2015)!) / 5;
		t.true(
			ticks.some(({year}) => starts.has(year)),
			`2015 or 2020 labelled: ${axis}`,
		);
		for (const {year, at} of ticks) {
			t.true(!starts.has(year) || at === starts.get(year), `${year} at its bar's start:\n${lines.join('\n')}`);

			// A linear scale: each label as far from 2015's January as its years say, give or take a column's rounding.
			const expected = starts.get(2015)! + (year - 2015) * columnsPerYear;
			t.true(Math.abs(at - expected) <= 1, `${year} at ${at}, not ${expected}: ${axis}`);
		}

		const steps = new Set(ticks.slice(1).map((tick, index) => tick.year - ticks[index]!.year));
		t.is(steps.size, 1, `evenly spaced years: ${axis}`);
	});
}
