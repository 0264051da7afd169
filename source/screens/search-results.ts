import {highlightRanges, matchRanges, type Range} from '../search/highlight.js';
import type {Field, IndexEntry} from '../search/index-entries.js';
import type {Found} from '../search/match.js';
import {displayWidth, truncate, wrap} from '../text/text.js';
import {wrapNarrow} from '../text/wrap-narrow.js';
import type {ListItem, Screen, ViewContext} from './types.js';

/** Lines of a text a result shows at most: enough to see the match in its sentence. */
const snippetLines = 2;

/**
What search found, as a list: each result its text with the matched words highlighted and, under it, what it
belongs to (the section, the company and the role). No match, or no query yet, says so.
*/
export function searchResultsScreen(query: string, found: Found): Screen {
	if (found.terms.length === 0) {
		return {
			kind: 'page',
			lines: ({theme, width}) =>
				wrap(theme.muted('Type to search achievements, roles, companies, projects, skills and more.'), width),
		};
	}

	if (found.total === 0) {
		return {
			kind: 'page',
			lines: ({theme, width}) => [
				...wrap(`No match for “${query.trim()}”.`, width),
				...wrap(theme.muted('Every word must match: try fewer or shorter words.'), width),
			],
		};
	}

	return {kind: 'list', marker: 'none', items: found.entries.map(entry => resultItem(entry, found.terms))};
}

function resultItem(entry: IndexEntry, terms: readonly string[]): ListItem {
	const [headline, ...others] = entry.fields;
	return {
		crumb: headline!.text,
		render(context, {selected}) {
			const {theme, width} = context;
			const headlineRanges = matchRanges(headline!.text, terms);
			const style = headline!.title ? (selected ? theme.selected : theme.strong) : (text: string) => text;
			// A term the headline lacks shows where it is: in the first other text that has it.
			const missing = terms.filter(term => matchRanges(headline!.text, [term]).length === 0);
			const other = missing.length > 0 ? others.find(field => hasAny(field, missing)) : undefined;
			return [
				...snippet(headline!.text, headlineRanges, context).map(line => style(line)),
				...(other ? snippet(other.text, matchRanges(other.text, terms), context) : []),
				truncate(theme.muted(entry.context.join(` ${theme.glyphs.crumb} `)), width, theme.glyphs.ellipsis),
			];
		},
	};
}

function hasAny(field: Field, terms: readonly string[]): boolean {
	return terms.some(term => field.folded.includes(term));
}

/**
A text wrapped and highlighted in at most a few lines: from its start when its first match shows there, else
from a few words before that match, behind an ellipsis; cut with an ellipsis when there is more. The text is
wrapped as it is and each line shown highlighted after: wrapping text full of escape codes costs far more.
*/
function snippet(text: string, ranges: readonly Range[], {theme, width}: ViewContext): string[] {
	const {ellipsis} = theme.glyphs;
	const first = ranges[0];
	const start =
		first && displayWidth(text.slice(0, first.end)) > width * (snippetLines - 0.5)
			? wordStart(text, first.start, width)
			: 0;
	const shown = (start > 0 ? ellipsis : '') + text.slice(start);
	// Where `shown` starts in `text`: what turns a range of the one into a range of the other.
	const base = start - (start > 0 ? ellipsis.length : 0);
	// Plain text of one-column characters wraps here line for line as wrap() would, without its cost per character
	// (a keystroke lays out every match shown); anything else goes to wrap().
	const lines = wrapNarrow(shown, Math.max(1, width)) ?? wrap(shown, width);
	let searchFrom = 0;
	return lines.slice(0, snippetLines).map((line, index) => {
		const at = shown.indexOf(line, searchFrom);
		let styled = line;
		if (at !== -1) {
			searchFrom = at + line.length;
			styled = highlightRanges(line, rangesWithin(ranges, base + at, line.length), theme.match);
		}

		return index === snippetLines - 1 && lines.length > snippetLines
			? truncate(styled + ellipsis, width, ellipsis)
			: styled;
	});
}

/** The ranges that fall in the `length` code units from `from`, counted from there. */
function rangesWithin(ranges: readonly Range[], from: number, length: number): Range[] {
	return ranges.flatMap(({start, end}) => {
		const inside = {start: Math.max(0, start - from), end: Math.min(length, end - from)};
		return inside.end > inside.start ? [inside] : [];
	});
}

/** Where to start showing a text so that the match at `index` comes about a third of a line in, at a word. */
function wordStart(text: string, index: number, width: number): number {
	const from = Math.max(0, index - Math.floor(width / 3));
	const space = text.indexOf(' ', from);
	return space !== -1 && space < index ? space + 1 : from;
}
