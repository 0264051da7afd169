import {isLight, type Rgb} from './contrast.js';

/** Whether the terminal's background is light or dark: the theme picks its colours for it. */
export type Background = 'light' | 'dark';

/** What `--theme` asks for: find out, or take it as said. */
export type ThemeChoice = 'auto' | Background;

/** The query for the terminal's background colour (OSC 11), ended by BEL, which every terminal accepts. */
export const backgroundQuery = '\u001B]11;?\u0007';

/**
Primary device attributes (DA1): nearly every terminal answers it, and in order, so its answer coming
first says that the background query will not be answered.
*/
export const attributesQuery = '\u001B[c';

/**
The colour in a terminal's answer to the background query, without its ESC ] and terminator:
"11;rgb:1e1e/1e1e/1e1e" (1 to 4 hex digits a channel; some terminals say rgba with a fourth).
*/
export function parseBackgroundReply(body: string): Rgb | undefined {
	const match = /^11;rgba?:([\da-f]{1,4})\/([\da-f]{1,4})\/([\da-f]{1,4})(?:\/[\da-f]{1,4})?$/iv.exec(body);
	if (!match) {
		return undefined;
	}

	const channel = (digits: string) => Math.round((Number.parseInt(digits, 16) / (16 ** digits.length - 1)) * 255);
	return [channel(match[1]!), channel(match[2]!), channel(match[3]!)];
}

export function backgroundOf(color: Rgb): Background {
	return isLight(color) ? 'light' : 'dark';
}

/**
The background COLORFGBG says ("15;0", "0;default;15": foreground;…;background, as rxvt and Konsole set it):
colours 0–6 and 8 are dark, 7 and 9–15 light; anything else says nothing.
*/
export function backgroundFromColorFgBg(value: string | undefined): Background | undefined {
	const last = value?.split(';').at(-1);
	if (last === undefined || !/^\d{1,2}$/v.test(last)) {
		return undefined;
	}

	const index = Number(last);
	if (index > 15) {
		return undefined;
	}

	return index === 7 || index >= 9 ? 'light' : 'dark';
}

/** Where the background was learnt: the terminal's answer, COLORFGBG, or nowhere (then it is taken to be dark). */
export type Detected = {readonly background: Background; readonly source: 'terminal' | 'COLORFGBG' | 'assumed'};

/** What the environment says of the background: COLORFGBG, else dark, as most terminals are. */
export function assumedBackground(env: Readonly<Record<string, string | undefined>>): Detected {
	const told = backgroundFromColorFgBg(env['COLORFGBG']);
	return told ? {background: told, source: 'COLORFGBG'} : {background: 'dark', source: 'assumed'};
}
