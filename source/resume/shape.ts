/** What the schema expects where, by field name: enough to repair a value in place (see lenient.ts). */

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fields that are lists of strings, and lists of objects; every other field is a string or an object. */
const stringLists = new Set(['highlights', 'keywords', 'courses', 'roles']);
const objectLists = new Set([
	'work',
	'volunteer',
	'education',
	'awards',
	'certificates',
	'publications',
	'skills',
	'languages',
	'interests',
	'references',
	'projects',
	'profiles',
	'highlightLinks',
]);
const objects = new Set(['basics', 'meta']);
export const dateFields = new Set(['startDate', 'endDate', 'date', 'releaseDate']);
export const urlFields = new Set(['url', 'image', '$schema', 'canonical']);

export type Kind = 'string' | 'list' | 'object';

/** A path such as work[2].highlights[0] as its steps: "work", 2, "highlights", 0. */
export function pathSteps(path: string): Array<string | number> {
	return [...path.matchAll(/\[(\d+)\]|([^.\[\]]+)/gv)].map(([, index, name]) =>
		index === undefined ? name! : Number(index),
	);
}

/** What belongs at the end of these steps. */
export function kindAt(steps: ReadonlyArray<string | number>): Kind {
	const last = steps.at(-1);
	if (typeof last === 'number') {
		return stringLists.has(String(steps.at(-2))) ? 'string' : 'object';
	}

	// A work entry's location is a string; only the person's is an object.
	if (last === undefined || objects.has(last) || (last === 'location' && steps.at(-2) === 'basics')) {
		return 'object';
	}

	return stringLists.has(last) || objectLists.has(last) ? 'list' : 'string';
}

/** The field that names an entry of each list of objects: what a lone string in its place most likely is. */
const nameFields = new Map([
	['work', 'name'],
	['volunteer', 'organization'],
	['education', 'institution'],
	['awards', 'title'],
	['certificates', 'name'],
	['publications', 'name'],
	['skills', 'name'],
	['languages', 'language'],
	['interests', 'name'],
	['references', 'reference'],
	['projects', 'name'],
	['profiles', 'url'],
]);

/** The naming field of an entry at the end of these steps (languages[1] → "language"), if it has one. */
export function nameFieldAt(steps: ReadonlyArray<string | number>): string | undefined {
	return typeof steps.at(-1) === 'number' ? nameFields.get(String(steps.at(-2))) : undefined;
}

/** Whether the list at the end of these steps holds objects (rather than strings). */
export function holdsObjects(steps: ReadonlyArray<string | number>): boolean {
	return objectLists.has(String(steps.at(-1)));
}
