import {safeText, safeUrl} from '../text/safe-text.js';
import {compareDates, compareEnds, parseDate} from './dates.js';
import {textsContaining} from './texts-containing.js';
import type {JsonResume, JsonWork} from './json-resume.js';
import type {Achievement, Company, Link, PartialDate, Resume, Role, Span} from './model.js';

/** Builds the app's model from a validated JSON Resume. Empty strings and lists count as absent. */
export function buildResume(json: JsonResume): Resume {
	const {basics = {}} = json;
	const location = basics.location ?? {};
	return {
		name: clean(basics.name),
		label: clean(basics.label),
		summary: clean(basics.summary),
		location: joinPresent([location.city, location.region, location.countryCode], ', '),
		companies: groupCompanies((json.work ?? []).map(role => toRole(role))),
		education: (json.education ?? []).flatMap(entry => {
			const institution = clean(entry.institution);
			return institution
				? [
						{
							institution,
							degree: joinPresent([entry.studyType, entry.area], ', '),
							score: clean(entry.score),
							location: clean(entry.location),
							span: toSpan(entry.startDate, entry.endDate),
							courses: cleanList(entry.courses),
						},
					]
				: [];
		}),
		skills: (json.skills ?? []).flatMap(skill => {
			const name = clean(skill.name);
			const keywords = cleanList(skill.keywords);
			return name !== undefined || keywords.length > 0
				? [{name: name ?? 'Skills', level: clean(skill.level), keywords}]
				: [];
		}),
		publications: (json.publications ?? []).flatMap(publication => {
			const name = clean(publication.name);
			return name
				? [
						{
							name,
							publisher: clean(publication.publisher),
							date: publication.releaseDate ? parseDate(publication.releaseDate) : undefined,
							url: publication.url === undefined ? undefined : safeUrl(publication.url),
							summary: clean(publication.summary),
						},
					]
				: [];
		}),
	};
}

type NamedRole = Role & {readonly employer: string};

/** Consecutive entries with the same employer become one company; a later return is a company of its own. */
export function groupCompanies(roles: readonly NamedRole[]): Company[] {
	const groups: NamedRole[][] = [];
	for (const role of roles) {
		const last = groups.at(-1);
		if (last && sameEmployer(last[0]!.employer, role.employer)) {
			last.push(role);
		} else {
			groups.push([role]);
		}
	}

	return groups.map(group => ({
		name: group[0]!.employer,
		location: group.find(role => role.location)?.location,
		span: spanOfAll(group),
		roles: group.map(({employer: _, ...role}) => role),
	}));
}

function toRole(work: JsonWork): NamedRole {
	const highlights = work.highlights ?? [];
	const links = linksOf(highlights, work);
	const summary = clean(work.summary);
	const achievements: Achievement[] = highlights.flatMap((highlight, index) => {
		const text = clean(highlight);
		return text ? [{text, links: links[index]!}] : [];
	});
	return {
		employer: clean(work.name) ?? clean(work.position) ?? 'Work',
		title: clean(work.position) ?? clean(work.name) ?? 'Role',
		location: clean(work.location),
		span: toSpan(work.startDate, work.endDate),
		// With no highlights, the summary is what there is to read about the role.
		...(achievements.length === 0 && summary ? {achievements: [{text: summary, links: []}]} : {achievements, summary}),
	};
}

/** The links of each highlight: each link goes with the highlight its words are in (validation made it one). */
function linksOf(highlights: readonly string[], work: JsonWork): Link[][] {
	const links = work.highlightLinks ?? [];
	const homes = textsContaining(
		links.map(link => link.highlight),
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

function toSpan(startDate?: string, endDate?: string): Span | undefined {
	const start = startDate ? parseDate(startDate) : undefined;
	if (!start) {
		return undefined;
	}

	// An end date that is not a real date (2021-19) leaves the span unknown, rather than "present".
	const end = endDate ? parseDate(endDate) : undefined;
	if (endDate && !end) {
		return undefined;
	}

	return end ? {start, end} : {start};
}

/** From the earliest start to the latest end; present if any role is. */
function spanOfAll(roles: readonly Role[]): Span | undefined {
	const spans = roles.flatMap(role => (role.span ? [role.span] : []));
	if (spans.length === 0) {
		return undefined;
	}

	const start = spans.map(span => span.start).toSorted(compareDates)[0]!;
	const ends: Array<PartialDate | undefined> = spans.map(span => span.end).toSorted(compareEnds);
	const end = ends.at(-1);
	return end ? {start, end} : {start};
}

function sameEmployer(a: string, b: string): boolean {
	return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** A string made safe for the terminal and trimmed; an empty or blank one says nothing, so it is absent. */
function clean(value: string | undefined): string | undefined {
	const trimmed = value === undefined ? '' : safeText(value).trim();
	return trimmed === '' ? undefined : trimmed;
}

function cleanList(values: readonly string[] | undefined): string[] {
	return (values ?? []).flatMap(value => clean(value) ?? []);
}

function joinPresent(values: ReadonlyArray<string | undefined>, separator: string): string | undefined {
	return clean(values.flatMap(value => clean(value) ?? []).join(separator));
}
