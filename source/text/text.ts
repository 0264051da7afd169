import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import {terminalWidth} from './terminal-width.js';
import {hasCjk, wrapCjk} from './wrap-cjk.js';
import {wrapNarrow} from './wrap-narrow.js';

/** Columns a string takes on screen: escape codes take none, CJK and emoji two, joined emoji as terminals draw them. */
export function displayWidth(text: string): number {
	return terminalWidth(text, stringWidth);
}

/** Text this long is wrapped by wrapNarrow when it can be: the same lines, without wrap-ansi's cost per character. */
const longText = 2000;

/**
The last long texts wrapped, newest last. A list item is rendered twice, selected and not, and both wrap
the same paragraph; comparing a megabyte with a megabyte costs far less than wrapping it again.
*/
const recentlyWrapped: Array<{readonly text: string; readonly columns: number; readonly lines: readonly string[]}> = [];
const wrappedKept = 4;

/**
Word-wraps to `width` columns, breaking words longer than a line. Keeps escape codes intact. Chinese, Japanese
and Korean text breaks where the Unicode line breaking rules allow, spaces or none.
*/
export function wrap(text: string, width: number): string[] {
	const columns = Math.max(1, width);
	if (hasCjk(text)) {
		return wrapCjk(text, columns).map(line => (displayWidth(line) > columns ? truncate(line, columns) : line));
	}

	if (text.length < longText) {
		return wrapWide(text, columns);
	}

	const kept = recentlyWrapped.find(entry => entry.columns === columns && entry.text === text);
	const lines = kept?.lines ?? wrapNarrow(text, columns) ?? wrapWide(text, columns);
	if (!kept) {
		recentlyWrapped.push({text, columns, lines});
		if (recentlyWrapped.length > wrappedKept) {
			recentlyWrapped.shift();
		}
	}

	// A copy: callers may change what they are given.
	return [...lines];
}

/**
The wrap-ansi package, with every line held to `columns`: it measures character by character, so a cluster with
spacing marks (some scripts, musical symbols) can come out wider than string-width counts it; such a
rare line is cut to fit rather than let out of the terminal.
*/
function wrapWide(text: string, columns: number): string[] {
	return wrapAnsi(text, columns, {hard: true, trim: true})
		.split('\n')
		.map(line => (displayWidth(line) > columns ? truncate(line, columns) : line));
}

/** Cuts `text` to `width` columns, ending in `ellipsis` (the theme's, which is "..." in ASCII). */
export function truncate(text: string, width: number, ellipsis = '…'): string {
	if (displayWidth(text) <= width) {
		return text;
	}

	// The cli-truncate package counts the ellipsis as one column, whatever its length, and measures some
	// wide characters (emoji, rare scripts) narrower than string-width does: cut until it truly fits.
	for (let room = width - (displayWidth(ellipsis) - 1); room > 0; room--) {
		const cut = cliTruncate(text, room, {preferTruncationOnSpace: true, truncationCharacter: ellipsis});
		if (displayWidth(cut) <= width) {
			return cut;
		}
	}

	return '';
}

/** Pads with spaces on the right to exactly `width` columns (cutting first, with `ellipsis`, if longer). */
export function padEnd(text: string, width: number, ellipsis = '…'): string {
	const cut = displayWidth(text) > width ? truncate(text, width, ellipsis) : text;
	return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
}

/**
`left` and `right` on one line of `width` columns, `right` flush right, with at least `gap` spaces between;
undefined when they do not fit together.
*/
export function spread(left: string, right: string, width: number, gap = 2): string | undefined {
	const space = width - displayWidth(left) - displayWidth(right);
	return space >= gap ? left + ' '.repeat(space) + right : undefined;
}

/** Wraps `text` beside `prefix`: the first line starts with it, the others are indented to match. */
export function hanging(prefix: string, text: string, width: number): string[] {
	const room = displayWidth(prefix);
	return wrap(text, width - room).map((line, index) => (index === 0 ? prefix : ' '.repeat(room)) + line);
}

/**
Shortens plain text (a URL) to `width` columns by taking out its middle, "https://exam…/page/", so that its
beginning and end still show; text that fits is returned as it is.
*/
export function shortenMiddle(text: string, width: number, ellipsis = '…'): string {
	if (displayWidth(text) <= width) {
		return text;
	}

	const characters = [...text];
	const room = Math.max(0, width - displayWidth(ellipsis));
	let head = '';
	let tail = '';
	let start = 0;
	let end = characters.length;
	// Alternately from each end, the start first, while the next character still fits.
	for (let fromStart = true, used = 0; start < end; fromStart = !fromStart) {
		const next = fromStart ? characters[start]! : characters[end - 1]!;
		const columns = displayWidth(next);
		if (used + columns > room) {
			break;
		}

		used += columns;
		if (fromStart) {
			head += next;
			start++;
		} else {
			tail = next + tail;
			end--;
		}
	}

	return head + ellipsis + tail;
}
