import {isRecord} from './shape.js';

/** A note about the file that does not stop it being shown: where, and what was made of it. */
export type Note = {readonly path: string; readonly message: string};

/**
Fields JSON Resume renamed on its way to 1.0 (schema 0.0.x to 0.1.x), as [section, old name, current name].
A section ending in [] means each entry of that list.
*/
const renames: ReadonlyArray<readonly [string, string, string]> = [
	['basics', 'picture', 'image'],
	['basics', 'website', 'url'],
	['work[]', 'company', 'name'],
	['work[]', 'website', 'url'],
	['volunteer[]', 'website', 'url'],
	['publications[]', 'website', 'url'],
	['education[]', 'gpa', 'score'],
];

/**
Reads old field names as their current ones, in place, with a note for each. Where the current name is
there too, it wins and the old one is left out.
*/
/** Whether renameOldFields would find anything to rename: it asks, and changes nothing. */
export function hasOldFields(data: Record<string, unknown>): boolean {
	return renames.some(([section, old]) => entriesOf(data, section).some(({value}) => Object.hasOwn(value, old)));
}

export function renameOldFields(data: Record<string, unknown>): Note[] {
	const notes: Note[] = [];
	for (const [section, old, current] of renames) {
		for (const {value: entry, path} of entriesOf(data, section)) {
			if (!Object.hasOwn(entry, old)) {
				continue;
			}

			const oldPath = `${path}.${old}`;
			const currentPath = `${path}.${current}`;
			if (entry[current] === undefined) {
				entry[current] = entry[old];
				notes.push({path: oldPath, message: `the name JSON Resume 0.x gave ${currentPath}; read as ${current}`});
			} else {
				notes.push({
					path: oldPath,
					message: `the name JSON Resume 0.x gave ${currentPath}, which is there too; left out`,
				});
			}

			Reflect.deleteProperty(entry, old);
		}
	}

	return notes;
}

function entriesOf(
	data: Record<string, unknown>,
	section: string,
): Array<{value: Record<string, unknown>; path: string}> {
	const name = section.replace(/\[\]$/v, '');
	const value = data[name];
	if (!section.endsWith('[]')) {
		return isRecord(value) ? [{value, path: name}] : [];
	}

	return Array.isArray(value)
		? value.flatMap((item: unknown, index) => (isRecord(item) ? [{value: item, path: `${name}[${index}]`}] : []))
		: [];
}
