/*
Box-drawing and block characters drawn as lines and rectangles, as terminals draw them, instead of as font
glyphs: a rule or a border then joins across cells and rows whatever font the reader's browser picks.
*/
import type {Look} from './look.js';
import {type Metrics, number} from './metrics.js';

type Arms = {readonly left?: boolean; readonly right?: boolean; readonly up?: boolean; readonly down?: boolean};
type Line = Arms & {readonly heavy?: boolean; readonly round?: boolean};

const lines: Readonly<Record<string, Line>> = {
	'─': {left: true, right: true},
	'│': {up: true, down: true},
	'┌': {right: true, down: true},
	'┐': {left: true, down: true},
	'└': {right: true, up: true},
	'┘': {left: true, up: true},
	'├': {up: true, down: true, right: true},
	'┤': {up: true, down: true, left: true},
	'┬': {left: true, right: true, down: true},
	'┴': {left: true, right: true, up: true},
	'┼': {left: true, right: true, up: true, down: true},
	'╭': {right: true, down: true, round: true},
	'╮': {left: true, down: true, round: true},
	'╰': {right: true, up: true, round: true},
	'╯': {left: true, up: true, round: true},
	'━': {left: true, right: true, heavy: true},
	'┃': {up: true, down: true, heavy: true},
};

/** Blocks as [left, top, width, height] in fractions of the cell, and how much of the colour shows. */
const blocks: Readonly<Record<string, readonly [number, number, number, number, number]>> = {
	'█': [0, 0, 1, 1, 1],
	'▀': [0, 0, 1, 0.5, 1],
	'▄': [0, 0.5, 1, 0.5, 1],
	'▌': [0, 0, 0.5, 1, 1],
	'▐': [0.5, 0, 0.5, 1, 1],
	'░': [0, 0, 1, 1, 0.25],
	'▒': [0, 0, 1, 1, 0.5],
	'▓': [0, 0, 1, 1, 0.75],
};

/** Whether the cell is drawn here rather than as text. */
export function isCellGraphic(text: string): boolean {
	return text in lines || text in blocks;
}

type Segment = {readonly key: string; readonly fixed: number; readonly from: number; readonly to: number};

/** Joins touching segments on the same line in the same stroke: a rule becomes one line. */
function merged(segments: readonly Segment[]): Segment[] {
	const sorted = segments.toSorted((a, b) => a.key.localeCompare(b.key) || a.fixed - b.fixed || a.from - b.from);
	const result: Segment[] = [];
	for (const segment of sorted) {
		const last = result.at(-1);
		if (last?.key === segment.key && last.fixed === segment.fixed && segment.from <= last.to) {
			result[result.length - 1] = {...last, to: Math.max(last.to, segment.to)};
		} else {
			result.push(segment);
		}
	}

	return result;
}

/** `<path>`s for the box-drawing cells and `<rect>`s for the block cells of a screen's looks. */
export function cellGraphics(looks: ReadonlyArray<readonly Look[]>, {cellWidth, lineHeight}: Metrics): string {
	const segments: Segment[] = [];
	const curves: string[] = [];
	const rects: string[] = [];
	for (const [row, cells] of looks.entries()) {
		for (const [column, look] of cells.entries()) {
			if (look.hidden) {
				continue;
			}

			const x = column * cellWidth;
			const y = row * lineHeight;
			const block = blocks[look.text];
			if (block) {
				const [left, top, width, height, alpha] = block;
				const opacity = alpha === 1 ? '' : ` fill-opacity="${alpha}"`;
				rects.push(
					`<rect x="${number(x + (left * cellWidth))}" y="${number(y + (top * lineHeight))}" width="${number(width * cellWidth)}" height="${number(height * lineHeight)}" fill="${look.fg}"${opacity}/>`,
				);
				continue;
			}

			const line = lines[look.text];
			if (!line) {
				continue;
			}

			const stroke = line.heavy ? 2 : 1;
			// Centred on a pixel for a 1-unit stroke, between two for a 2-unit one: crisp either way.
			const centreX = x + Math.floor(cellWidth / 2) + (stroke === 1 ? 0.5 : 0);
			const centreY = y + Math.floor(lineHeight / 2) + (stroke === 1 ? 0.5 : 0);
			const key = `${look.fg} ${stroke}`;
			if (line.round) {
				const radius = Math.floor(cellWidth / 2);
				const endX = line.left ? x : x + cellWidth;
				const endY = line.up ? y : y + lineHeight;
				const towardX = line.left ? -radius : radius;
				const towardY = line.up ? -radius : radius;
				curves.push(
					`<path d="M${number(endX)} ${number(centreY)}H${number(centreX + towardX)}Q${number(centreX)} ${number(centreY)} ${number(centreX)} ${number(centreY + towardY)}V${number(endY)}" stroke="${look.fg}" stroke-width="${stroke}"/>`,
				);
				continue;
			}

			const horizontal = (from: number, to: number) => segments.push({key: `h ${key}`, fixed: centreY, from, to});
			const vertical = (from: number, to: number) => segments.push({key: `v ${key}`, fixed: centreX, from, to});
			if (line.left) {
				horizontal(x, centreX);
			}

			if (line.right) {
				horizontal(centreX, x + cellWidth);
			}

			if (line.up) {
				vertical(y, centreY);
			}

			if (line.down) {
				vertical(centreY, y + lineHeight);
			}
		}
	}

	// One path per colour and stroke, a subpath per merged segment.
	const strokes = new Map<string, string>();
	for (const {key, fixed, from, to} of merged(segments)) {
		const [direction, color, stroke] = key.split(' ');
		const d =
			direction === 'h'
				? `M${number(from)} ${number(fixed)}H${number(to)}`
				: `M${number(fixed)} ${number(from)}V${number(to)}`;
		strokes.set(`${color} ${stroke}`, (strokes.get(`${color} ${stroke}`) ?? '') + d);
	}

	const paths = [...strokes].map(([style, d]) => {
		const [color, stroke] = style.split(' ');
		return `<path d="${d}" stroke="${color}" stroke-width="${stroke}"/>`;
	});
	const drawn = [...paths, ...curves];
	const group = drawn.length > 0 ? `<g fill="none" stroke-linecap="square">${drawn.join('')}</g>` : '';
	return rects.join('') + group;
}
