import {safeText, safeUrl} from '../text/safe-text.js';
import {compareDates, compareEnds, monthRange} from './dates.js';
import type {JsonWork} from './json-resume.js';
import type {Achievement, Company, Link, PartialDate, Role, Span} from './model.js';
import {clean, cleanList, linkOf} from './clean.js';
import {toDated} from './build-dates.js';
import {textsContaining} from './texts-containing.js';

type NamedRole = Role & {
	readonly employer: string;
	readonly description?: string;
	readonly url?: string;
};

/** The work section as companies: consecutive entries with the same employer are one company. */
export function buildCompanies(work: readonly JsonWork[]): Company[] {
	return groupCompanies(work.map(entry => toRole(entry)));
}

/** Consecutive entries with the same employer become one company; a later return is a company of its own. */
function groupCompanies(roles: readonly NamedRole[]): Company[] {
	const groups: NamedRole[][] = [];
	for (const role of roles) {
		const last = groups.at(-1);
		if (last && sameEmployer(last[0]!.employer, role.employer)) {
			last.push(role);
		} else {
			groups.push([role]);
		}
	}

	return groups.map(group => {
		const spans = group.flatMap(role => (role.span ? [role.span] : []));
		return {
			name: group[0]!.employer,
			// Each entry may describe its employer: every different thing said is kept.
			descriptions: distinct(group.map(role => role.description)),
			urls: distinct(group.map(role => role.url)),
			location: group.find(role => role.location)?.location,
			span: spanOfAll(spans),
			stints: stintsOf(spans),
			roles: group.map(({employer: _, description: _d, url: _u, ...role}) => role),
		};
	});
}

function toRole(work: JsonWork): NamedRole {
	const highlights = cleanList(work.highlights);
	const summary = clean(work.summary);
	const links = linksOf(highlights, work);
	const achievements: Achievement[] = highlights.map((text, index) => ({text, links: links[index]!}));
	return {
		employer: clean(work.name) ?? clean(work.position) ?? 'Work',
		description: clean(work.description),
		url: linkOf(work.url),
		title: clean(work.position) ?? clean(work.name) ?? 'Role',
		location: clean(work.location),
		...toDated(work.startDate, work.endDate),
		// With no highlights, the summary is what there is to read about the role.
		...(achievements.length === 0 && summary ? {achievements: [{text: summary, links: []}]} : {achievements, summary}),
	};
}

/**
The links of each highlight: a link goes with the first highlight its words are in (validate warns when
that is not exactly one), found in one pass over the highlights rather than each link asking each of them.
*/
function linksOf(highlights: readonly string[], work: JsonWork): Link[][] {
	const links = work.highlightLinks ?? [];
	const homes = textsContaining(
		links.map(link => safeText(link.highlight)),
		highlights,
		1,
	);
	const byHighlight = highlights.map((): Link[] => []);
	for (const [index, link] of links.entries()) {
		const url = safeUrl(link.url);
		const home = homes[index]![0];
		if (url && home !== undefined) {
			byHighlight[home]!.push({url, label: clean(link.label) ?? 'link', title: clean(link.title)});
		}
	}

	return byHighlight;
}

/** From the earliest start to the latest end; present if any role is. */
function spanOfAll(spans: readonly Span[]): Span | undefined {
	if (spans.length === 0) {
		return undefined;
	}

	const start = spans.map(span => span.start).toSorted(compareDates)[0]!;
	const ends: Array<PartialDate | undefined> = spans.map(span => span.end).toSorted(compareEnds);
	const end = ends.at(-1);
	return end ? {start, end} : {start};
}

/**
The spans merged where they overlap or follow on (the next starts in the month after the last ends, or
before): what is left apart are separate stints, with at least a whole month between them.
*/
function stintsOf(spans: readonly Span[]): Span[] {
	// Only the order of months matters here; "present" is later than any month.
	const never = {year: 9999, month: 12};
	const stints: Span[] = [];
	for (const span of spans.toSorted((a, b) => compareDates(a.start, b.start))) {
		const last = stints.at(-1);
		if (last && monthRange(span, never)[0] <= monthRange(last, never)[1] + 1) {
			const end = compareEnds(last.end, span.end) >= 0 ? last.end : span.end;
			stints[stints.length - 1] = end ? {start: last.start, end} : {start: last.start};
		} else {
			stints.push(span);
		}
	}

	return stints;
}

function distinct(values: ReadonlyArray<string | undefined>): string[] {
	return [...new Set(values.filter(value => value !== undefined))];
}

function sameEmployer(a: string, b: string): boolean {
	return employerKey(a) === employerKey(b);
}

/** What makes two entries the same employer: the name, whatever its case. */
export function employerKey(name: string): string {
	return name.trim().toLowerCase();
}
