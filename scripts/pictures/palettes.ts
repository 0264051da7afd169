/*
Named terminal palettes, as their terminals ship them: the 16 ANSI colours, the default foreground and
background, and whether bold text in one of the first 8 colours is drawn in its bright twin.
*/
import {hexOf, xterm256} from '../../source/theme/colour.js';
import {palettes} from '../../source/theme/palettes.js';
import type {Color} from './screen.js';

export type Palette = {
	readonly name: string;
	/** The 16 ANSI colours, `#rrggbb`: black, red, green, yellow, blue, magenta, cyan, white, then bright. */
	readonly ansi: readonly string[];
	readonly foreground: string;
	readonly background: string;
	/** The window frame around the screen. */
	readonly chrome: {readonly bar: string; readonly border: string; readonly title: string};
	readonly boldIsBright: boolean;
};

/** The 16 colours of one of the palettes the theme's contrast is computed against: the same terminals. */
function ansiOf(name: string): readonly string[] {
	const palette = palettes.find(candidate => candidate.name === name);
	if (!palette) {
		throw new Error(`no palette named ${name}`);
	}

	return palette.ansi;
}

/** VS Code's integrated terminal, Dark+ (its `terminal.ansi*` defaults; bold drawn bright, as VS Code does). */
export const vscodeDark: Palette = {
	name: 'VS Code Dark+',
	ansi: ansiOf('VS Code Dark+'),
	foreground: '#cccccc',
	background: '#1e1e1e',
	chrome: {bar: '#323233', border: '#454545', title: '#cccccc'},
	boldIsBright: true,
};

/** GNOME Terminal's Tango palette on its "Black on white" colours (bold not drawn bright, GNOME's default). */
export const tangoLight: Palette = {
	name: 'GNOME Tango, black on white',
	ansi: ansiOf('Tango light (GNOME)'),
	foreground: '#000000',
	background: '#ffffff',
	chrome: {bar: '#ebebeb', border: '#c0c0c0', title: '#2e3436'},
	boldIsBright: false,
};

const hex = (value: number) => `#${value.toString(16).padStart(6, '0')}`;

/** Xterm's 256 colours past the palette: a 6×6×6 cube (16–231) and 24 greys (232–255). */
export function indexedColor(index: number, palette: Palette): string {
	return index < 16 ? palette.ansi[index]! : hexOf(xterm256(index));
}

/** A cell colour as `#rrggbb`; `fallback` for the default, bold drawn bright where the palette does. */
export function colorValue(color: Color, palette: Palette, fallback: string, bold = false): string {
	switch (color.kind) {
		case 'default': {
			return fallback;
		}

		case 'rgb': {
			return hex(color.rgb);
		}

		case 'indexed': {
			const brighter = bold && palette.boldIsBright && color.index < 8 ? color.index + 8 : color.index;
			return indexedColor(brighter, palette);
		}
	}
}
