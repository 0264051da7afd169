/*
Résumés of very different shapes (test/fixtures), each shown whole: every text value of the file is in the
printed text and in the Markdown, and the app draws every section within the terminal at 40, 80 and 120
columns.
*/
import {fileURLToPath} from 'node:url';
import {stripVTControlCharacters} from 'node:util';
import test from 'ava';
import {lexer} from 'marked';
import stringWidth from 'string-width';
import {view} from '../source/app/view.js';
import {markdownOutput} from '../source/outputs/markdown.js';
import {textOutput} from '../source/outputs/text.js';
import {buildResume} from '../source/resume/build-model.js';
import {readResumeForViewing} from '../source/resume/load.js';
import {buildSections} from '../source/screens/sections.js';
import {createTheme} from '../source/theme/theme.js';
import {modelFor, pressed, today} from './helpers/model.js';
import {readData, squeezed, textValues} from './helpers/text-values.js';
import {boldIn} from './helpers/screen.js';

const fixtures = [
	'every-section.json',
	'old-schema.json',
	'sloppy.json',
	'cjk.json',
	'only-projects.json',
	'only-education.yaml',
];
const widths = [40, 80, 120];
const theme = createTheme({mode: 'plain'});

const fixturePath = (name: string): string => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

/** Markdown as a reader sees it: quotation marks at line starts and backslash escapes undone. */
const unescaped = (markdown: string): string =>
	markdown.replaceAll(/^> /gmv, '').replaceAll(/\\(?=[\\`*_\[\]<\|~$#>+=\-.\)]|&)/gv, '');

// Read before the tests are declared: ava wants them declared at once.
const loaded = await Promise.all(
	fixtures.map(async name => {
		const path = fixturePath(name);
		const {resume: json} = await readResumeForViewing(path);
		return {name, resume: buildResume(json), values: textValues(await readData(path))};
	}),
);

for (const {name, resume, values} of loaded) {
	for (const width of widths) {
		test(`${name} at ${width} columns: every text value of the file is in the printed text, within the width`, t => {
			const text = textOutput(resume, {theme, width, today});
			for (const line of text.split('\n')) {
				t.true(stringWidth(line) <= width, `too wide: ${line}`);
			}

			const all = squeezed(text);
			t.true(values.length > 3);
			for (const value of values) {
				t.true(all.includes(squeezed(value)), `not printed: ${value}`);
			}
		});

		test(`${name} at ${width} columns: every text value of the file is in the Markdown`, t => {
			const markdown = markdownOutput(resume, {width, today});
			t.true(lexer(markdown).length > 0);
			const all = squeezed(unescaped(markdown));
			for (const value of values) {
				t.true(all.includes(squeezed(value)), `not in the Markdown: ${value}`);
			}
		});

		test(`${name} at ${width} columns: the app draws every section, and what its first item opens, within the terminal`, t => {
			const size = {columns: width, rows: 24};
			const sections = buildSections(resume);
			let model = modelFor(resume, size);
			// The same in mono, where the current tab is the one in bold.
			let mono = modelFor(resume, size, 'mono');
			for (const [index, section] of sections.entries()) {
				for (const lines of [view(model), view(pressed(model, 'open'))]) {
					t.is(lines.length, size.rows, `${section.title}: as many lines as the terminal has rows`);
					for (const line of lines) {
						t.true(stringWidth(line) <= width, `${section.title}: too wide: ${line}`);
						t.is(stripVTControlCharacters(line), line);
					}
				}

				const current = boldIn(view(mono)[1]!);
				t.true(
					current === section.title || current === `${index + 1} ${section.title}`,
					`section ${index + 1} is ${section.title}, not ${current}`,
				);
				model = pressed(model, 'next-section');
				mono = pressed(mono, 'next-section');
			}
		});
	}
}

test('a résumé of only projects shows them as a section of their own, and no empty Experience', t => {
	// The whole career in projects, as some journalists keep it.
	const titles = buildSections(buildResume({projects: [{name: 'The Water Ledger'}], work: []})).map(
		section => section.title,
	);
	t.deepEqual(titles, ['About', 'Projects']);
});

test('every section of the schema has its place, in the order a reader expects', async t => {
	const {resume: json} = await readResumeForViewing(fixturePath('every-section.json'));
	t.deepEqual(
		buildSections(buildResume(json)).map(section => section.title),
		[
			'About',
			'Experience',
			'Projects',
			'Education',
			'Skills',
			'Publications',
			'Awards',
			'Certificates',
			'Volunteer',
			'Languages',
			'Interests',
			'References',
		],
	);
});
