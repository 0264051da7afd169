/*
Named terminal palettes, as their terminals ship them: the 16 ANSI colours, the default foreground and
background, and whether bold text in one of the first 8 colours is drawn in its bright twin.
*/
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

/** VS Code's integrated terminal, Dark+ (its `terminal.ansi*` defaults; bold drawn bright, as VS Code does). */
export const vscodeDark: Palette = {
	name: 'VS Code Dark+',
	ansi: [
		'#000000',
		'#cd3131',
		'#0dbc79',
		'#e5e510',
		'#2472c8',
		'#bc3fbc',
		'#11a8cd',
		'#e5e5e5',
		'#666666',
		'#f14c4c',
		'#23d18b',
		'#f5f543',
		'#3b8eea',
		'#d670d6',
		'#29b8db',
		'#e5e5e5',
	],
	foreground: '#cccccc',
	background: '#1e1e1e',
	chrome: {bar: '#323233', border: '#454545', title: '#cccccc'},
	boldIsBright: true,
};

/** GNOME Terminal's Tango palette on its "Black on white" colours (bold not drawn bright, GNOME's default). */
export const tangoLight: Palette = {
	name: 'GNOME Tango, black on white',
	ansi: [
		'#2e3436',
		'#cc0000',
		'#4e9a06',
		'#c4a000',
		'#3465a4',
		'#75507b',
		'#06989a',
		'#d3d7cf',
		'#555753',
		'#ef2929',
		'#8ae234',
		'#fce94f',
		'#729fcf',
		'#ad7fa8',
		'#34e2e2',
		'#eeeeec',
	],
	foreground: '#000000',
	background: '#ffffff',
	chrome: {bar: '#ebebeb', border: '#c0c0c0', title: '#2e3436'},
	boldIsBright: false,
};

const hex = (value: number) => `#${value.toString(16).padStart(6, '0')}`;
const rgb = (red: number, green: number, blue: number) => hex(red * 65_536 + green * 256 + blue);
const cubeLevels = [0, 95, 135, 175, 215, 255];

/** Xterm's 256 colours past the palette: a 6×6×6 cube (16–231) and 24 greys (232–255). */
export function indexedColor(index: number, palette: Palette): string {
	if (index < 16) {
		return palette.ansi[index]!;
	}

	if (index < 232) {
		const n = index - 16;
		return rgb(cubeLevels[Math.floor(n / 36)]!, cubeLevels[Math.floor(n / 6) % 6]!, cubeLevels[n % 6]!);
	}

	const grey = 8 + (index - 232) * 10;
	return rgb(grey, grey, grey);
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
