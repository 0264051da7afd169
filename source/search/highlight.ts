import {RecentlyUsed} from '../text/recently-used.js';
import {foldWithOrigins, type FoldedText} from './fold.js';

/** A range of a text, [start, end) in code units. */
export type Range = {readonly start: number; readonly end: number};

/** Where the terms occur in `text`, as ranges of the text as written, in order and merged where they touch. */
export function matchRanges(text: string, terms: readonly string[]): Range[] {
	const folded = foldedOnce(text);
	const ranges: Range[] = [];
	for (const term of terms) {
		for (let at = folded.text.indexOf(term); at !== -1; at = folded.text.indexOf(term, at + 1)) {
			ranges.push({start: folded.starts[at]!, end: folded.ends[at + term.length - 1]!});
		}
	}

	ranges.sort((a, b) => a.start - b.start);
	const merged: Range[] = [];
	for (const range of ranges) {
		const last = merged.at(-1);
		if (last && range.start <= last.end) {
			merged[merged.length - 1] = {start: last.start, end: Math.max(last.end, range.end)};
		} else {
			merged.push(range);
		}
	}

	return merged;
}

/**
The texts folded last: each key of a query highlights the same few texts again, and folding a 1 MB highlight
each time took seconds a key. Bounded, so a session's memory is too.
*/
const recentlyFolded = new RecentlyUsed<string, FoldedText>(16);

function foldedOnce(text: string): FoldedText {
	return recentlyFolded.get(text, () => foldWithOrigins(text));
}

/** `text` with `style` on each of the ranges. */
export function highlightRanges(text: string, ranges: readonly Range[], style: (text: string) => string): string {
	let result = '';
	let at = 0;
	for (const {start, end} of ranges) {
		result += text.slice(at, start) + style(text.slice(start, end));
		at = end;
	}

	return result + text.slice(at);
}
