import {stripEscapes} from './escapes.js';

/**
Characters that must never reach a terminal from a résumé: C0 and C1 controls (ESC, BEL, backspace,
carriage return, CSI…), DEL, and the bidirectional overrides and isolates that can make text read
differently from what it is.
*/
// Control characters are what this pattern is for.
// eslint-disable-next-line no-control-regex
const unsafeCharacters = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gv;

/**
Text from a résumé made safe to write to a terminal: escape sequences removed whole (colours, cursor
moves, OSC 8 links, OSC 52 clipboard writes, titles), then every other control character; line breaks
and tabs become spaces. Only this program's own code emits escape sequences.
*/
export function safeText(text: string): string {
	return stripEscapes(text)
		.replaceAll(/[\t\n\r]+/gv, ' ')
		.replaceAll(unsafeCharacters, '');
}

/**
A message made safe to write to a terminal, line by line: the last step before anything this program says
(an error, a problem list, a server's answer) reaches stderr or stdout.
*/
export function safeLines(text: string): string {
	return text
		.split('\n')
		.map(line => safeText(line))
		.join('\n');
}

/**
Text that quotes someone else's (a value found in a file, a file name, a server's reason phrase) with every
unsafe character written as a visible \u escape, so that a message shows what is there without acting on it.
*/
export function visibleText(text: string): string {
	return text.replaceAll(unsafeCharacters, character => escapeCharacter(character));
}

/** A string as JSON writes it, and with the characters JSON leaves raw (C1, DEL, bidi) escaped too. */
export function quotedText(text: string): string {
	return visibleText(JSON.stringify(text));
}

function escapeCharacter(character: string): string {
	return String.raw`\u` + character.codePointAt(0)!.toString(16).padStart(4, '0');
}

/** A URL worth showing and linking: http, https or mailto, and nothing else (no javascript:, file:, data:). */
export function safeUrl(url: string): string | undefined {
	try {
		const {protocol} = new URL(url);
		return ['http:', 'https:', 'mailto:'].includes(protocol) ? safeText(url) : undefined;
	} catch {
		return undefined;
	}
}
