/*
The rectangles under and over a screen's text: cell backgrounds, and underline and strikethrough lines,
each a run of touching cells in one colour merged into one rectangle on whole pixels, so that nothing shows
between cells or rows.
*/
import type {Look} from './look.js';
import {type Metrics, number} from './metrics.js';

/** A run's colour for a cell, or undefined where no rectangle goes. */
type Paint = (look: Look) => string | undefined;

function runs(
	looks: ReadonlyArray<readonly Look[]>,
	paint: Paint,
	draw: (row: number, column: number, length: number, color: string) => string,
): string {
	const drawn: string[] = [];
	for (const [row, cells] of looks.entries()) {
		let start = 0;
		for (let column = 1; column <= cells.length; column++) {
			const color = paint(cells[start]!);
			if (column < cells.length && paint(cells[column]!) === color) {
				continue;
			}

			if (color !== undefined) {
				drawn.push(draw(row, start, column - start, color));
			}

			start = column;
		}
	}

	return drawn.join('');
}

/** Backgrounds that differ from the screen's, `background`. */
export function backgroundRects(
	looks: ReadonlyArray<readonly Look[]>,
	background: string,
	{cellWidth, lineHeight}: Metrics,
): string {
	return runs(
		looks,
		look => (look.bg === background ? undefined : look.bg),
		(row, column, length, color) =>
			`<rect x="${number(column * cellWidth)}" y="${number(row * lineHeight)}" width="${number(length * cellWidth)}" height="${lineHeight}" fill="${color}"/>`,
	);
}

/** Underline and strikethrough lines, in their text's colour. */
export function decorationRects(
	looks: ReadonlyArray<readonly Look[]>,
	{cellWidth, lineHeight, baseline}: Metrics,
): string {
	const line = (top: number) => (row: number, column: number, length: number, color: string) =>
		`<rect x="${number(column * cellWidth)}" y="${number(row * lineHeight + top)}" width="${number(length * cellWidth)}" height="1" fill="${color}"/>`;
	return (
		runs(looks, look => (look.underline && look.width > 0 ? look.fg : undefined), line(baseline + 2)) +
		runs(looks, look => (look.strikethrough && look.width > 0 ? look.fg : undefined), line(Math.floor(lineHeight / 2)))
	);
}
