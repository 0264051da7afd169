import {Chalk, type ChalkInstance} from 'chalk';
import cliBoxes, {type BoxStyle} from 'cli-boxes';

/**
How much styling the output may carry, decided once at start:
- `color`: colours and styles (a colour terminal);
- `mono`: bold, dim, underline and inverse but no colour (NO_COLOR on a terminal);
- `plain`: no escape codes at all (pipes, files, banners).
*/
export type ColorMode = 'color' | 'mono' | 'plain';

type Style = (text: string) => string;

/** Semantic styles: components say what a piece of text is, the theme says how it looks. */
export type Theme = {
	readonly accent: Style;
	readonly heading: Style;
	readonly strong: Style;
	readonly muted: Style;
	readonly link: Style;
	readonly impact: Style;
	readonly selected: Style;
	readonly key: Style;
	/** What search found, in the text it found it in. */
	readonly match: Style;
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

export function createTheme({mode, ascii = false}: {readonly mode: ColorMode; readonly ascii?: boolean}): Theme {
	const chalk: ChalkInstance = new Chalk({level: mode === 'color' ? 3 : mode === 'mono' ? 1 : 0});
	const colored = (style: ChalkInstance, fallback: ChalkInstance): Style => (mode === 'color' ? style : fallback);
	return {
		accent: colored(chalk.bold.cyan, chalk.bold),
		heading: chalk.bold,
		strong: chalk.bold,
		muted: colored(chalk.gray, chalk.dim),
		link: colored(chalk.blue.underline, chalk.underline),
		impact: colored(chalk.bold.yellow, chalk.bold),
		selected: colored(chalk.bold.cyan, chalk.bold),
		key: colored(chalk.bold.white, chalk.bold),
		// Reversed, whatever the background and with or without colour.
		match: chalk.inverse,
		glyphs: ascii ? asciiGlyphs : unicodeGlyphs,
	};
}
