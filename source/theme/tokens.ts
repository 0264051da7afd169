/*
What each role looks like, for each colour depth and background: data, so that the contrast of every role can
be computed (test/contrast.test.ts, scripts/contrast.ts) from exactly what is drawn.

In 16 colours a code's colour is the terminal's own, and no code but the terminal's text reads at 4.5:1 on every
common palette (Solarized's own text is 4.1:1 on light): information keeps the terminal's text colour and is told
apart by weight, underline and inverse; colour is only for chrome (the cursor and the selection's edge, 3:1).
256 colours use the shared table (16–255), truecolor exact colours.
*/
import type {Background} from './background.js';

/** The colours a terminal shows: the 16 ANSI ones (its own palette), the 256-colour table, or any (24 bits). */
export type ColourDepth = 'ansi16' | 'ansi256' | 'truecolor';

/** A colour: an ANSI code (30–37 and 90–97 as 0–15), an entry of the shared 256-colour table, or exact. */
export type Colour = {readonly ansi: number} | {readonly index: number} | {readonly hex: string};

export type Paint = {
	readonly fg?: Colour;
	readonly bg?: Colour;
	readonly bold?: boolean;
	readonly dim?: boolean;
	readonly underline?: boolean;
	readonly inverse?: boolean;
};

/**
The roles: `accent` is "where I am" (the cursor, the selection's edge); `selected` the selected name or tab;
`selection` the bar under a selected item's lines; `graph` the timeline's bars.
*/
/** Roles whose text is read: 4.5:1 against the background, and against the selection bar when on it. */
export const informationRoles = ['heading', 'strong', 'muted', 'link', 'impact', 'selected', 'key'] as const;
/** Roles that are drawn, not read: 3:1. */
export const chromeRoles = ['accent', 'graph'] as const;
export const roles = [...informationRoles, ...chromeRoles, 'selection'] as const;
export type Role = (typeof roles)[number];

export type Tokens = Readonly<Record<Role, Paint>>;

const common = {heading: {bold: true}, strong: {bold: true}, key: {bold: true}} as const;

/** NO_COLOR: no colour at all, and the selection still shows, inverse. */
export const monoTokens: Tokens = {
	...common,
	accent: {bold: true},
	muted: {dim: true},
	link: {underline: true},
	impact: {bold: true},
	selected: {bold: true, inverse: true},
	graph: {},
	selection: {},
};

const sixteen = (accent: number): Tokens => ({
	...common,
	accent: {fg: {ansi: accent}, bold: true},
	muted: {},
	link: {underline: true},
	impact: {bold: true},
	selected: {bold: true, inverse: true},
	graph: {},
	selection: {},
});

type Choice = {
	readonly accent: Colour;
	readonly muted: Colour;
	readonly link: Colour;
	readonly impact: Colour;
	readonly bar: Colour;
	readonly barText: Colour;
};

const rich = ({accent, muted, link, impact, bar, barText}: Choice): Tokens => ({
	...common,
	accent: {fg: accent, bold: true},
	muted: {fg: muted},
	link: {fg: link, underline: true},
	impact: {fg: impact, bold: true},
	selected: {fg: accent, bg: bar, bold: true},
	graph: {fg: muted},
	selection: {fg: barText, bg: bar},
});

const table: Readonly<Record<ColourDepth, Readonly<Record<Background, Tokens>>>> = {
	ansi16: {dark: sixteen(6), light: sixteen(4)},
	ansi256: {
		dark: rich({
			accent: {index: 75},
			muted: {index: 248},
			link: {index: 116},
			impact: {index: 222},
			bar: {index: 17},
			barText: {index: 254},
		}),
		light: rich({
			accent: {index: 25},
			muted: {index: 240},
			link: {index: 24},
			impact: {index: 58},
			bar: {index: 189},
			barText: {index: 234},
		}),
	},
	truecolor: {
		dark: rich({
			accent: {hex: '#5fafff'},
			muted: {hex: '#b2b2b2'},
			link: {hex: '#7fd4d4'},
			impact: {hex: '#f0c674'},
			bar: {hex: '#233558'},
			barText: {hex: '#e8e8e8'},
		}),
		light: rich({
			accent: {hex: '#0058b0'},
			muted: {hex: '#5c5c5c'},
			link: {hex: '#00607a'},
			impact: {hex: '#8a4b00'},
			bar: {hex: '#dce6f7'},
			barText: {hex: '#1a1a1a'},
		}),
	},
};

export function tokensFor(depth: ColourDepth, background: Background): Tokens {
	return table[depth][background];
}
