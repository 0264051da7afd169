import cliBoxes, {type BoxStyle} from 'cli-boxes';

export type Glyphs = {
	readonly cursor: string;
	/** Beside the selected item's lines under the cursor: the selection's extent, with or without colour. */
	readonly edge: string;
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
	edge: '▎',
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
	edge: '|',
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

export function glyphsFor(ascii: boolean): Glyphs {
	return ascii ? asciiGlyphs : unicodeGlyphs;
}
