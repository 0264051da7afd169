import {endsBefore, parseDate} from './dates.js';
import type {JsonResume} from './types.js';

/** One thing wrong with a résumé file, phrased for the person who has to fix it. */
export type Problem = {
	readonly path: string;
	readonly expected: string;
	readonly found: string;
};

type Check = (value: unknown, path: string, problems: Problem[]) => void;

const text: Check = (value, path, problems) => {
	if (typeof value !== 'string') {
		problems.push({path, expected: 'a string', found: describe(value)});
	}
};

const date: Check = (value, path, problems) => {
	if (typeof value !== 'string' || !parseDate(value)) {
		problems.push({path, expected: 'a date like 2021, 2021-10 or 2021-10-04', found: describe(value)});
	}
};

function list(item: Check): Check {
	return (value, path, problems) => {
		if (!Array.isArray(value)) {
			problems.push({path, expected: 'a list', found: describe(value)});
			return;
		}

		for (const [index, element] of value.entries()) {
			item(element, `${path}[${index}]`, problems);
		}
	};
}

/** An object whose listed fields, when present, pass their checks; other fields are allowed, as in the schema. */
function object(fields: Readonly<Record<string, Check>>, required: readonly string[] = []): Check {
	return (value, path, problems) => {
		if (!isRecord(value)) {
			problems.push({path, expected: 'an object', found: describe(value)});
			return;
		}

		for (const [name, check] of Object.entries(fields)) {
			const fieldPath = path ? `${path}.${name}` : name;
			if (value[name] !== undefined) {
				check(value[name], fieldPath, problems);
			} else if (required.includes(name)) {
				problems.push({path: fieldPath, expected: 'a value', found: 'nothing'});
			}
		}
	};
}

const span = {startDate: date, endDate: date};

const resumeShape = object({
	basics: object({
		name: text,
		label: text,
		summary: text,
		location: object({address: text, postalCode: text, city: text, region: text, countryCode: text}),
	}),
	work: list(
		object({
			name: text,
			position: text,
			location: text,
			url: text,
			summary: text,
			...span,
			highlights: list(text),
			highlightLinks: list(object({highlight: text, url: text, label: text, title: text}, ['highlight', 'url'])),
		}),
	),
	education: list(
		object({institution: text, area: text, studyType: text, score: text, location: text, ...span, courses: list(text)}),
	),
	skills: list(object({name: text, level: text, keywords: list(text)})),
	publications: list(object({name: text, publisher: text, releaseDate: date, url: text, summary: text})),
});

/**
Checks a parsed résumé file and lists every problem, not just the first.
Returns the data typed once it has none.
*/
export function validateResume(data: unknown): {valid: true; resume: JsonResume} | {valid: false; problems: Problem[]} {
	const problems: Problem[] = [];
	resumeShape(data, '', problems);
	if (problems.length > 0) {
		return {valid: false, problems};
	}

	// The checks above have just established that the data has this shape.
	// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion
	const resume = data as JsonResume;
	checkConsistency(resume, problems);
	return problems.length > 0 ? {valid: false, problems} : {valid: true, resume};
}

/** What a schema cannot say: dates in order, links that point at a highlight. */
function checkConsistency(resume: JsonResume, problems: Problem[]): void {
	const entries = [
		...(resume.work ?? []).map((entry, index) => ({entry, path: `work[${index}]`})),
		...(resume.education ?? []).map((entry, index) => ({entry, path: `education[${index}]`})),
	];
	for (const {entry, path} of entries) {
		const start = entry.startDate ? parseDate(entry.startDate) : undefined;
		const end = entry.endDate ? parseDate(entry.endDate) : undefined;
		if (start && end && endsBefore(end, start)) {
			problems.push({
				path: `${path}.endDate`,
				expected: `a date on or after the startDate ${entry.startDate}`,
				found: describe(entry.endDate),
			});
		}
	}

	for (const [workIndex, work] of (resume.work ?? []).entries()) {
		for (const [linkIndex, link] of (work.highlightLinks ?? []).entries()) {
			const matches = (work.highlights ?? []).filter(highlight => highlight.includes(link.highlight)).length;
			if (matches !== 1) {
				problems.push({
					path: `work[${workIndex}].highlightLinks[${linkIndex}].highlight`,
					expected: 'words found in exactly one of the highlights of this entry',
					found: `${describe(link.highlight)}, which is in ${matches === 0 ? 'none' : matches} of them`,
				});
			}
		}
	}
}

export function formatProblem(source: string, problem: Problem): string {
	return `${source}: ${problem.path || 'the file'}: expected ${problem.expected}, found ${problem.found}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
	if (value === null) {
		return 'null';
	}

	if (Array.isArray(value)) {
		return `a list of ${value.length}`;
	}

	if (typeof value === 'string') {
		const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
		return JSON.stringify(shown);
	}

	if (typeof value === 'object') {
		return 'an object';
	}

	if (typeof value === 'number' || typeof value === 'boolean') {
		return `${typeof value} ${value}`;
	}

	return typeof value;
}
