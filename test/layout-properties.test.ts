import test from 'ava';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {view} from '../source/app/view.js';
import {bannerOutput} from '../source/outputs/banner.js';
import {textOutput} from '../source/outputs/text.js';
import {buildResume} from '../source/resume/build-model.js';
import type {JsonResume} from '../source/resume/json-resume.js';
import {createTheme} from '../source/theme/theme.js';
import type {Command} from '../source/app/keymap.js';
import {modelFor, pressed, today} from './helpers/model.js';
import {isRule} from './helpers/screen.js';

/** Text of every kind a résumé may hold: CJK, emoji (ZWJ too), combining marks, right-to-left, controls. */
const anyText = fc.oneof(
	fc.string({maxLength: 60}),
	fc.string({unit: 'grapheme', maxLength: 40}),
	fc.constantFrom(
		'株式会社テスト',
		'👩‍💻 engineer 🚀',
		'e\u0301te\u0301',
		'שלום עולם',
		'\u001B]52;c;aGk=\u0007',
		'\u001B[2J\r\b',
		'word '.repeat(80),
		'https://example.com/a-very-long-path-that-does-not-fit-anywhere-at-all/and-then-some-more',
	),
);
const anyDate = fc.constantFrom('2012', '2016-02', '2019-04-15', '2021-10');
const work = fc.record(
	{
		name: anyText,
		position: anyText,
		location: anyText,
		startDate: anyDate,
		endDate: anyDate,
		summary: anyText,
		highlights: fc.array(anyText, {maxLength: 4}),
	},
	{requiredKeys: []},
);
const resumeArbitrary: fc.Arbitrary<JsonResume> = fc.record(
	{
		basics: fc.record({name: anyText, label: anyText, summary: anyText}, {requiredKeys: []}),
		work: fc.array(work, {maxLength: 5}),
		education: fc.array(
			fc.record({institution: anyText, area: anyText, studyType: anyText, score: anyText}, {requiredKeys: []}),
			{maxLength: 2},
		),
		skills: fc.array(fc.record({name: anyText, keywords: fc.array(anyText, {maxLength: 4})}, {requiredKeys: []}), {
			maxLength: 2,
		}),
		publications: fc.array(
			fc.record({name: anyText, publisher: anyText, releaseDate: anyDate, url: anyText}, {requiredKeys: []}),
			{maxLength: 2},
		),
	},
	{requiredKeys: []},
);
const commands: Command[] = ['up', 'down', 'open', 'back', 'next-section', 'top', 'bottom', 'page-down', 'help'];

/** No control character at all: plain output carries no escape code, from us or from the data. */
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/v;

test('any résumé at any size: every frame fits the terminal, its footer on the last row under a rule, and no control character reaches it', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(
				resumeArbitrary,
				fc.integer({min: 1, max: 220}),
				fc.integer({min: 1, max: 70}),
				fc.array(fc.constantFrom(...commands), {maxLength: 12}),
				(json, columns, rows, keys) => {
					let model = modelFor(buildResume(json), {columns, rows});
					for (const command of [undefined, ...keys]) {
						if (command) {
							model = pressed(model, command);
						}

						const lines = view(model);
						// The app fills the terminal exactly; "too small" takes no more rows than there are.
						const drawn = columns >= 40 && rows >= 12;
						const tall = drawn ? lines.length !== rows : lines.length > rows;
						if (tall || lines.some(line => stringWidth(line) > columns || controlCharacter.test(line))) {
							return false;
						}

						// The footer on the last row, a rule over it, whatever the résumé and the keys.
						if (drawn && !(lines.at(-1)!.includes('q quit') && isRule(lines.at(-2)))) {
							return false;
						}
					}

					return true;
				},
			),
			{numRuns: 150},
		);
	});
});

/** Every line of `output` is at most `width` columns and free of control characters. */
function fits(output: string, width: number): boolean {
	return output.split('\n').every(line => stringWidth(line) <= width && !controlCharacter.test(line));
}

test('any résumé printed at any width: no line is wider, and no control character reaches the text', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(resumeArbitrary, fc.integer({min: 20, max: 200}), (json, width) => {
				const resume = buildResume(json);
				const theme = createTheme({mode: 'plain'});
				const outputs = [
					textOutput(resume, {theme, width, today}),
					bannerOutput(resume, {theme, width, today, command: 'x'}),
				];
				return outputs.every(output => fits(output, width));
			}),
			{numRuns: 150},
		);
	});
});
