/*
The README's pictures (scripts/pictures): a hand-made screen rendered to SVG has each cell's colours and
styles on both palettes, at its own cell, with nothing of untrusted text left as markup; a screen read from
a headless xterm keeps what the program drew; an animation shows each distinct screen once, at its times;
and the date the pictures take as today is fixed.
*/
import {execFileSync} from 'node:child_process';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {animationSvg, type Frame, planAnimation} from '../scripts/pictures/animation.js';
import {tangoLight, vscodeDark} from '../scripts/pictures/palettes.js';
import {blank, type Cell, type Color, readScreen, type Screen} from '../scripts/pictures/screen.js';
import {screenshotSvg} from '../scripts/pictures/screenshot.js';
import {headlessTerminal, writeTo} from './helpers/headless.js';

const palette = (index: number): Color => ({kind: 'indexed', index});
type Style = Omit<Cell, 'text' | 'width'>;

/** Cells for `text`, one per character (a wide one takes two), in `style`. */
function cells(text: string, style: Partial<Style> = {}): Cell[] {
	return [...text].flatMap(character => {
		const cell = {...blank, ...style, text: character};
		return /\p{scx=Han}/v.test(character)
			? [
					{...cell, width: 2},
					{...cell, text: '', width: 0},
				]
			: [cell];
	});
}

/** A screen of `width` columns from rows of cells, padded with blanks. */
function screenOf(width: number, ...rows: Cell[][]): Screen {
	return {
		columns: width,
		rows: rows.length,
		cells: rows.map(row => [...row, ...Array.from({length: width - row.length}, () => blank)]),
	};
}

type Span = {readonly attributes: Readonly<Record<string, string>>; readonly text: string};

