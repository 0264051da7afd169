import {describeDate, formatDuration, monthsCovered} from '../resume/dates.js';
import type {Contact, Resume} from '../resume/model.js';
import {displayWidth, padEnd, wrap} from '../text/text.js';
import {count, wrapParts} from './format.js';
import {largest} from './largest.js';
import {glanceHighlight, strongestAchievements} from './glance.js';
import {timeline} from './timeline.js';
import type {Screen, ViewContext} from './types.js';

/**
The résumé at a glance: who, how to reach them, how long, and the career drawn as a timeline; given the rows
of a big screen, the strongest achievements and the skills too, as many as fit in them.
*/
export function aboutScreen(resume: Resume): Screen {
	return {
		kind: 'page',
		lines(context) {
			const lines = dropExtraBlanks([...identityLines(resume, context), '', ...glanceLines(resume, context)]);
			return [...lines, ...fillers(resume, context, (context.height ?? 0) - lines.length)];
		},
	};
}

/**
What fills `room` more rows of About: the skills, when they all fit, and then the strongest achievements,
each whole, as many as fit; nothing when not even one does.
*/
function fillers(resume: Resume, context: ViewContext, room: number): string[] {
	const {theme} = context;
	if (room <= 0) {
		return [];
	}

	// Each group takes a row at least: more than there are rows cannot all fit, however many there are.
	const groups = [...resume.skills, ...(resume.languages.length > 0 ? [languagesGroup(resume)] : [])].slice(0, room);
	// Skills are named by the résumé, often longer than a fact's label: the column is as wide as they need.
	const names = largest(groups.map(group => displayWidth(group.name) + 2));
	const skillLines = labelled(
		groups.map(group => [group.name, group.keywords] as const),
		context,
		Math.max(factLabelWidth, Math.min(names, Math.floor(context.width * 0.4))),
	);
	const heading = resume.skills.length > 0 ? 'Skills' : 'Languages';
	const skills = skillLines.length > 0 ? ['', theme.heading(heading), ...skillLines] : [];
	const shownSkills = skills.length <= room ? skills : [];
	let left = room - shownSkills.length - 2;
	const chosen: string[] = [];
	for (const achievement of strongestAchievements(resume)) {
		const lines = glanceHighlight(achievement, context);
		if (lines.length > left) {
			break;
		}

		chosen.push(...lines);
		left -= lines.length;
	}

	return [...(chosen.length > 0 ? ['', theme.heading('Highlights'), ...chosen] : []), ...shownSkills];
}

/** The languages spoken, as one more group of skills: "Speaks  English · Portuguese (native)". */
function languagesGroup(resume: Resume): {name: string; keywords: string[]} {
	return {
		name: 'Speaks',
		keywords: resume.languages.map(({language, fluency}) => (fluency ? `${language} (${fluency})` : language)),
	};
}

/** About without who it is and how to reach them, for the printed résumé, which starts with those. */
export function aboutPrintedScreen(resume: Resume): Screen {
	return {kind: 'page', lines: context => dropExtraBlanks(glanceLines(resume, context))};
}

/** The name, headline, where, and every way to reach the person: the first thing a reader looks for. */
export function identityLines(resume: Resume, context: ViewContext): string[] {
	const {theme, width} = context;
	const current = resume.companies.find(company => company.span && !company.span.end);
	const contacts = resume.contacts.map(contact => [contact.label, contactParts(contact, context)] as const);
	return dropExtraBlanks([
		...(resume.name ? wrap(theme.heading(resume.name), width) : []),
		...(resume.label ? wrap(theme.accent(resume.label), width) : []),
		...wrapParts([current?.name, resume.location], context, theme.muted),
		'',
		...labelled([...contacts, ...(resume.address ? [['Address', [resume.address]] as const] : [])], context),
	]);
}

/** "ada", "https://github.com/ada": the link styled as one; an e-mail address is its own link. */
function contactParts({text, url}: Contact, {theme}: ViewContext): string[] {
	if (!url || url.startsWith('mailto:') || url === text) {
		return [url ? theme.link(text) : text];
	}

	return [text, theme.link(url)];
}

function glanceLines(resume: Resume, context: ViewContext): string[] {
	const {theme, width, today} = context;
	const spans = resume.companies.flatMap(company => company.stints);
	const roles = resume.companies.reduce((sum, company) => sum + company.roles.length, 0);
	const [degree] = resume.education;
	const [paper] = resume.publications;
	const facts = [
		...fact('Experience', [
			spans.length > 0 ? formatDuration(monthsCovered(spans, today)) : undefined,
			resume.companies.length > 0 ? count(resume.companies.length, 'company', 'companies') : undefined,
			roles > 0 ? count(roles, 'role') : undefined,
		]),
		...fact('Projects', [resume.projects.length > 0 ? count(resume.projects.length, 'project') : undefined]),
		...fact('Education', degree ? [degree.degree, degree.institution] : []),
		...fact('Published', paper ? [paper.name, describeDate(paper)] : []),
	];
	const career = timeline(resume.companies, context);
	return [
		...(resume.summary ? wrap(resume.summary, width) : []),
		'',
		...labelled(facts, context),
		...(career.length > 0 ? ['', theme.heading('Career'), ...career] : []),
	];
}

function fact(label: string, parts: ReadonlyArray<string | undefined>): Array<[string, Array<string | undefined>]> {
	return parts.some(Boolean) ? [[label, [...parts]]] : [];
}

const factLabelWidth = 12;

/**
Facts as a table of two columns, "Experience  14 yrs 5 mos · 4 companies", each value's parts wrapped beside
its label, lines breaking between parts where they can.
*/
function labelled(
	facts: ReadonlyArray<readonly [string, ReadonlyArray<string | undefined>]>,
	context: ViewContext,
	labelWidth = factLabelWidth,
): string[] {
	const {theme, width} = context;
	const valueContext = {...context, width: width - labelWidth};
	const indent = ' '.repeat(labelWidth);
	return facts.flatMap(([label, parts]) => {
		// A value too wide for its column (a long URL, on a narrow screen) goes under its label, so that it is
		// not broken; so does any value of a label too long for its column (a profile's network may be anything).
		if (parts.some(part => part && displayWidth(part) > valueContext.width)) {
			const under = {...context, width: width - 2};
			return [...wrap(theme.strong(label), width), ...wrapParts(parts, under).map(line => `  ${line}`)];
		}

		const lines = wrapParts(parts, valueContext);
		if (displayWidth(label) > labelWidth - 2) {
			return [...wrap(theme.strong(label), width), ...lines.map(line => indent + line)];
		}

		return lines.map((line, index) => (index === 0 ? theme.strong(padEnd(label, labelWidth)) : indent) + line);
	});
}

/** No blank line first or last, and never two in a row. */
function dropExtraBlanks(lines: readonly string[]): string[] {
	const kept = lines.filter((line, index) => line !== '' || (index > 0 && lines[index - 1] !== ''));
	return kept.at(-1) === '' ? kept.slice(0, -1) : kept;
}
