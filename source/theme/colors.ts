/*
The theme's colours for a light and a dark background, in truecolor and as 256-colour indices (picked by
hand, since the nearest index can fall short of a ratio). test/contrast.test.ts checks each against the
standard palettes: information ≥ 4.5:1, chrome ≥ 3:1, on the page and on the selection bar.
*/
import type {Background} from './background.js';

/** One colour, as truecolor and as its stand-in among the 256 colours (16–255: the same in every terminal). */
export type Color = {readonly hex: string; readonly ansi256: number};

export type RoleColors = {
	/** Where the reader is: the current tab, the cursor, the selected item's title. */
	readonly accent: Color;
	/** Information that comes second: dates, places, counts, key descriptions. */
	readonly muted: Color;
	/** Lines and marks that give the page its structure: rules, dividers, bullets, tracks. */
	readonly chrome: Color;
	readonly link: Color;
	/** Figures of impact, bold as well. */
	readonly impact: Color;
	/** The bars of the career timeline. */
	readonly chart: Color;
	/** The selection bar behind the selected item and the current tab. */
	readonly bar: Color;
	/** Text on the selection bar: the terminal's own foreground may not stand out on it (Solarized dark). */
	readonly barText: Color;
};

export const roleColors: Readonly<Record<Background, RoleColors>> = {
	dark: {
		accent: {hex: '#c3a3ff', ansi256: 183},
		muted: {hex: '#b2b2b2', ansi256: 249},
		chrome: {hex: '#808080', ansi256: 244},
		link: {hex: '#8cb8ff', ansi256: 111},
		impact: {hex: '#ffb86b', ansi256: 215},
		chart: {hex: '#7a9cc6', ansi256: 67},
		bar: {hex: '#363c48', ansi256: 237},
		barText: {hex: '#f2f2f2', ansi256: 255},
	},
	light: {
		accent: {hex: '#6a30c8', ansi256: 56},
		muted: {hex: '#585858', ansi256: 240},
		chrome: {hex: '#808080', ansi256: 244},
		link: {hex: '#0550b4', ansi256: 25},
		impact: {hex: '#a34400', ansi256: 94},
		chart: {hex: '#5f7fa8', ansi256: 67},
		bar: {hex: '#dde3f0', ansi256: 254},
		barText: {hex: '#1c1c1c', ansi256: 234},
	},
};
