import {describeDate, describeWhen} from '../resume/dates.js';
import type {Entry} from '../resume/model.js';
import {wrap} from '../text/text.js';
import {count, spanWithTenure, titleWithNote, wrapParts} from './format.js';
import {highlightItem} from './highlights.js';
import {linkLines} from './links.js';
import type {ListItem, Screen, ViewContext} from './types.js';

/**
How a section's entries show their dates: with the time they took (projects, volunteering), or without (an
education, which is a degree rather than a tenure).
*/
type Options = {readonly tenure: boolean};

/**
Projects, volunteering, awards and certificates: each entry its title and dates, what it was for or with,
its description and link; an entry with highlights opens onto them, as a role does.
*/
export function entriesScreen(entries: readonly Entry[], options: Options): Screen {
	return {kind: 'list', marker: 'none', items: entries.map(entry => entryItem(entry, options))};
}

function entryItem(entry: Entry, options: Options): ListItem {
	const opens = entry.highlights.length > 0;
	return {
		crumb: entry.title,
		search: {title: entry.title, text: [...entry.details, entry.summary, entry.keywords.join(', ')]},
		render(context, {selected, expanded}) {
			const {theme} = context;
			const title = selected ? theme.selected(entry.title) : theme.strong(entry.title);
			// In the list, an entry that opens keeps to its name; what it is about shows once it is open.
			const inFull = !opens || expanded;
			return [
				...titleWithNote(title, datesOf(entry, context, options), context),
				...wrapParts(entry.details, context, theme.muted),
				...(inFull
					? about(entry, context)
					: wrapParts([count(entry.highlights.length, 'highlight')], context, theme.muted)),
			];
		},
		children: opens ? highlightsScreen(entry, options) : undefined,
		links: entry.url ? [{url: entry.url}] : [],
	};
}

function highlightsScreen(entry: Entry, options: Options): Screen {
	return {
		kind: 'list',
		marker: 'bullet',
		header(context) {
			const {theme, width} = context;
			const dates = datesOf(entry, context, options);
			return [
				...wrap(theme.heading(entry.title), width),
				...wrapParts(entry.details, context, theme.muted),
				...(dates ? wrap(theme.muted(dates), width) : []),
				...withGap(about(entry, context)),
			];
		},
		items: entry.highlights.map(highlight => highlightItem(highlight)),
	};
}

/** The summary, the keywords and the link. */
function about(entry: Entry, context: ViewContext): string[] {
	const {theme, width} = context;
	return [
		...(entry.summary ? wrap(entry.summary, width) : []),
		...wrapParts(entry.keywords, context, theme.muted),
		...(entry.url ? linkLines({url: entry.url}, context) : []),
	];
}

function withGap(lines: string[]): string[] {
	return lines.length > 0 ? ['', ...lines] : lines;
}

function datesOf(entry: Entry, context: ViewContext, {tenure}: Options): string | undefined {
	return (tenure ? spanWithTenure(entry, context) : describeWhen(entry, context.theme.glyphs)) ?? describeDate(entry);
}
