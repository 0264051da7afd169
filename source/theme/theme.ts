import {Chalk, type ChalkInstance} from 'chalk';
import type {Background} from './background.js';
import {glyphsFor, type Glyphs} from './glyphs.js';
import {monoTokens, tokensFor, type Colour, type ColourDepth, type Paint, type Role} from './tokens.js';

export type {Glyphs} from './glyphs.js';

/**
How much styling the output may carry, decided once at start:
- `color`: colours and styles (a colour terminal);
- `mono`: bold, dim, underline and inverse but no colour (NO_COLOR on a terminal);
- `plain`: no escape codes at all (pipes, files, banners).
*/
export type ColorMode = 'color' | 'mono' | 'plain';

type Style = (text: string) => string;

/** Semantic styles: components say what a piece of text is, the theme says how it looks. */
export type Theme = Readonly<Record<Role, Style>> & {
	/** What search found, in the text it found it in. */
	readonly match: Style;
	readonly glyphs: Glyphs;
};

export type ThemeOptions = {
	readonly mode: ColorMode;
	readonly ascii?: boolean;
	/** Colours the terminal shows: 16 unless told (COLORTERM, TERM; see colour-depth.ts). */
	readonly depth?: ColourDepth;
	/** The terminal's background: dark unless told (see source/terminal/background-query.ts). */
	readonly background?: Background;
};

const chalkLevel = {ansi16: 1, ansi256: 2, truecolor: 3} as const;
const ansiNames = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'] as const;

export function createTheme({mode, ascii = false, depth = 'ansi16', background = 'dark'}: ThemeOptions): Theme {
	const chalk = new Chalk({level: mode === 'plain' ? 0 : mode === 'mono' ? 1 : chalkLevel[depth]});
	const tokens = mode === 'color' ? tokensFor(depth, background) : monoTokens;
	const style = (role: Role): Style => (mode === 'plain' ? text => text : painted(chalk, tokens[role]));
	return {
		accent: style('accent'),
		heading: style('heading'),
		strong: style('strong'),
		muted: style('muted'),
		link: style('link'),
		impact: style('impact'),
		selected: style('selected'),
		key: style('key'),
		graph: style('graph'),
		selection: style('selection'),
		// Reversed, whatever the background and with or without colour.
		match: chalk.inverse,
		glyphs: glyphsFor(ascii),
	};
}

/** A paint as a chalk style: attributes outermost, then the colours, as the app has always written them. */
function painted(chalk: ChalkInstance, paint: Paint): Style {
	let styled: ChalkInstance = chalk;
	for (const [on, modifier] of [
		[paint.bold, 'bold'],
		[paint.dim, 'dim'],
		[paint.underline, 'underline'],
		[paint.inverse, 'inverse'],
	] as const) {
		if (on) {
			styled = styled[modifier];
		}
	}

	if (paint.fg) {
		styled = foreground(styled, paint.fg);
	}

	if (paint.bg) {
		styled = backdrop(styled, paint.bg);
	}

	return styled === chalk ? text => text : text => styled(text);
}

function foreground(chalk: ChalkInstance, colour: Colour): ChalkInstance {
	if ('ansi' in colour) {
		const name = ansiNames[colour.ansi % 8]!;
		return colour.ansi < 8 ? chalk[name] : chalk[`${name}Bright`];
	}

	return 'index' in colour ? chalk.ansi256(colour.index) : chalk.hex(colour.hex);
}

function backdrop(chalk: ChalkInstance, colour: Colour): ChalkInstance {
	if ('ansi' in colour) {
		throw new TypeError('a 16-colour background is the terminal’s own: the themes use none');
	}

	return 'index' in colour ? chalk.bgAnsi256(colour.index) : chalk.bgHex(colour.hex);
}
