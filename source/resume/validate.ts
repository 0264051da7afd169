import {endsBefore, parseDate} from './dates.js';
import {describe} from './describe-value.js';
import type {JsonEducation, JsonResume, JsonWork} from './json-resume.js';
import {textsContaining} from './texts-containing.js';

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

/**
The schema's iso8601 pattern: a year from 1000 to 2999, then optionally a month and a day, checked by digits only.
Like the official validator we accept 2021-19 or 2021-02-30, so that every résumé it accepts is shown; parseDate
rejects such a date and the model leaves it out. A year like 0999 or 3021 the schema rejects, and so do we.
*/
const schemaDate = /^[12]\d{3}(?:-[01]\d(?:-[0-3]\d)?)?$/v;

const date: Check = (value, path, problems) => {
	if (typeof value !== 'string' || !schemaDate.test(value)) {
		problems.push({path, expected: 'a date like 2021, 2021-10 or 2021-10-04', found: describe(value)});
	}
};

/**
"format": "uri" as the official validator (the jsonschema package) checks it: a scheme, a colon, no whitespace.
So "mailto:ada@example.com" is one, and "example.com" (no scheme) is not.
*/
const uriFormat = /^[a-zA-Z][a-zA-Z\d+.\-]*:\S*$/v;

/** "format": "email" as the jsonschema package checks it (its own regular expression, rewritten for the v flag). */
const emailFormat =
	/^(?:[\w!#$%\u0026'*+\-\/=?^`\{\|\}~]+\.)*[\w!#$%\u0026'*+\-\/=?^`\{\|\}~]+@(?:(?:(?:[a-zA-Z\d](?:[a-zA-Z\d\-](?!\.)){0,61}[a-zA-Z\d]?\.)+[a-zA-Z\d](?:[a-zA-Z\d\-](?!$)){0,61}[a-zA-Z\d]?)|(?:\[(?:(?:[01]?\d{1,2}|2[0-4]\d|25[0-5])\.){3}(?:[01]?\d{1,2}|2[0-4]\d|25[0-5])\]))$/v;

/**
A string in a format. One deliberate leniency beyond the official validator: a blank string counts as absent and
spaces around the value are ignored, as everywhere in the app and in --format json, which drops and trims them
(so that a template's "email": "" is not a reason to refuse a résumé, and what we export is always valid).
*/
function formatted(format: RegExp, expected: string): Check {
	return (value, path, problems) => {
		if (typeof value !== 'string') {
			text(value, path, problems);
		} else if (value.trim() !== '' && !format.test(value.trim())) {
			problems.push({path, expected, found: describe(value)});
		}
	};
}

const uri = formatted(uriFormat, 'a URI with a scheme, like https://example.com');
const email = formatted(emailFormat, 'an email address like ada@example.com');

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

const texts = list(text);
const span = {startDate: date, endDate: date};

const workEntry = object({
	name: text,
	position: text,
	location: text,
	description: text,
	url: uri,
	summary: text,
	...span,
	highlights: texts,
	highlightLinks: list(object({highlight: text, url: text, label: text, title: text}, ['highlight', 'url'])),
});

const educationEntry = object({
	institution: text,
	url: uri,
	area: text,
	studyType: text,
	score: text,
	location: text,
	...span,
	courses: texts,
});

/**
Every property of the official schema (@jsonresume/schema 1.3), with its type, date pattern and format. Two more
are ours, beyond the schema (which allows extra fields): work[].highlightLinks, and education[].location, which
the app shows and so must be a string.
*/
const resumeShape = object({
	$schema: uri,
	basics: object({
		name: text,
		label: text,
		image: text,
		email,
		phone: text,
		url: uri,
		summary: text,
		location: object({address: text, postalCode: text, city: text, region: text, countryCode: text}),
		profiles: list(object({network: text, username: text, url: uri})),
	}),
	work: list(workEntry),
	volunteer: list(object({organization: text, position: text, url: uri, summary: text, ...span, highlights: texts})),
	education: list(educationEntry),
	awards: list(object({title: text, date, awarder: text, summary: text})),
	certificates: list(object({name: text, date, url: uri, issuer: text})),
	skills: list(object({name: text, level: text, keywords: texts})),
	publications: list(object({name: text, publisher: text, releaseDate: date, url: uri, summary: text})),
	languages: list(object({language: text, fluency: text})),
	interests: list(object({name: text, keywords: texts})),
	references: list(object({name: text, reference: text})),
	projects: list(
		object({
			name: text,
			description: text,
			highlights: texts,
			keywords: texts,
			...span,
			url: uri,
			roles: texts,
			entity: text,
			type: text,
		}),
	),
	meta: object({canonical: uri, version: text, lastModified: text}),
});

/**
Checks a parsed résumé file against the schema and lists every problem, not just the first.
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
	return {valid: true, resume};
}

/**
What a schema cannot say, and so our checks beyond it: dates in order, links that point at a highlight. These
are warnings, never a reason to refuse a résumé. They look only at entries without a problem of their own: of
an entry with a wrong field they could not say anything sure, and that field is listed already.
*/
export function consistencyProblems(data: unknown): Problem[] {
	const problems: Problem[] = [];
	const work = wellFormed<JsonWork>(data, 'work', workEntry);
	for (const {entry, path} of [...work, ...wellFormed<JsonEducation>(data, 'education', educationEntry)]) {
		const start = entry.startDate ? parseDate(entry.startDate) : undefined;
		const end = entry.endDate ? parseDate(entry.endDate) : undefined;
		// A date the schema allows but the calendar does not (2021-19) parses to nothing and is not compared.
		if (start && end && endsBefore(end, start)) {
			problems.push({
				path: `${path}.endDate`,
				expected: `a date on or after the startDate ${entry.startDate}`,
				found: describe(entry.endDate),
			});
		}
	}

	for (const {entry, path} of work) {
		const links = entry.highlightLinks ?? [];
		// Counted up to two: whether a link's words are in none, one or more than one highlight.
		const containing = textsContaining(
			links.map(link => link.highlight),
			entry.highlights ?? [],
			2,
		);
		for (const [index, link] of links.entries()) {
			const matches = containing[index]!.length;
			if (matches !== 1) {
				problems.push({
					path: `${path}.highlightLinks[${index}].highlight`,
					expected: 'words found in exactly one of the highlights of this entry',
					found: `${describe(link.highlight)}, which is in ${matches === 0 ? 'none' : 'more than one'} of them`,
				});
			}
		}
	}

	return problems;
}

/** The entries of a section that pass `check`, typed, with their paths; none when the section is not a list. */
function wellFormed<Entry extends JsonWork | JsonEducation>(
	data: unknown,
	section: 'work' | 'education',
	check: Check,
): Array<{entry: Entry; path: string}> {
	const entries = isRecord(data) ? data[section] : undefined;
	if (!Array.isArray(entries)) {
		return [];
	}

	return entries.flatMap((entry: unknown, index) => {
		const path = `${section}[${index}]`;
		const problems: Problem[] = [];
		check(entry, path, problems);
		// `check` has just established that the entry has this shape.
		// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion
		return problems.length === 0 ? [{entry: entry as Entry, path}] : [];
	});
}

export function formatProblem(source: string, problem: Problem): string {
	return `${source}: ${problem.path || 'the file'}: expected ${problem.expected}, found ${problem.found}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
