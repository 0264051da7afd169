import {highlightRanges, matchRanges, type Range} from '../search/highlight.js';
import type {Field, IndexEntry} from '../search/index-entries.js';
import type {Found} from '../search/match.js';
import {displayWidth, truncate, wrap} from '../text/text.js';
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
A text highlighted and wrapped in at most a few lines: from its start when its first match shows there,
else from a few words before that match, behind an ellipsis; cut with an ellipsis when there is more.
*/
function snippet(text: string, ranges: readonly Range[], {theme, width}: ViewContext): string[] {
	const {ellipsis} = theme.glyphs;
	const first = ranges[0];
	const start =
		first && displayWidth(text.slice(0, first.end)) > width * (snippetLines - 0.5)
			? wordStart(text, first.start, width)
			: 0;
	const lead = start > 0 ? ellipsis : '';
	const shifted = ranges.map(range => ({
		start: range.start - start + lead.length,
		end: range.end - start + lead.length,
	}));
	const lines = wrap(highlightRanges(lead + text.slice(start), shifted, theme.match), width);
	if (lines.length <= snippetLines) {
		return lines;
	}

	const shown = lines.slice(0, snippetLines);
	shown[snippetLines - 1] = truncate(shown[snippetLines - 1]! + ellipsis, width, ellipsis);
	return shown;
}

/** Where to start showing a text so that the match at `index` comes about a third of a line in, at a word. */
function wordStart(text: string, index: number, width: number): number {
	const from = Math.max(0, index - Math.floor(width / 3));
	const space = text.indexOf(' ', from);
	return space !== -1 && space < index ? space + 1 : from;
}
