import {endsBefore, parseDate} from './dates.js';
import {describe} from './describe-value.js';
import {validate as validateSchema} from './generated/schema-validator.js';
import type {JsonEducation, JsonResume, JsonWork} from './json-resume.js';
import {schemaProblems, type Problem} from './schema-problems.js';
import {isRecord} from './shape.js';
import {textsContaining} from './texts-containing.js';

export type {Problem} from './schema-problems.js';

/** Every problem against the JSON Resume schema (and our extensions: schema-extensions.ts), not just the first. */
function problemsAgainstSchema(data: unknown): Problem[] {
	return validateSchema(data) ? [] : schemaProblems(validateSchema.errors ?? [], data);
}

/**
Checks a parsed résumé file against the JSON Resume schema, with the validator generated from it, and lists
every problem. Returns the data typed once it has none.
*/
export function validateResume(data: unknown): {valid: true; resume: JsonResume} | {valid: false; problems: Problem[]} {
	const problems = problemsAgainstSchema(data);
	if (problems.length > 0) {
		return {valid: false, problems};
	}

	// The schema's checks have just established that the data has this shape.
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
	const schemaFound = problemsAgainstSchema(data);
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
