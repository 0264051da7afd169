import test from 'ava';
import stringWidth from 'string-width';
import {toAscii, toAsciiData} from '../source/text/ascii.js';
import {bannerOutput} from '../source/outputs/banner.js';
import {buildResume} from '../source/resume/build-model.js';
import {createTheme} from '../source/theme/theme.js';
import {readFixture} from './helpers/fixtures.js';

const json = await readFixture('career.json');
const resume = buildResume(json);
const asciiResume = buildResume(toAsciiData(json));
const today = {year: 2026, month: 11, day: 26};
const banner = (width: number, options: {ascii?: boolean; mode?: 'plain' | 'color'} = {}) =>
	bannerOutput(options.ascii ? asciiResume : resume, {
		theme: createTheme({mode: options.mode ?? 'plain', ascii: options.ascii}),
		width,
		today,
		command: 'npx terminal-resume',
	});

for (const width of [40, 60, 80, 120]) {
	test(`at ${width} columns the banner is a closed box of about ten lines that fits 80×12`, t => {
		const lines = banner(width).trimEnd().split('\n');
		const boxWidth = Math.min(width, 80);
		t.true(lines.length >= 8 && lines.length <= 12, `${lines.length} lines`);
		t.deepEqual(
			lines.map(line => stringWidth(line)),
			lines.map(() => boxWidth),
			'every line is exactly as wide as the box',
		);
		t.true(lines[0]!.startsWith('╭') && lines.at(-1)!.startsWith('╰'));
		t.true(lines.slice(1, -1).every(line => line.startsWith('│ ') && line.endsWith(' │')));
	});
}

/** The card's text without its box, one line, spaces collapsed: what a person reads. */
const cardText = (card: string) =>
	card
		.split('\n')
		.slice(1, -2)
		.map(line => line.slice(1, -1).trim())
		.join(' ')
		.replaceAll(/ +/gv, ' ');

test('the banner says who, where now, where before, the degree, the paper and how to see more', t => {
	const text = cardText(banner(80));
	t.is(
		text,
		[
			'Principal Reliability Engineer',
			'Harbor Robotics · Lisbon, PT · since Mar 2022',
			'Before Cobalt Cloud · Tern Analytics · Little Fern Café',
			'Study MSc, Computer Science · University of Coimbra',
			'Paper Quiet Pagers: Alerting on Symptoms, Not Causes · 2024',
			'❯ npx terminal-resume for the full résumé',
		].join(' '),
	);
});

test('a banner file for sshd (--no-color --ascii) is printable ASCII and newlines only', t => {
	for (const width of [40, 60, 80]) {
		const text = toAscii(banner(width, {ascii: true}));
		t.regex(text, /^[\u0020-\u007E\n]+$/v);
		t.true(text.startsWith('+----'));
		t.regex(cardText(text), /> npx terminal-resume/v);
	}
});

test('colour comes only from the theme', t => {
	t.false(banner(80).includes('\u001B'));
	t.true(banner(80, {mode: 'color'}).includes('\u001B['));
});

test('a résumé with little in it still makes a tidy card', t => {
	const sparse = buildResume({basics: {label: 'Engineer'}});
	const lines = bannerOutput(sparse, {theme: createTheme({mode: 'plain'}), width: 60, today, command: 'x'})
		.trimEnd()
		.split('\n');
	t.deepEqual(
		lines.map(line => line.replaceAll(/ +/gv, ' ')),
		[
			'╭──────────────────────────────────────────────────────────╮',
			'│ Engineer │',
			'│ │',
			'│ ❯ x for the full résumé │',
			'╰──────────────────────────────────────────────────────────╯',
		],
	);
});