const attributesOf = (source: string): Record<string, string> =>
	Object.fromEntries([...source.matchAll(/([\w:\-]+)="([^"]*)"/gv)].map(([, name, value]) => [name!, value!]));

function spans(svg: string): Span[] {
	return [...svg.matchAll(/<tspan([^>]*)>([^<]*)<\/tspan>/gv)].map(([, attributes, text]) => ({
		attributes: attributesOf(attributes!),
		text: text!,
	}));
}

const spanWith = (svg: string, text: string) => spans(svg).find(span => span.text === text);
const rects = (svg: string) =>
	[...svg.matchAll(/<rect([^>]*)\/>/gv)].map(([, attributes]) => attributesOf(attributes!));
const entities = new Map([
	['&lt;', '<'],
	['&gt;', '>'],
	['&quot;', '"'],
	['&#39;', "'"],
	['&amp;', '&'],
]);
const decode = (text: string) => text.replaceAll(/&(?:lt|gt|quot|#39|amp);/gv, entity => entities.get(entity)!);

/** The elements of the document, checking that they nest and that every `&` starts an entity. */
function elementsOf(svg: string): Set<string> {
	const open: string[] = [];
	const names = new Set<string>();
	for (const [, closing, name, , selfClosing] of svg.matchAll(
		/<(\/?)([\w:\-]+)((?:\s+[\w:\-]+="[^"<]*")*)\s*(\/?)>/gv,
	)) {
		names.add(name!);
		if (closing) {
			if (open.pop() !== name) {
				throw new Error(`</${name}> closes nothing`);
			}
		} else if (!selfClosing) {
			open.push(name!);
		}
	}

	if (open.length > 0 || /&(?!(?:lt|gt|quot|#39|amp);)/v.test(svg) || svg.replaceAll(/<[^<>]*>/gv, '').includes('<')) {
		throw new Error('Not well-formed');
	}

	return names;
}

const allowed = new Set(['svg', 'title', 'style', 'rect', 'path', 'circle', 'text', 'tspan', 'g']);

test('colours and styles: bold bright where the palette draws it so, 256 colours, truecolor, inverse, dim, underline', t => {
	const screen = screenOf(
		20,
		[
			...cells('Bold', {bold: true, fg: palette(1)}),
			...cells(' '),
			...cells('Cube', {fg: palette(196)}),
			...cells(' '),
			...cells('Grey', {fg: palette(244)}),
			...cells(' '),
			...cells('True', {fg: {kind: 'rgb', rgb: 0x12_34_56}}),
		],
		[
			...cells('Inv', {inverse: true}),
			...cells(' '),
			...cells('Dim', {dim: true, italic: true}),
			...cells(' '),
			...cells('Link', {underline: true}),
		],
	);
	const dark = screenshotSvg(screen, vscodeDark, 'colours');
	const light = screenshotSvg(screen, tangoLight, 'colours');
	t.like(spanWith(dark, 'Bold')?.attributes, {fill: '#f14c4c', 'font-weight': 'bold', x: '0', textLength: '36'});
	t.like(spanWith(light, 'Bold')?.attributes, {fill: '#cc0000', 'font-weight': 'bold'});
	t.is(spanWith(dark, 'Cube')?.attributes['fill'], '#ff0000');
	t.is(spanWith(dark, 'Grey')?.attributes['fill'], '#808080');
	t.is(spanWith(dark, 'True')?.attributes['fill'], '#123456');
	// Inverse: the default colours swapped, text in the background's colour on a bar of the foreground's.
	t.is(spanWith(dark, 'Inv')?.attributes['fill'], vscodeDark.background);
	t.is(spanWith(light, 'Inv')?.attributes['fill'], tangoLight.background);
	t.true(
		rects(dark).some(
			rect =>
				rect['fill'] === vscodeDark.foreground && rect['x'] === '0' && rect['y'] === '18' && rect['width'] === '27',
		),
	);
	t.like(spanWith(dark, 'Dim')?.attributes, {'fill-opacity': '0.5', 'font-style': 'italic'});
	t.false('fill' in spanWith(dark, 'Dim')!.attributes, 'dim text in the default colour inherits it');
	// An underline is a one-pixel bar under the four cells of "Link", at column 8.
	t.true(rects(dark).some(rect => rect['x'] === '72' && rect['width'] === '36' && rect['height'] === '1'));
});

test('each run sits at its cell: a wide CJK character takes two, symbols stand alone, rules and blocks are drawn', t => {
	const screen = screenOf(
		12,
		[...cells('中文 ok'), ...cells('❯'), ...cells('é')],
		cells('─────█', {fg: palette(4)}),
		cells('xy', {bg: palette(2)}),
		cells('zw', {bg: palette(2)}),
		cells('a b  c'),
	);
	const svg = screenshotSvg(screen, vscodeDark, 'cells');
	t.deepEqual(
		spans(svg).map(({attributes, text}) => [text, attributes['x'], attributes['textLength']]),
		[
			['中', '0', undefined],
			['文', '18', undefined],
			['ok', '45', '18'],
			['❯', '63', undefined],
			['é', '72', undefined],
			['xy', '0', '18'],
			['zw', '0', '18'],
			// A single space stays in its run; two end it, as browsers collapse a run of spaces in an <img>.
			['a b', '0', '27'],
			['c', '45', undefined],
		],
	);
	t.false(svg.includes('─'), 'box drawing is a line, not a glyph');
	// Five cells of rule, one line through their middles; the block fills its cell.
	t.true(svg.includes('M0 27.5H45'));
	t.true(
		rects(svg).some(
			rect =>
				rect['x'] === '45' &&
				rect['y'] === '18' &&
				rect['width'] === '9' &&
				rect['height'] === '18' &&
				rect['fill'] === '#2472c8',
		),
	);
	// Backgrounds: a rectangle per run, whole pixels, each row's touching the next.
	const green = rects(svg).filter(rect => rect['fill'] === '#0dbc79');
	t.deepEqual(
		green.map(rect => [rect['x'], rect['y'], rect['width'], rect['height']]),
		[
			['0', '36', '18', '18'],
			['0', '54', '18', '18'],
		],
	);
});

test('untrusted text stays text: markup is escaped and control characters are dropped', t => {
	const hostile = '<script>alert(1)</script> & ]]> <a href="x">\u0007\u001B[31m\u009B\u007F\uFFFE';
	const svg = screenshotSvg(screenOf(80, cells(hostile)), tangoLight, 'A <title> & "quotes"');
	const names = elementsOf(svg);
	t.deepEqual(
		[...names].filter(name => !allowed.has(name)),
		[],
	);
	// Nothing but the document's last newline.
	t.notRegex(svg.trimEnd(), /[\p{Cc}\uFFFE\uFFFF]/v);
	t.true(svg.includes('&lt;script&gt;'));
	t.true(svg.includes('<title>A &lt;title&gt; &amp; &quot;quotes&quot;</title>'));
	const shown = spans(svg)
		.map(span => decode(span.text))
		.join('');
	t.is(shown, '<script>alert(1)</script> & ]]> <a href="x">[31m');
});

test('a screen read from xterm keeps what was drawn: styles, colours and wide cells', async t => {
	const terminal = headlessTerminal(10, 2);
	await writeTo(
		terminal,
		'\u001B[1;31mA\u001B[0m\u001B[7mB\u001B[0m\u001B[38;5;202mC\u001B[38;2;1;2;3mD\u001B[0m中\r\n\u001B[4;2;3mE',
	);
	const screen = readScreen(terminal.buffer.active, 10, 2);
	terminal.dispose();
	const [first, second] = screen.cells;
	t.like(first![0], {text: 'A', width: 1, bold: true, fg: {kind: 'indexed', index: 1}, bg: {kind: 'default'}});
	t.like(first![1], {text: 'B', inverse: true});
	t.like(first![2], {text: 'C', fg: {kind: 'indexed', index: 202}});
	t.like(first![3], {text: 'D', fg: {kind: 'rgb', rgb: 0x01_02_03}});
	t.like(first![4], {text: '中', width: 2});
	t.like(first![5], {text: '', width: 0});
	t.like(second![0], {text: 'E', underline: true, dim: true, italic: true});
	t.deepEqual(second![1], blank);
});

const frame = (at: number, text: string): Frame => ({at, screen: screenOf(4, cells(text))});

test('an animation shows each distinct screen once, for as long as each frame lasted', t => {
	const frames = [
		frame(0, 'one'),
		frame(500, 'one'),
		frame(1000, 'two'),
		frame(2500, 'one'),
		frame(4000, 'end'),
		frame(5000, 'late'),
	];
	const plan = planAnimation(frames, 5000);
	t.is(plan.screens.length, 3);
	t.deepEqual(plan.slots, [
		{start: 0, screen: 0},
		{start: 1000, screen: 1},
		{start: 2500, screen: 0},
		{start: 4000, screen: 2},
	]);
	const svg = animationSvg(frames, 5000, vscodeDark, 'session');
	t.true(svg.includes('animation:play 5s step-end infinite'));
	// The strip moves by a screen's width (36) and a gap (16) per screen.
	t.true(
		svg.includes(
			'@keyframes play{0%{transform:translateX(0px)}20%{transform:translateX(-52px)}50%{transform:translateX(0px)}80%{transform:translateX(-104px)}100%{transform:translateX(-104px)}}',
		),
	);
	t.is(spans(svg).filter(span => span.text === 'one').length, 1, 'a screen that comes back is drawn once');
	t.false(
		spans(svg).some(span => span.text === 'late'),
		'a frame after the end is not shown',
	);
	t.deepEqual(
		[...elementsOf(svg)].filter(name => !allowed.has(name)),
		[],
	);
});

test('the date the pictures take as today is fixed, and the clock runs on', t => {
	const preload = fileURLToPath(new URL('../scripts/pictures/fixed-date.js', import.meta.url));
	const output = execFileSync(
		process.execPath,
		[
			'--import',
			preload,
			'-e',
			'console.log(new Date().toISOString(), new Date(0).toISOString(), Date.now() > Date.parse("2026-12-02"), new Date() instanceof Date)',
		],
		// eslint-disable-next-line @typescript-eslint/naming-convention -- an environment variable
		{encoding: 'utf8', env: {...process.env, PICTURES_TODAY: '2024-02-29'}},
	);
	t.is(output.trim(), '2024-02-29T12:00:00.000Z 1970-01-01T00:00:00.000Z true true');
});
