import type {JsonAward, JsonCertificate, JsonProject, JsonReference, JsonVolunteer} from './json-resume.js';
import type {Entry} from './model.js';
import {clean, cleanList, joinPresent, linkOf} from './clean.js';
import {toDated, toOnDate} from './build-dates.js';

type Parts = Partial<Omit<Entry, 'title' | 'details' | 'highlights' | 'keywords'>> & {
	readonly title?: string;
	readonly details?: ReadonlyArray<string | undefined>;
	readonly highlights?: readonly string[];
	readonly keywords?: readonly string[];
};

/** An entry from its parts, cleaned; none when it has nothing to show. */
function entry(parts: Parts, untitled: string): Entry[] {
	const details = (parts.details ?? []).flatMap(detail => clean(detail) ?? []);
	const highlights = cleanList(parts.highlights).map(text => ({text, links: []}));
	const keywords = cleanList(parts.keywords);
	const title = clean(parts.title);
	const {title: _, ...rest} = parts;
	const hasMore =
		details.length > 0 ||
		highlights.length > 0 ||
		keywords.length > 0 ||
		[parts.url, parts.summary, parts.datesAsWritten, parts.dateAsWritten].some(Boolean) ||
		Boolean(parts.span ?? parts.date);
	if (title === undefined && !hasMore) {
		return [];
	}

	// Without a title, the first detail takes its place, so that an entry is never just its section's name.
	const [heading = untitled, ...others] = title === undefined ? details : [title, ...details];
	return [{...rest, title: heading, details: others, highlights, keywords}];
}

export function buildProjects(projects: readonly JsonProject[]): Entry[] {
	return projects.flatMap(project =>
		entry(
			{
				title: project.name,
				details: [project.entity, project.type, joinPresent(project.roles ?? [], ', ')],
				...toDated(project.startDate, project.endDate),
				url: linkOf(project.url),
				summary: clean(project.description),
				highlights: project.highlights,
				keywords: project.keywords,
			},
			'Project',
		),
	);
}

export function buildVolunteer(volunteer: readonly JsonVolunteer[]): Entry[] {
	return volunteer.flatMap(work =>
		entry(
			{
				title: work.organization,
				details: [work.position],
				...toDated(work.startDate, work.endDate),
				url: linkOf(work.url),
				summary: clean(work.summary),
				highlights: work.highlights,
			},
			'Volunteer',
		),
	);
}

export function buildAwards(awards: readonly JsonAward[]): Entry[] {
	return awards.flatMap(award =>
		entry(
			{title: award.title, details: [award.awarder], ...toOnDate(award.date), summary: clean(award.summary)},
			'Award',
		),
	);
}

export function buildCertificates(certificates: readonly JsonCertificate[]): Entry[] {
	return certificates.flatMap(certificate =>
		entry(
			{
				title: certificate.name,
				details: [certificate.issuer],
				...toOnDate(certificate.date),
				url: linkOf(certificate.url),
			},
			'Certificate',
		),
	);
}

export function buildReferences(references: readonly JsonReference[]): Entry[] {
	return references.flatMap(reference =>
		entry({title: reference.name, summary: clean(reference.reference)}, 'Reference'),
	);
}
