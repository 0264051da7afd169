/*
The contrast of a role as a terminal draws it: its paint's colours resolved in one terminal's palette (ANSI codes
are the terminal's own; 256-colour entries and exact colours are not), against the background it is drawn on.
*/
import {contrast, rgbOf, xterm256, type Rgb} from './colour.js';
import type {TerminalPalette} from './palettes.js';
import type {Colour, Paint} from './tokens.js';

function resolve(colour: Colour, palette: TerminalPalette): Rgb {
	if ('ansi' in colour) {
		return rgbOf(palette.ansi[colour.ansi]!);
	}

	return 'index' in colour ? xterm256(colour.index) : rgbOf(colour.hex);
}

/**
The text and background colours `paint` shows in `palette`, drawn on `surface` (the selection bar) or on the
terminal's background; inverse swaps them, as terminals do.
*/
export function coloursOf(paint: Paint, palette: TerminalPalette, surface: Paint = {}): {text: Rgb; background: Rgb} {
	const under = surface.bg ? resolve(surface.bg, palette) : rgbOf(palette.canvas);
	const text = paint.fg ? resolve(paint.fg, palette) : surface.fg ? resolve(surface.fg, palette) : rgbOf(palette.text);
	const background = paint.bg ? resolve(paint.bg, palette) : under;
	return paint.inverse ? {text: background, background: text} : {text, background};
}

export function contrastOf(paint: Paint, palette: TerminalPalette, surface?: Paint): number {
	const {text, background} = coloursOf(paint, palette, surface);
	return contrast(text, background);
}
