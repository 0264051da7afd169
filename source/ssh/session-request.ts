/*
What a client's requests ask of a session, decided as pure functions: how its terminal looks (from the pty
request's TERM and the COLORTERM and LANG it may send), and which printed output a command names.
*/
import {supportsHyperlinks} from '../cli/hyperlink-support.js';
import {widthLimits} from '../cli/options.js';
import type {PrintedFormat} from '../outputs/printed.js';
import {colourDepthOf} from '../theme/colour-depth.js';
import type {ColorMode} from '../theme/theme.js';
import type {ColourDepth} from '../theme/tokens.js';

/** The only environment variables a client may set, and only for its own session. */
export const allowedEnvironment = ['COLORTERM', 'LANG'] as const;

export type ClientTerminal = {
	readonly term?: string;
	readonly colorterm?: string;
	readonly lang?: string;
};

export type Look = {
	/** False for a terminal that cannot move its cursor (TERM=dumb): it gets the text, as a pipe does. */
	readonly interactive: boolean;
	readonly color: Exclude<ColorMode, 'plain'>;
	/** The colours the client's terminal shows (its TERM and COLORTERM). */
	readonly depth: ColourDepth;
	readonly ascii: boolean;
	/** Whether the client's terminal shows OSC 8 hyperlinks, as far as its TERM and COLORTERM tell. */
	readonly hyperlinks: boolean;
};

/** Terminals that show colour, as chalk's supports-color reads TERM; any COLORTERM says so too. */
const colorTerminal =
	/^(?:screen|xterm|vt100|vt220|rxvt|tmux|alacritty|kitty|wezterm|ghostty|foot)|color|ansi|cygwin|linux/iv;
/** Terminals of the 1980s, which have no box drawing or other symbols. */
const asciiTerminal = /^vt(?:52|100|220)/iv;

export function lookOf({term = '', colorterm = '', lang}: ClientTerminal): Look {
	return {
		interactive: term !== 'dumb',
		color: colorterm !== '' || colorTerminal.test(term) ? 'color' : 'mono',
		depth: colourDepthOf({term, colorterm}),
		// A LANG that is sent and names no UTF-8 (C, POSIX, latin1) cannot show "❯" or "é".
		ascii: asciiTerminal.test(term) || (lang !== undefined && !/utf-?8/iv.test(lang)),
		// eslint-disable-next-line @typescript-eslint/naming-convention -- environment variables
		hyperlinks: supportsHyperlinks({TERM: term, COLORTERM: colorterm}, {isTerminal: true}),
	};
}

export type Command = {readonly format: PrintedFormat; readonly width?: number} | {readonly error: string};

const formats: readonly PrintedFormat[] = ['text', 'markdown', 'json', 'banner'];

/** The one line a refused command gets; it does not repeat the command, which is the client's text. */
export const commandHelp = `terminal-resume: no such command; ask for ${formats.join(', ')} (each with --width N), or nothing for the app`;

/** The output that `ssh host <command>` names: `text`, `markdown`, `json` or `banner`, maybe with `--width N`. */
export function parseCommand(command: string): Command {
	const [name, ...rest] = command.trim().split(/\s+/v);
	const format = formats.find(known => known === name);
	if (format === undefined) {
		return {error: commandHelp};
	}

	if (rest.length === 0) {
		return {format};
	}

	// `--width N` or `--width=N`, and nothing else.
	const flag = rest.length === 2 && rest[0] === '--width' ? `--width=${rest[1]}` : rest.length === 1 ? rest[0]! : '';
	const digits = /^--width=(\d+)$/v.exec(flag)?.[1];
	if (digits === undefined) {
		return {error: commandHelp};
	}

	const width = Number(digits);
	if (width < widthLimits.min || width > widthLimits.max) {
		return {error: `terminal-resume: --width must be from ${widthLimits.min} to ${widthLimits.max}`};
	}

	return {format, width};
}
