import {compareDates, formatDate, formatDuration, formatSpan, monthsInSpan} from '../resume/dates.js';
import type {
	Achievement,
	Company,
	Education,
	Link,
	PartialDate,
	Publication,
	Resume,
	Role,
	Span,
} from '../resume/model.js';
import {displayWidth} from '../text/text.js';
import {safeText} from '../text/safe-text.js';

type Options = {readonly width: number; readonly today: PartialDate};

/** Lines that Markdown reads as one block: a heading, a paragraph or a list. Blocks are kept apart by a blank line. */
type Block = readonly string[];

/**
Markdown text: résumé text goes through `escape` first, so that only the markup added here means anything.
Wrapped into lines by `paragraph` and `list`, which break only at spaces.
*/
type Markdown = string;

const separator = ' · ';

/**
The whole résumé as a Markdown document: the name (or headline) as its title, then the sections in the app's
order, each left out when it has nothing in it. Prose is wrapped to `width` columns; headings and URLs cannot
be broken, so a line with one may be wider.
*/
export function markdownOutput(resume: Resume, options: Options): string {
	const sections: Array<[string, Block[]]> = [
		['About', aboutBlocks(resume, options)],
		['Experience', resume.companies.flatMap(company => companyBlocks(company, options))],
		['Education', resume.education.flatMap(entry => educationBlocks(entry, options))],
		['Skills', resume.skills.length > 0 ? [skillList(resume, options)] : []],
		['Publications', resume.publications.flatMap(publication => publicationBlocks(publication, options))],
	];
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
	return [heading(1, resume.name ?? resume.label ?? 'Résumé'), ...partsParagraph(details, width)];
}

function aboutBlocks(resume: Resume, {width, today}: Options): Block[] {
	const starts = resume.companies.flatMap(company => (company.span ? [company.span.start] : []));
	const [earliest] = starts.toSorted(compareDates);
	const roles = resume.companies.reduce((sum, company) => sum + company.roles.length, 0);
	const facts: Array<[string, string | undefined]> = [
		[
			'Experience',
			earliest && `${formatDuration(monthsInSpan({start: earliest}, today))}, since ${formatDate(earliest)}`,
		],
		['Companies', resume.companies.length > 0 ? String(resume.companies.length) : undefined],
		['Roles', roles > 0 ? String(roles) : undefined],
	];
	const items = facts.flatMap(([label, value]) => (value ? [labelled(label, value)] : []));
	return [
		...(resume.summary ? [paragraph(escape(resume.summary), width)] : []),
		...(items.length > 0 ? [list(items, width)] : []),
	];
}

function companyBlocks(company: Company, options: Options): Block[] {
	const span = company.span && spanWithTenure(company.span, options.today);
	return [
		heading(3, company.name),
		...partsParagraph([company.location, span], options.width),
		...company.roles.flatMap(role => roleBlocks(role, company, options)),
	];
}

/** Every role gets a heading of its own, one-role companies too, so that the outline is the same everywhere. */
function roleBlocks(role: Role, company: Company, {width, today}: Options): Block[] {
	const location = role.location === company.location ? undefined : role.location;
	const achievements = role.achievements.map(achievement => achievementText(achievement));
	return [
		heading(4, role.title),
		...partsParagraph([role.span && spanWithTenure(role.span, today), location], width),
		...(role.summary ? [paragraph(escape(role.summary), width)] : []),
		...(achievements.length > 0 ? [list(achievements, width)] : []),
	];
}

/** "Led … Mutual TLS … ([blog post: Introducing mutual TLS …](https://…))": the links follow the text. */
function achievementText(achievement: Achievement): Markdown {
	const {text, links} = achievement;
	return links.length > 0 ? `${escape(text)} (${links.map(link => linkText(link)).join('; ')})` : escape(text);
}

function linkText(link: Link): Markdown {
	const words = link.title ? `${link.label}: ${link.title}` : link.label;
	return `[${escape(words)}](${destination(link.url)})`;
}

function educationBlocks(entry: Education, {width}: Options): Block[] {
	return [
		heading(3, entry.institution),
		...partsParagraph([entry.degree, entry.span && formatSpan(entry.span)], width),
		...partsParagraph([entry.score, entry.location], width),
		...(entry.courses.length > 0 ? [paragraph(labelled('Courses', entry.courses.join(', ')), width)] : []),
	];
}

/** "**Tools and Technologies:** Java, Perl, Python", like the facts in About. */
function skillList(resume: Resume, {width}: Options): Block {
	return list(
		resume.skills.map(group => {
			const name = group.level ? `${group.name} (${group.level})` : group.name;
			return group.keywords.length > 0 ? labelled(name, group.keywords.join(', ')) : `**${escape(name)}**`;
		}),
		width,
	);
}

