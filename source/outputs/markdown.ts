import {compareDates, formatDate, formatDuration, monthsCovered} from '../resume/dates.js';
import type {Contact, Resume} from '../resume/model.js';
import {buildSections} from '../screens/sections.js';
import {
	companyBlocks,
	educationBlocks,
	entryBlocks,
	keywordList,
	publicationBlocks,
	referenceBlocks,
	type Options,
} from './markdown-sections.js';
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

/**
The whole résumé as a Markdown document: the name (or headline) as its title with every way to reach the
person under it, then the sections of the app in its order. Prose is wrapped to `width` columns; headings and
URLs cannot be broken, so a line with one may be wider.
*/
export function markdownOutput(resume: Resume, options: Options): string {
	const sectionBlocks = new Map<string, () => Block[]>([
		['About', () => aboutBlocks(resume, options)],
		['Experience', () => resume.companies.flatMap(company => companyBlocks(company, options))],
		['Projects', () => resume.projects.flatMap(project => entryBlocks(project, options))],
		['Education', () => resume.education.flatMap(entry => educationBlocks(entry, options))],
		['Skills', () => keywordList(resume.skills, options)],
		['Publications', () => resume.publications.flatMap(publication => publicationBlocks(publication, options))],
		['Awards', () => resume.awards.flatMap(award => entryBlocks(award, options))],
		['Certificates', () => resume.certificates.flatMap(certificate => entryBlocks(certificate, options))],
		['Volunteer', () => resume.volunteer.flatMap(entry => entryBlocks(entry, options))],
		[
			'Languages',
			() => [
				list(
					resume.languages.map(({language, fluency}) => (fluency ? labelled(language, fluency) : escape(language))),
					options.width,
				),
			],
		],
		['Interests', () => keywordList(resume.interests, options)],
		['References', () => resume.references.flatMap(reference => referenceBlocks(reference, options))],
	]);
	// The app's sections, so that the two never differ in what they show or in its order.
	const sections = buildSections(resume).map(({title}) => [title, sectionBlocks.get(title)?.() ?? []] as const);
	const blocks = [
		...titleBlocks(resume, options),
		...sections.flatMap(([title, body]) => (body.length > 0 ? [heading(2, title), ...body] : [])),
	];
	return blocks.map(block => block.join('\n')).join('\n\n') + '\n';
}

function titleBlocks(resume: Resume, {width}: Options): Block[] {
	const current = resume.companies.find(company => company.span && !company.span.end);
	// With a name as the title, the headline joins the line under it rather than being lost.
	const details = [resume.name ? resume.label : undefined, current?.name, resume.location];
	const contacts = [
		...resume.contacts.map(contact => labelledLink(contact)),
		...(resume.address ? [labelled('Address', resume.address)] : []),
	];
	return [
		heading(1, resume.name ?? resume.label ?? 'Résumé'),
		...partsParagraph(details, width),
		...(contacts.length > 0 ? [list(contacts, width)] : []),
	];
}

/** "**GitHub:** [ada](https://github.com/ada)", "**E-mail:** [ada@example.com](mailto:ada@example.com)" */
function labelledLink({label, text, url}: Contact): Markdown {
	return url ? `**${escape(label)}:** ${link(text, url)}` : labelled(label, text);
}

function aboutBlocks(resume: Resume, {width, today}: Options): Block[] {
	const spans = resume.companies.flatMap(company => company.stints);
	const [earliest] = spans.map(span => span.start).toSorted(compareDates);
	const roles = resume.companies.reduce((sum, company) => sum + company.roles.length, 0);
	const facts: Array<[string, string | undefined]> = [
		['Experience', earliest && `${formatDuration(monthsCovered(spans, today))}, since ${formatDate(earliest)}`],
		['Companies', resume.companies.length > 0 ? String(resume.companies.length) : undefined],
		['Roles', roles > 0 ? String(roles) : undefined],
		['Projects', resume.projects.length > 0 ? String(resume.projects.length) : undefined],
	];
	const items = facts.flatMap(([label, value]) => (value ? [labelled(label, value)] : []));
	return [
		...(resume.summary ? [paragraph(escape(resume.summary), width)] : []),
		...(items.length > 0 ? [list(items, width)] : []),
	];
}
