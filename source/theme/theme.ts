import {Chalk} from 'chalk';
import cliBoxes, {type BoxStyle} from 'cli-boxes';
import type {Background} from './background.js';
import {roleColors, type Color} from './colors.js';

/**
How much styling the output may carry, decided once at start:
- `color`: colours and styles (a colour terminal);
- `mono`: bold, dim, underline and inverse but no colour (NO_COLOR on a terminal);
- `plain`: no escape codes at all (pipes, files, banners).
*/
export type ColorMode = 'color' | 'mono' | 'plain';

/**
How many colours the terminal shows (COLORTERM, TERM): 16 (the terminal's own, which differ from one
colour scheme to the next), the 256-colour palette, or any colour (truecolor).
*/
export type ColorDepth = 'ansi16' | 'ansi256' | 'truecolor';

type Style = (text: string) => string;

/** Semantic styles: components say what a piece of text is, the theme says how it looks. */
export type Theme = {
	readonly accent: Style;
	readonly heading: Style;
	readonly strong: Style;
	readonly muted: Style;
	readonly link: Style;
	readonly impact: Style;
	/** The selected item's title and the current tab: the accent, in bold. */
	readonly selected: Style;
	readonly key: Style;
	/** Rules, dividers, bullets and the timeline's track: structure, not information. */
	readonly chrome: Style;
	/** The bars of the career timeline. */
	readonly chart: Style;
	/** A line of the selected item (already padded to the list's width), or the current tab: the selection bar. */
	readonly bar: Style;
	readonly glyphs: Glyphs;
};

export type Glyphs = {
	readonly cursor: string;
	readonly bullet: string;
	readonly separator: string;
	readonly crumb: string;
	readonly rule: string;
	readonly divider: string;
	readonly box: BoxStyle;
	readonly bar: string;
	readonly track: string;
	readonly link: string;
	readonly ellipsis: string;
	readonly dash: string;
	readonly up: string;
	readonly down: string;
	readonly enter: string;
};

const unicodeGlyphs: Glyphs = {
	cursor: '❯',
	bullet: '•',
	separator: '·',
	crumb: '›',
	rule: '─',
	divider: '│',
	box: cliBoxes.round,
	bar: '█',
	track: '·',
	link: '↗',
	ellipsis: '…',
	dash: '–',
	up: '↑',
	down: '↓',
	enter: '⏎',
};

const asciiGlyphs: Glyphs = {
	cursor: '>',
	bullet: '*',
	separator: '|',
	crumb: '>',
	rule: '-',
	divider: '|',
	box: cliBoxes.classic,
	bar: '#',
	track: '.',
	link: '->',
	ellipsis: '...',
	dash: '-',
	up: 'up',
	down: 'down',
	enter: 'enter',
};

export type ThemeOptions = {
	readonly mode: ColorMode;
	readonly depth?: ColorDepth;
	readonly background?: Background;
	readonly ascii?: boolean;
};

/**
The theme for a session. In 16 colours no colour code reads well on every standard light and dark scheme
(see test/contrast.test.ts), so there, as without colour, structure is shown by weight, underline and
inverse in the terminal's own foreground; in 256 colours and truecolor the colours are the background's.
*/
export function createTheme({mode, depth = 'truecolor', background = 'dark', ascii = false}: ThemeOptions): Theme {
	const glyphs = ascii ? asciiGlyphs : unicodeGlyphs;
	if (mode !== 'color' || depth === 'ansi16') {
		const chalk = new Chalk({level: mode === 'plain' ? 0 : 1});
		return {
			accent: chalk.bold,
			heading: chalk.bold,
			strong: chalk.bold,
			muted: plain,
			link: chalk.underline,
			impact: chalk.bold,
			selected: chalk.bold.inverse,
			key: chalk.bold,
			chrome: plain,
			chart: plain,
			bar: chalk.bold,
			glyphs,
		};
	}

	const chalk = new Chalk({level: 3});
	const colors = roleColors[background];
	const fg = (color: Color) => (depth === 'truecolor' ? chalk.hex(color.hex) : chalk.ansi256(color.ansi256));
	const bg = (color: Color) => (depth === 'truecolor' ? chalk.bgHex(color.hex) : chalk.bgAnsi256(color.ansi256));
	const barText = fg(colors.barText);
	const barBackground = bg(colors.bar);
	return {
		accent: fg(colors.accent),
		heading: chalk.bold,
		strong: chalk.bold,
		muted: fg(colors.muted),
		link: fg(colors.link).underline,
		impact: fg(colors.impact).bold,
		selected: fg(colors.accent).bold,
		key: chalk.bold,
		chrome: fg(colors.chrome),
		chart: fg(colors.chart),
		// Text in the terminal's own colour is given the bar's: chalk reopens it wherever an inner style closes its colour.
		bar: text => barBackground(barText(text)),
		glyphs,
	};
}

const plain: Style = text => text;
