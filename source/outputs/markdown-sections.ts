import {describeDate, describeDated, describeStints, describeWhen} from '../resume/dates.js';
import type {
	Achievement,
	Company,
	Education,
	Entry,
	PartialDate,
	Publication,
	Role,
	SkillGroup,
} from '../resume/model.js';
import {
	escape,
	heading,
	labelled,
	link,
	list,
	paragraph,
	partsParagraph,
	type Block,
	type Markdown,
} from './markdown-text.js';

export type Options = {readonly width: number; readonly today: PartialDate};

export function companyBlocks(company: Company, options: Options): Block[] {
	const {width, today} = options;
	const stints = describeStints(company.stints, today).join(' ');
	return [
		heading(3, company.name),
		...partsParagraph([company.location, stints || undefined], width),
		...partsParagraph(company.descriptions, width),
		...company.urls.map(url => paragraph(link(url, url), width)),
		...company.roles.flatMap(role => roleBlocks(role, company, options)),
	];
}

/** Every role gets a heading of its own, one-role companies too, so that the outline is the same everywhere. */
function roleBlocks(role: Role, company: Company, {width, today}: Options): Block[] {
	const location = role.location === company.location ? undefined : role.location;
	const achievements = role.achievements.map(achievement => achievementText(achievement));
	return [
		heading(4, role.title),
		...partsParagraph([describeDated(role, today), location], width),
		...(role.summary ? [paragraph(escape(role.summary), width)] : []),
		...(achievements.length > 0 ? [list(achievements, width)] : []),
	];
}

/** "Led … Mutual TLS … ([blog post: Introducing mutual TLS …](https://…))": the links follow the text. */
function achievementText({text, links}: Achievement): Markdown {
	const linked = links.map(item => link(item.title ? `${item.label}: ${item.title}` : item.label, item.url));
	return linked.length > 0 ? `${escape(text)} (${linked.join('; ')})` : escape(text);
}

/** Projects, volunteering, awards and certificates: each a heading, what it was, when, and its highlights. */
export function entryBlocks(entry: Entry, {width, today}: Options): Block[] {
	const highlights = entry.highlights.map(highlight => achievementText(highlight));
	return [
		heading(3, entry.title),
		...partsParagraph([...entry.details, describeDated(entry, today) ?? describeDate(entry)], width),
		...(entry.summary ? [paragraph(escape(entry.summary), width)] : []),
		...(entry.keywords.length > 0 ? [paragraph(labelled('Keywords', entry.keywords.join(', ')), width)] : []),
		...(entry.url ? [paragraph(link(entry.url, entry.url), width)] : []),
		...(highlights.length > 0 ? [list(highlights, width)] : []),
	];
}

export function educationBlocks(entry: Education, {width}: Options): Block[] {
	return [
		heading(3, entry.institution),
		...partsParagraph([entry.degree, describeWhen(entry)], width),
		...partsParagraph([entry.score && `Score: ${entry.score}`, entry.location], width),
		...(entry.courses.length > 0 ? [paragraph(labelled('Courses', entry.courses.join(', ')), width)] : []),
		...(entry.url ? [paragraph(link(entry.url, entry.url), width)] : []),
	];
}

/** "**Tools and Technologies (Expert):** Java, Perl, Python", like the facts in About; interests too. */
export function keywordList(groups: readonly SkillGroup[], {width}: Options): Block[] {
	const items = groups.map(group => {
		const name = group.level ? `${group.name} (${group.level})` : group.name;
		return group.keywords.length > 0 ? labelled(name, group.keywords.join(', ')) : `**${escape(name)}**`;
	});
	return [list(items, width)];
}

export function publicationBlocks(publication: Publication, {width}: Options): Block[] {
	const {url} = publication;
	return [
		heading(3, publication.name),
		...partsParagraph([publication.publisher, describeDate(publication)], width),
		...(publication.summary ? [paragraph(escape(publication.summary), width)] : []),
		...(url ? [paragraph(link(url, url), width)] : []),
	];
}

/** A reference as a quotation, then who gave it. */
export function referenceBlocks(reference: Entry, {width}: Options): Block[] {
	const quote = reference.summary
		? paragraph(escape(`“${reference.summary}”`), width - 2).map(line => `> ${line}`)
		: [];
	return [...(quote.length > 0 ? [quote] : []), paragraph(escape(`— ${reference.title}`), width)];
}
