import {quotedText} from '../text/safe-text.js';
import type {ThemeChoice} from '../terminal/background-query.js';
import {colourDepthOf} from '../theme/colour-depth.js';
import type {ColourDepth} from '../theme/tokens.js';

/**
What the command line asks for, decided once at start from the flags, the environment and what stdin
and stdout are. Pure, so that every combination can be tested.
*/
export type Output = 'interactive' | 'text' | 'markdown' | 'json' | 'banner';

export type Options = {
	readonly output: Output;
	/** Columns for the text outputs. */
	readonly width: number;
	/** Colour for the text outputs and the app; without it the app still uses bold and dim. */
	readonly color: boolean;
	readonly ascii: boolean;
	/** The colours the terminal shows, when there is colour. */
	readonly depth: ColourDepth;
	/** `auto` asks the terminal for its background (the app only; printing never asks). */
	readonly theme: ThemeChoice;
	readonly data?: string;
};

export type Flags = {
	readonly data?: string;
	readonly print?: boolean;
	readonly banner?: boolean;
	readonly format?: string;
	readonly width?: string;
	readonly color?: boolean;
	readonly ascii?: boolean;
	readonly theme?: string;
};

export type Surroundings = {
	readonly env: Readonly<Record<string, string | undefined>>;
	readonly stdinIsTerminal: boolean;
	readonly stdoutIsTerminal: boolean;
	/** The terminal's width, when stdout is one. */
	readonly columns?: number;
};

/** A command line that cannot be carried out: a one-line message and a hint, for exit code 2. */
export class UsageError extends Error {
	override name = 'UsageError';
	readonly hint: string;

	constructor(message: string, hint = 'See terminal-resume --help.') {
		super(message);
		this.hint = hint;
	}
}

const formats = ['text', 'markdown', 'json'] as const;
type Format = (typeof formats)[number];
export const widthLimits = {min: 20, max: 1000} as const;

export function resolveOptions(flags: Flags, surroundings: Surroundings): Options {
	const format = checkFlags(flags);
	const width = flags.width === undefined ? undefined : parseWidth(flags.width);
	const {env, stdinIsTerminal, stdoutIsTerminal} = surroundings;
	// A dumb terminal cannot move the cursor, so it gets the text, as a pipe does.
	const canInteract = stdinIsTerminal && stdoutIsTerminal && env['TERM'] !== 'dumb';
	const printed = flags.format !== undefined || flags.print === true || flags.width !== undefined || !canInteract;
	const output: Output = flags.banner === true ? 'banner' : printed ? format : 'interactive';
	return {
		output,
		width: width ?? (stdoutIsTerminal ? surroundings.columns : undefined) ?? 80,
		color: colorWanted(flags.color, surroundings),
		ascii: flags.ascii ?? false,
		depth: depthWanted(surroundings.env),
		theme: themeOf(flags.theme),
		...(flags.data === undefined ? {} : {data: flags.data}),
	};
}

/** Refuses what cannot be carried out; returns the format asked for. */
function checkFlags(flags: Flags): Format {
	const format = flags.format ?? 'text';
	if (!isFormat(format)) {
		throw new UsageError(`--format must be one of ${formats.join(', ')}; got ${quotedText(format)}`);
	}

	if (flags.banner === true && flags.format !== undefined) {
		throw new UsageError('--banner and --format cannot be used together', 'The banner is text; pick one of them.');
	}

	if (flags.data === '') {
		throw new UsageError('--data needs a file', 'For example: terminal-resume --data ./resume.json');
	}

	return format;
}

/**
Colour follows the terminal: `--color`/`--no-color` first, then FORCE_COLOR (any value but 0 or false),
then NO_COLOR (any non-empty value) and TERM=dumb turn it off; otherwise it is on for a terminal only.
*/
function colorWanted(flag: boolean | undefined, {env, stdoutIsTerminal}: Surroundings): boolean {
	if (flag !== undefined) {
		return flag;
	}

	const force = env['FORCE_COLOR'];
	if (force !== undefined) {
		return force !== '0' && force !== 'false';
	}

	if ((env['NO_COLOR'] ?? '') !== '' || env['TERM'] === 'dumb') {
		return false;
	}

	return stdoutIsTerminal;
}

const themes = ['auto', 'light', 'dark'] as const;

function themeOf(text: string | undefined): ThemeChoice {
	const theme = themes.find(known => known === (text ?? 'auto'));
	if (theme === undefined) {
		throw new UsageError(`--theme must be one of ${themes.join(', ')}; got ${quotedText(text ?? '')}`);
	}

	return theme;
}

/** COLORTERM and TERM say what the terminal shows; FORCE_COLOR=2 or 3 asks for 256 colours or truecolor, as chalk reads it. */
function depthWanted(env: Surroundings['env']): ColourDepth {
	const depth = colourDepthOf({term: env['TERM'], colorterm: env['COLORTERM']});
	const forced = env['FORCE_COLOR'];
	if (forced === '3') {
		return 'truecolor';
	}

	return forced === '2' && depth === 'ansi16' ? 'ansi256' : depth;
}

function isFormat(text: string): text is Format {
	return (formats as readonly string[]).includes(text);
}

function parseWidth(text: string): number {
	const width = Number(text);
	if (!/^\d+$/v.test(text.trim()) || width < widthLimits.min || width > widthLimits.max) {
		throw new UsageError(
			`--width must be a whole number of columns from ${widthLimits.min} to ${widthLimits.max}; got ${quotedText(text)}`,
		);
	}

	return width;
}
