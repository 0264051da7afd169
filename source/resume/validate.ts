import {endsBefore, parseDate} from './dates.js';
import {validate as validateSchema} from './generated/schema-validator.js';
import type {JsonEducation, JsonResume, JsonWork} from './json-resume.js';
import {describe, isRecord, schemaProblems, type Problem} from './schema-problems.js';

export type {Problem} from './schema-problems.js';

/**
Checks a parsed résumé file against the JSON Resume schema (the validator generated from it, with our
extensions: source/resume/schema-extensions.ts) and against what a schema cannot say, and lists every
problem, not just the first. Returns the data typed once it has none.
*/
export function validateResume(data: unknown): {valid: true; resume: JsonResume} | {valid: false; problems: Problem[]} {
	const problems = validateSchema(data) ? [] : schemaProblems(validateSchema.errors ?? [], data);
	problems.push(...consistencyProblems(data, problems));
	if (problems.length > 0) {
		return {valid: false, problems};
	}

	// The checks above have just established that the data has this shape.
	// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion
	const resume = data as JsonResume;
	return {valid: true, resume};
}

/**
What a schema cannot say: dates in order, links that point at a highlight. It runs even when the file has
problems elsewhere, so that one run lists them all, but only on entries without a problem of their own: of an
entry with a wrong field it could not say anything sure, and that field is listed already.
*/
function consistencyProblems(data: unknown, schemaFound: readonly Problem[]): Problem[] {
	const problems: Problem[] = [];
	const work = wellFormed<JsonWork>(data, 'work', schemaFound);
	for (const {entry, path} of [...work, ...wellFormed<JsonEducation>(data, 'education', schemaFound)]) {
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
		for (const [index, link] of (entry.highlightLinks ?? []).entries()) {
			const matches = (entry.highlights ?? []).filter(highlight => highlight.includes(link.highlight)).length;
			if (matches !== 1) {
				problems.push({
					path: `${path}.highlightLinks[${index}].highlight`,
					expected: 'words found in exactly one of the highlights of this entry',
					found: `${describe(link.highlight)}, which is in ${matches === 0 ? 'none' : matches} of them`,
				});
			}
		}
	}

	return problems;
}

/** The entries of a section with no problem at or below them, typed, with their paths. */
function wellFormed<Entry extends JsonWork | JsonEducation>(
	data: unknown,
	section: 'work' | 'education',
	problems: readonly Problem[],
): Array<{entry: Entry; path: string}> {
	const entries = isRecord(data) ? data[section] : undefined;
	if (!Array.isArray(entries)) {
		return [];
	}

	return entries.flatMap((entry: unknown, index) => {
		const path = `${section}[${index}]`;
		const isOwn = ({path: at}: Problem) => at === path || at.startsWith(`${path}.`) || at.startsWith(`${path}[`);
		// Without a problem of its own, the entry has passed the schema's checks and so has this shape.
		// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion
		return problems.some(problem => isOwn(problem)) ? [] : [{entry: entry as Entry, path}];
	});
}

export function formatProblem(source: string, problem: Problem): string {
	return `${source}: ${problem.path || 'the file'}: expected ${problem.expected}, found ${problem.found}`;
}
