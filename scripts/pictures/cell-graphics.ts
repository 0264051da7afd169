/*
Box-drawing and block characters drawn as lines and rectangles, as terminals draw them, instead of as font
glyphs: a rule or a border then joins across cells and rows whatever font the reader's browser picks.
*/
import type {Look} from './look.js';
import {type Metrics, number} from './metrics.js';

type Arms = {readonly left?: boolean; readonly right?: boolean; readonly up?: boolean; readonly down?: boolean};
type Line = Arms & {readonly heavy?: boolean; readonly round?: boolean};

const lines: ReadonlyMap<string, Line> = new Map<string, Line>([
	['─', {left: true, right: true}],
	['│', {up: true, down: true}],
	['┌', {right: true, down: true}],
	['┐', {left: true, down: true}],
	['└', {right: true, up: true}],
	['┘', {left: true, up: true}],
	['├', {up: true, down: true, right: true}],
	['┤', {up: true, down: true, left: true}],
	['┬', {left: true, right: true, down: true}],
	['┴', {left: true, right: true, up: true}],
	['┼', {left: true, right: true, up: true, down: true}],
	['╭', {right: true, down: true, round: true}],
	['╮', {left: true, down: true, round: true}],
	['╰', {right: true, up: true, round: true}],
	['╯', {left: true, up: true, round: true}],
	['━', {left: true, right: true, heavy: true}],
	['┃', {up: true, down: true, heavy: true}],
]);

/** Blocks as [left, top, width, height] in fractions of the cell, and how much of the colour shows. */
type Block = readonly [left: number, top: number, width: number, height: number, alpha: number];
const blocks: ReadonlyMap<string, Block> = new Map<string, Block>([
	['█', [0, 0, 1, 1, 1]],
	['▀', [0, 0, 1, 0.5, 1]],
	['▄', [0, 0.5, 1, 0.5, 1]],
	['▌', [0, 0, 0.5, 1, 1]],
	['▐', [0.5, 0, 0.5, 1, 1]],
	['░', [0, 0, 1, 1, 0.25]],
	['▒', [0, 0, 1, 1, 0.5]],
	['▓', [0, 0, 1, 1, 0.75]],
]);

/** Whether the cell is drawn here rather than as text. */
export function isCellGraphic(text: string): boolean {
	return lines.has(text) || blocks.has(text);
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

/** Where a cell is, in pixels, and the size of a cell. */
type Place = {readonly x: number; readonly y: number; readonly metrics: Metrics};

function blockRect([left, top, width, height, alpha]: Block, color: string, {x, y, metrics}: Place): string {
	const {cellWidth, lineHeight} = metrics;
	const opacity = alpha === 1 ? '' : ` fill-opacity="${alpha}"`;
	return `<rect x="${number(x + left * cellWidth)}" y="${number(y + top * lineHeight)}" width="${number(width * cellWidth)}" height="${number(height * lineHeight)}" fill="${color}"${opacity}/>`;
}

/** The cell's middle, on a pixel's centre for a 1-unit stroke and between two for a 2-unit one: crisp either way. */
function centreOf(stroke: number, {x, y, metrics}: Place): {x: number; y: number} {
	const offset = stroke === 1 ? 0.5 : 0;
	return {x: x + Math.floor(metrics.cellWidth / 2) + offset, y: y + Math.floor(metrics.lineHeight / 2) + offset};
}

/** A rounded corner (╭╮╰╯): from the side it joins, a quarter turn, to the top or bottom edge. */
function cornerPath(line: Line, color: string, stroke: number, place: Place): string {
	const {x, y, metrics} = place;
	const centre = centreOf(stroke, place);
	const radius = Math.floor(metrics.cellWidth / 2);
	const endX = line.left ? x : x + metrics.cellWidth;
	const endY = line.up ? y : y + metrics.lineHeight;
	const turnX = centre.x + (line.left ? -radius : radius);
	const turnY = centre.y + (line.up ? -radius : radius);
	const d = `M${number(endX)} ${number(centre.y)}H${number(turnX)}Q${number(centre.x)} ${number(centre.y)} ${number(centre.x)} ${number(turnY)}V${number(endY)}`;
	return `<path d="${d}" stroke="${color}" stroke-width="${stroke}"/>`;
}

/** The straight arms of a box-drawing cell, from its middle to the edges it joins. */
function armSegments(line: Line, key: string, stroke: number, place: Place): Segment[] {
	const {x, y, metrics} = place;
	const centre = centreOf(stroke, place);
	const arms: Array<[boolean | undefined, Segment]> = [
		[line.left, {key: `h ${key}`, fixed: centre.y, from: x, to: centre.x}],
		[line.right, {key: `h ${key}`, fixed: centre.y, from: centre.x, to: x + metrics.cellWidth}],
		[line.up, {key: `v ${key}`, fixed: centre.x, from: y, to: centre.y}],
		[line.down, {key: `v ${key}`, fixed: centre.x, from: centre.y, to: y + metrics.lineHeight}],
	];
	return arms.filter(([has]) => has).map(([, segment]) => segment);
}

/** One path per colour and stroke, a subpath per merged segment. */
function strokePaths(segments: readonly Segment[]): string[] {
	const strokes = new Map<string, string>();
	for (const {key, fixed, from, to} of merged(segments)) {
		const [direction, color, stroke] = key.split(' ');
		const d =
			direction === 'h'
				? `M${number(from)} ${number(fixed)}H${number(to)}`
				: `M${number(fixed)} ${number(from)}V${number(to)}`;
		strokes.set(`${color} ${stroke}`, (strokes.get(`${color} ${stroke}`) ?? '') + d);
	}

	return [...strokes].map(([style, d]) => {
		const [color, stroke] = style.split(' ');
		return `<path d="${d}" stroke="${color}" stroke-width="${stroke}"/>`;
	});
}

/** `<path>`s for the box-drawing cells and `<rect>`s for the block cells of a screen's looks. */
export function cellGraphics(looks: ReadonlyArray<readonly Look[]>, metrics: Metrics): string {
	const segments: Segment[] = [];
	const curves: string[] = [];
	const rects: string[] = [];
	for (const [row, cells] of looks.entries()) {
		for (const [column, look] of cells.entries()) {
			const place = {x: column * metrics.cellWidth, y: row * metrics.lineHeight, metrics};
			const block = look.hidden ? undefined : blocks.get(look.text);
			const line = look.hidden ? undefined : lines.get(look.text);
			const stroke = line?.heavy ? 2 : 1;
			if (block) {
				rects.push(blockRect(block, look.fg, place));
			} else if (line?.round) {
				curves.push(cornerPath(line, look.fg, stroke, place));
			} else if (line) {
				segments.push(...armSegments(line, `${look.fg} ${stroke}`, stroke, place));
			}
		}
	}

	const drawn = [...strokePaths(segments), ...curves];
	const group = drawn.length > 0 ? `<g fill="none" stroke-linecap="square">${drawn.join('')}</g>` : '';
	return rects.join('') + group;
}