function publicationBlocks(publication: Publication, {width}: Options): Block[] {
	const {url} = publication;
	return [
		heading(3, publication.name),
		...partsParagraph([publication.publisher, publication.date && formatDate(publication.date)], width),
		...(publication.summary ? [paragraph(escape(publication.summary), width)] : []),
		...(url ? [paragraph(isAutolink(url) ? `<${url}>` : `[${escape(url)}](${destination(url)})`, width)] : []),
	];
}

/** "**Experience:** 14 yrs 5 mos" */
function labelled(label: string, value: string): Markdown {
	return `**${escape(label)}:** ${escape(value)}`;
}

/** "Apr 2019 – Sep 2021 · 2 yrs 6 mos" */
function spanWithTenure(span: Span, today: PartialDate): string {
	return `${formatSpan(span)}${separator}${formatDuration(monthsInSpan(span, today))}`;
}

/** An ATX heading stays on one line whatever the width: Markdown has no way to continue it. */
function heading(depth: number, text: string): Block {
	// A run of "#" at the end would be read as the heading's closing sequence and dropped.
	return [`${'#'.repeat(depth)} ${escape(text).replace(/#+$/v, String.raw`\$&`)}`];
}

function paragraph(text: Markdown, width: number): Block {
	return wrap(words(text), width);
}

/** A tight bullet list; an item's later lines are indented under its text, so that they stay in the item. */
function list(items: readonly Markdown[], width: number): Block {
	return items.flatMap(item => wrap(words(item), width - 2).map((line, index) => (index === 0 ? '- ' : '  ') + line));
}

/**
The parts that are present, "Seattle, US · Oct 2021 – present · 5 yrs 2 mos", as a paragraph that breaks
between parts where they fit, and inside a part only where one is wider than a line.
*/
function partsParagraph(parts: ReadonlyArray<string | undefined>, width: number): Block[] {
	const present = parts.filter((part): part is string => part !== undefined && part !== '').map(part => escape(part));
	const units = present.flatMap((part, index) => {
		const unit = index < present.length - 1 ? `${part}${separator.trimEnd()}` : part;
		return displayWidth(unit) <= width ? [unit] : words(unit);
	});
	return units.length > 0 ? [wrap(units, width)] : [];
}

function words(text: Markdown): string[] {
	return text.split(/[ \t\r\n]+/v).filter(word => word !== '');
}

/**
Fills lines greedily with `units` (words, or parts kept whole), breaking only between them: so a URL, which
has no spaces, is never broken, and a unit wider than the width gets a line of its own.
*/
function wrap(units: readonly string[], width: number): string[] {
	const lines: string[] = [];
	for (const unit of units) {
		const last = lines.at(-1);
		if (last !== undefined && displayWidth(last) + 1 + displayWidth(unit) <= width) {
			lines[lines.length - 1] = `${last} ${unit}`;
		} else {
			lines.push(escapeLineStart(unit));
		}
	}

	return lines;
}

/**
Backslash-escapes what Markdown would read as markup anywhere in a line: emphasis, code, links, HTML,
tables, strikethrough, entities, and dollar signs (which GitHub reads as maths between two of them).
What only matters at the start of a line is left to `escapeLineStart`, since wrapping decides where lines start.
Control characters and escape codes go as everywhere else (safeText, which the model has applied already);
line breaks become spaces and runs of spaces one.
*/
function escape(text: string): Markdown {
	return safeText(text)
		.replaceAll(/[\\`*_\[\]<\|~$]/gv, String.raw`\$&`)
		.replaceAll(entity, String.raw`\&`)
		.replaceAll(/ {2,}/gv, ' ');
}

/** An "&" that would start a character reference such as "&amp;" or "&#36;". */
const entity = /&(?=#?\w+;)/gv;

/**
A line of text must not open a block: a heading ("# "), a blockquote ("> 24 trillion"), a list ("+ ", "- ",
"2025." or "1)"), a rule or a setext underline ("---", "===").
*/
function escapeLineStart(text: Markdown): Markdown {
	return text.replace(/^[#>+=\-]/v, String.raw`\$&`).replace(/^(\d{1,9})([.\)])(?= |$)/v, String.raw`$1\$2`);
}

/** A link destination that stays one word and cannot end the link early. */
function destination(url: string): string {
	return url
		.replaceAll(/[\s<>\p{Cc}]/gv, character => encodeURIComponent(character))
		.replaceAll(/[\(\)\\]/gv, String.raw`\$&`)
		.replaceAll(entity, String.raw`\&`);
}

/** Whether `<url>` is a CommonMark autolink: a scheme, then no spaces, controls or angle brackets. */
function isAutolink(url: string): boolean {
	return /^[a-z][a-z\d+.\-]{1,31}:[^\s<>\p{Cc}]*$/iv.test(url);
}
