import {fileURLToPath} from 'node:url';
import {stripVTControlCharacters} from 'node:util';
import test from 'ava';
import stringWidth from 'string-width';
import {textOutput} from '../source/outputs/text.js';
import type {Resume} from '../source/resume/model.js';
import {createTheme, type ColorMode} from '../source/theme/theme.js';
import {loadResume} from './helpers/resume.js';

const dataPath = fileURLToPath(new URL('../data/resume.json', import.meta.url));
const today = {year: 2026, month: 11, day: 26};
const widths = [40, 80, 120];
const escape = '\u001B';

const resume = await loadResume(dataPath);

const print = (width: number, mode: ColorMode = 'plain', ascii = false): string =>
	textOutput(resume, {theme: createTheme({mode, ascii}), width, today});

const normalise = (text: string): string => text.replaceAll(/\s+/gv, ' ').trim();

const achievementsOf = (data: Resume): string[] =>
	data.companies.flatMap(company => company.roles.flatMap(role => role.achievements.map(({text}) => text)));

for (const width of widths) {
	test(`at ${width} columns no line is wider than the width`, t => {
		const lines = print(width).split('\n');
		t.true(lines.length > 50);
		for (const [index, line] of lines.entries()) {
			t.true(stringWidth(line) <= width, `line ${index + 1} is ${stringWidth(line)} columns: ${line}`);
		}
	});

	test(`at ${width} columns in colour no line is wider than the width either`, t => {
		for (const line of print(width, 'color').split('\n')) {
			t.true(stringWidth(line) <= width, `too wide: ${line}`);
		}
	});

	test(`at ${width} columns every achievement is printed in full`, t => {
		const text = normalise(print(width));
		const achievements = achievementsOf(resume);
		t.is(achievements.length, 24);
		for (const achievement of achievements) {
			t.true(text.includes(normalise(achievement)), `missing: ${achievement}`);
		}
	});
}

test('sections are printed in order, each under its own heading', t => {
	const lines = print(80).split('\n');
	const titles = ['About', 'Experience', 'Education', 'Skills', 'Publications'];
	const positions = titles.map(title => lines.indexOf(title));
	for (const [index, title] of titles.entries()) {
		t.true(positions[index]! > 0, `no heading ${title}`);
		t.is(lines[positions[index]! + 1], '─'.repeat(title.length), `${title} is underlined`);
	}

	t.deepEqual(
		positions.toSorted((a, b) => a - b),
		positions,
	);
});

test('who it is comes first: the headline, then the current employer and the place', t => {
	const [headline, where] = print(120).split('\n');
	t.is(headline, 'Staff Software Engineer');
	t.is(where, 'Meta Platforms, Inc · Seattle, US');
});

test('the companies and roles are printed in order with their spans and tenures', t => {
	const text = print(120);
	const expected = [
		'Meta Platforms, Inc',
		'Oct 2021 – present · 5 yrs 2 mos',
		'Amazon Web Services',
		'Feb 2016 – Sep 2021 · 5 yrs 8 mos',
		'Sr Software Engineer, Amazon API Gateway',
		'Apr 2019 – Sep 2021 · 2 yrs 6 mos',
		'Software Development Engineer II, Amazon API Gateway',
		'Feb 2016 – Mar 2019 · 3 yrs 2 mos',
		'Amazon',
		'Apr 2013 – Jan 2016 · 2 yrs 10 mos',
		'Akamai',
		'Jul 2012 – Apr 2013 · 10 mos',
		'Ramaiah Institute of Technology',
		'B.E., Information Science and Engineering',
		'Java · Perl · Python',
		'XFaaS: Hyperscale and Low Cost Serverless Functions at Meta',
	];
	let from = text.indexOf('\nExperience\n');
	t.true(from > 0);
	for (const part of expected) {
		const found = text.indexOf(part, from);
		t.true(found > from, `"${part}" is missing or out of order`);
		from = found;
	}
});

test('every link is printed with its label, title and URL', t => {
	const output = print(120);
	const text = normalise(output);
	// A URL longer than the room left for it is cut across lines, so look for it with the line breaks removed.
	const unbroken = output.replaceAll(/\n\s*/gv, '');
	const links = resume.companies.flatMap(company =>
		company.roles.flatMap(role => role.achievements.flatMap(achievement => achievement.links)),
	);
	t.is(links.length, 8);
	for (const link of links) {
		t.true(unbroken.includes(link.url), `missing URL ${link.url}`);
		const words = normalise(`${link.label} · ${link.title ?? ''}`);
		t.true(text.includes(words), `missing "${words}"`);
	}
});

test('plain output has no escape codes at any width', t => {
	for (const width of widths) {
		t.false(print(width).includes(escape), `escape code at ${width} columns`);
	}
});

/** The parameters of every SGR (style) escape sequence in `text`, e.g. "1" for bold, "33" for yellow. */
function styleCodes(text: string): string[] {
	return text
		.split(escape)
		.slice(1)
		.map(
			sequence => /^\[(?<codes>[\d;]*)m/v.exec(sequence)?.groups?.['codes'] ?? `not a style: ${sequence.slice(0, 8)}`,
		);
}

test('colour output has escape codes, colours among them, and the same text once they are removed', t => {
	const colour = print(80, 'color');
	const codes = styleCodes(colour);
	t.true(codes.length > 0);
	t.true(
		codes.some(code => /^(?:3[0-7]|9[0-7])$/v.test(code)),
		'no foreground colour',
	);
	// Escape codes take no columns, so removing them gives back the plain text.
	t.is(stripVTControlCharacters(colour), print(80));
});

test('mono output styles text with bold and dim, but no colour', t => {
	const mono = print(80, 'mono');
	const codes = new Set(styleCodes(mono));
	t.true(codes.has('1'), 'no bold');
	t.true(codes.has('2'), 'no dim');
	for (const code of codes) {
		t.notRegex(code, /^(?:3[0-8]|9[0-7]|4[0-8]|10[0-7])$/v, `colour code ${code}`);
	}

	t.is(stripVTControlCharacters(mono), print(80));
});

test('ascii output uses no box drawing or symbols', t => {
	const text = print(80, 'plain', true);
	for (const glyph of ['─', '•', '·', '↗', '█', '❯']) {
		t.false(text.includes(glyph), `glyph ${glyph}`);
	}

	t.true(text.includes('\nExperience\n----------\n'));
});

test('the output ends with one newline', t => {
	const text = print(80);
	t.true(text.endsWith('\n'));
	t.false(text.endsWith('\n\n'));
});
