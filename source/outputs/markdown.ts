import {compareDates, formatDate, formatDuration, monthsCovered} from '../resume/dates.js';
import type {Contact, Resume} from '../resume/model.js';
import {sectionTitles} from '../screens/sections.js';
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
	return [...markdownChunks(resume, options)].join('');
}

/**
The same document in pieces that end where a block does: the title, then each section's entries one at a
time, so that a résumé of 150,000 entries is written as it is made rather than held whole.
*/
export function* markdownChunks(resume: Resume, options: Options): Generator<string> {
	const each = <T>(items: readonly T[], blocksOf: (item: T, options: Options) => Block[]) =>
		lazily(items, item => blocksOf(item, options));
	const sectionBlocks = new Map<string, () => Iterable<Block[]>>([
		['About', () => [aboutBlocks(resume, options)]],
		['Experience', () => each(resume.companies, companyBlocks)],
		['Projects', () => each(resume.projects, entryBlocks)],
		['Education', () => each(resume.education, educationBlocks)],
		['Skills', () => [keywordList(resume.skills, options)]],
		['Publications', () => each(resume.publications, publicationBlocks)],
		['Awards', () => each(resume.awards, entryBlocks)],
		['Certificates', () => each(resume.certificates, entryBlocks)],
		['Volunteer', () => each(resume.volunteer, entryBlocks)],
		[
			'Languages',
			() => [
				[
					list(
						resume.languages.map(({language, fluency}) => (fluency ? labelled(language, fluency) : escape(language))),
						options.width,
					),
				],
			],
		],
		['Interests', () => [keywordList(resume.interests, options)]],
		['References', () => each(resume.references, referenceBlocks)],
	]);
	// Blocks are kept apart by a blank line, wherever the chunks between them end.
	yield joinBlocks(titleBlocks(resume, options));
	// The app's sections, so that the two never differ in what they show or in its order.
	for (const title of sectionTitles(resume)) {
		let headed = false;
		for (const blocks of sectionBlocks.get(title)?.() ?? []) {
			if (blocks.length > 0) {
				yield '\n\n' + joinBlocks(headed ? blocks : [heading(2, title), ...blocks]);
				headed = true;
			}
		}
	}

	yield '\n';
}

function joinBlocks(blocks: readonly Block[]): string {
	return blocks.map(block => block.join('\n')).join('\n\n');
}

/** `make` of each item, made only when the next is asked for. */
function* lazily<T, U>(items: readonly T[], make: (item: T) => U): Generator<U> {
	for (const item of items) {
		yield make(item);
	}
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
