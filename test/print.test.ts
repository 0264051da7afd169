import {stripVTControlCharacters} from 'node:util';
import test from 'ava';
import stringWidth from 'string-width';
import {textOutput} from '../source/outputs/text.js';
import {buildResume} from '../source/resume/build-model.js';
import {createTheme, type ColorMode} from '../source/theme/theme.js';
import type {ColourDepth} from '../source/theme/tokens.js';
import {achievementLinksOf, highlightsOf, readFixture} from './helpers/fixtures.js';
import {fitsPrinted, isUrlLine} from './helpers/url-lines.js';

const today = {year: 2026, month: 11, day: 26};
const widths = [40, 80, 120];
const escape = '\u001B';

const json = await readFixture('career.json');
const resume = buildResume(json);

const print = (width: number, mode: ColorMode = 'plain', ascii = false, depth?: ColourDepth): string =>
	textOutput(resume, {theme: createTheme({mode, ascii, ...(depth ? {depth} : {})}), width, today});

const normalise = (text: string): string => text.replaceAll(/\s+/gv, ' ').trim();

for (const width of widths) {
	test(`at ${width} columns no line is wider than the width but a URL alone, and the widest is as wide`, t => {
		const lines = print(width).split('\n');
		for (const [index, line] of lines.entries()) {
			t.true(fitsPrinted(line, width), `line ${index + 1} is ${stringWidth(line)} columns: ${line}`);
		}

		// Something reaches the last column (a span set flush right, a headline cut to fit): the text is laid
		// out for this width, not a narrower one.
		t.is(Math.max(...lines.filter(line => !isUrlLine(line)).map(line => stringWidth(line))), width);
	});

	test(`at ${width} columns in colour no line is wider than the width either, but a URL alone`, t => {
		for (const line of print(width, 'color').split('\n')) {
			t.true(fitsPrinted(line, width), `too wide: ${line}`);
		}
	});

	test(`at ${width} columns every highlight of the file is printed in full`, t => {
		const text = normalise(print(width));
		for (const highlight of highlightsOf(json)) {
			t.true(text.includes(normalise(highlight)), `missing: ${highlight}`);
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
	t.is(headline, 'Principal Reliability Engineer');
	t.is(where, 'Harbor Robotics · Lisbon, PT');
});

test('the companies and roles are printed in order with their spans and tenures', t => {
	const text = print(120);
	const expected = [
		'Harbor Robotics',
		'Mar 2022 – present · 4 yrs 9 mos',
		'Principal Reliability Engineer · Lisbon, PT',
		// Two consecutive entries at one employer: one company, its span from the first start to the last end.
		'Cobalt Cloud',
		'Jan 2015 – Feb 2022 · 7 yrs 2 mos',
		'Senior Software Engineer, Storage',
		'Jun 2018 – Feb 2022 · 3 yrs 9 mos',
		'Software Engineer, Storage',
		'Jan 2015 – May 2018 · 3 yrs 5 mos',
		'Tern Analytics',
		'Sep 2013 – Dec 2014 · 1 yr 4 mos',
		'Little Fern Café',
		'Jun 2012 – Aug 2013 · 1 yr 3 mos',
		'University of Coimbra',
		'MSc, Computer Science',
		'Go · Rust · SQL',
		'Kubernetes · Terraform',
		'Quiet Pagers: Alerting on Symptoms, Not Causes',
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
	for (const link of achievementLinksOf(resume)) {
		t.true(unbroken.includes(link.url), `missing URL ${link.url}`);
		const words = normalise(`${link.label} · ${link.title ?? ''}`);
		t.true(text.includes(words), `missing "${words}"`);
	}
});

test('the links of an achievement come right under it, in the order the file gives them', t => {
	const lines = print(120).split('\n');
	const start = lines.findIndex(line => line.includes('Built the cross-region replication service'));
	t.deepEqual(lines.slice(start, start + 5), [
		'    • Built the cross-region replication service that 2,000+ customers use',
		'      ↗ announcement · Cross-region replication is now available',
		'        https://example.com/news/cross-region-replication',
		'      ↗ blog post · Inside cross-region replication',
		'        https://example.org/posts/replication-internals',
	]);
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

test('colour output in 256 colours has escape codes, colours among them, and the same text once they are removed', t => {
	const colour = print(80, 'color', false, 'ansi256');
	const codes = styleCodes(colour);
	t.true(codes.length > 0);
	t.true(
		codes.some(code => /^38;5;\d+$/v.test(code)),
		'no foreground colour',
	);
	// Escape codes take no columns, so removing them gives back the plain text.
	t.is(stripVTControlCharacters(colour), print(80));
});

test('colour output in 16 colours styles what is read by weight and underline only: no code is legible on every palette', t => {
	const colour = print(80, 'color');
	const codes = new Set(styleCodes(colour));
	t.true(codes.has('1'), 'no bold');
	for (const code of codes) {
		t.notRegex(code, /^(?:3[0-8]|9[0-7]|4[0-8]|10[0-7])/v, `colour code ${code}`);
	}

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
