/*
What a cell looks like on a palette: its colours after inverse and bold-is-bright, and the styles the SVG
draws. The renderer's layers (backgrounds, cell graphics, text) all start from this.
*/
import {colorValue, type Palette} from './palettes.js';
import type {Cell, Screen} from './screen.js';

export type Look = {
	readonly text: string;
	readonly width: number;
	readonly fg: string;
	readonly bg: string;
	readonly bold: boolean;
	readonly dim: boolean;
	readonly italic: boolean;
	readonly underline: boolean;
	readonly strikethrough: boolean;
	/** Nothing to draw in the foreground: a blank, the covered half of a wide character, or invisible text. */
	readonly hidden: boolean;
};

export function lookOf(cell: Cell, palette: Palette): Look {
	const bold = cell.bold ?? false;
	const fg = colorValue(cell.fg, palette, palette.foreground, bold);
	const bg = colorValue(cell.bg, palette, palette.background);
	const inverse = cell.inverse ?? false;
	return {
		text: cell.text,
		width: cell.width,
		fg: inverse ? bg : fg,
		bg: inverse ? fg : bg,
		bold,
		dim: cell.dim ?? false,
		italic: cell.italic ?? false,
		underline: cell.underline ?? false,
		strikethrough: cell.strikethrough ?? false,
		hidden: (cell.invisible ?? false) || cell.width === 0,
	};
}

/** Every cell's look, row by row. */
export function looksOf(screen: Screen, palette: Palette): Look[][] {
	return screen.cells.map(row => row.map(cell => lookOf(cell, palette)));
}
