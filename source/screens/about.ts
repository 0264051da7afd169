import {compareDates, formatDate, formatDuration, monthsInSpan} from '../resume/dates.js';
import type {Resume} from '../resume/model.js';
import {padEnd, wrap} from '../text/text.js';
import {count, wrapParts} from './format.js';
import {timeline} from './timeline.js';
import type {Screen, ViewContext} from './types.js';

/** The résumé at a glance: who, where, how long, and the career drawn as a timeline. */
export function aboutScreen(resume: Resume): Screen {
	return {kind: 'page', lines: context => aboutLines(resume, context)};
}

function aboutLines(resume: Resume, context: ViewContext): string[] {
	const {theme, width} = context;
	const current = resume.companies.find(company => company.span && !company.span.end);
	const facts = glanceFacts(resume, context);
	const career = timeline(resume.companies, context);
	return [
		...(resume.name ? wrap(theme.heading(resume.name), width) : []),
		...(resume.label ? wrap(theme.accent(resume.label), width) : []),
		...wrapParts([current?.name, resume.location], context, theme.muted),
		...(resume.summary ? ['', ...wrap(resume.summary, width)] : []),
		...(facts.length > 0 ? ['', ...facts] : []),
		...(career.length > 0 ? ['', theme.heading('Career'), ...career] : []),
	].filter((line, index, lines) => line !== '' || (index > 0 && lines[index - 1] !== ''));
}

function glanceFacts(resume: Resume, context: ViewContext): string[] {
	const {theme, width, today} = context;
	const starts = resume.companies.flatMap(company => (company.span ? [company.span.start] : []));
	const [earliest] = starts.toSorted(compareDates);
	const roles = resume.companies.reduce((sum, company) => sum + company.roles.length, 0);
	const [degree] = resume.education;
	const [paper] = resume.publications;
	const facts: Array<[string, Array<string | undefined>]> = [
		[
			'Experience',
			resume.companies.length > 0
				? [
						earliest && formatDuration(monthsInSpan({start: earliest}, today)),
						count(resume.companies.length, 'company', 'companies'),
						count(roles, 'role'),
					]
				: [],
		],
		['Education', degree ? [degree.degree, degree.institution] : []],
		['Published', paper ? [paper.name, paper.date && formatDate(paper.date)] : []],
	];
	const labelWidth = 12;
	const valueContext = {...context, width: width - labelWidth};
	return facts.flatMap(([label, parts]) =>
		wrapParts(parts, valueContext).map(
			(line, index) => (index === 0 ? theme.strong(padEnd(label, labelWidth)) : ' '.repeat(labelWidth)) + line,
		),
	);
}
