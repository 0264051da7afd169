import {copyData} from './copy-data.js';
import {ResumeError} from './errors.js';
import {formatDate} from './dates.js';
import {isoDate, readDateForm} from './date-forms.js';
import type {JsonResume} from './json-resume.js';
import {hasOldFields, renameOldFields} from './old-names.js';
import {dateFields, holdsObjects, isRecord, kindAt, nameFieldAt, pathSteps, urlFields} from './shape.js';
import {consistencyProblems, formatProblem, validateResume, type Problem} from './validate.js';

/**
A résumé made showable, for viewing: `validate` refuses a file for any problem, but a person reading it is better
served by what can be shown. Old field names are read as their current ones, common date forms as dates, and
values of the wrong kind are turned into the right one or left out. Each such thing gives one warning: the
line `validate` would print, and what was made of it. Only data that is not an object at all is refused.
*/
export function readLeniently(data: unknown, source: string): {resume: JsonResume; warnings: string[]} {
	if (!isRecord(data)) {
		const result = validateResume(data);
		const problems = result.valid ? [] : result.problems;
		throw new ResumeError(problems.map(problem => formatProblem(source, problem)).join('\n'));
	}

	// Most files need nothing: shown as they are, without a copy of a file that may hold 150,000 entries.
	const asItIs = hasOldFields(data) ? undefined : validateResume(data);
	if (asItIs?.valid && consistencyProblems(data).length === 0) {
		return {resume: asItIs.resume, warnings: []};
	}

	// The parsed file is plain data: a copy can be repaired in place without changing what the caller holds.
	const copy = copyData(data);
	const warnings = renameOldFields(copy).map(note => `${source}: ${note.path}: ${note.message}`);
	const shownAsWritten = new Set<string>();
	// A repair can uncover another problem inside what it made (a list of one with a number in it): a few rounds.
	for (let round = 0; round < 4; round++) {
		const result = validateResume(copy);
		const problems = result.valid ? [] : result.problems.filter(problem => !shownAsWritten.has(problem.path));
		if (problems.length === 0) {
			break;
		}

		const unusable = new Set<unknown>();
		for (const problem of problems) {
			const action = repair(copy, problem.path, {mayConvert: round < 3, unusable});
			if (action === shownAsWrittenAction) {
				shownAsWritten.add(problem.path);
			}

			warnings.push(`${formatProblem(source, problem)}; ${action}`);
		}

		prune(copy, unusable);
	}

	for (const problem of consistencyProblems(copy)) {
		warnings.push(`${formatProblem(source, problem)}; ${consistencyAction(copy, problem)}`);
	}

	// Every value left is of its schema type, or a string shown as written where the schema wants a form.

	return {resume: copy, warnings};
}

const shownAsWrittenAction = 'shown as written';
const leftOut = 'left out';

/**
Puts right, in place, the value at `path`, and says what it did; in the last round it only leaves things out.
An entry that lacks a field the schema requires goes into `unusable`, to be taken out of its list after the
round, when no other path of the round needs the list's order any more.
*/
function repair(
	data: Record<string, unknown>,
	path: string,
	{mayConvert, unusable}: {readonly mayConvert: boolean; readonly unusable: Set<unknown>},
): string {
	const steps = pathSteps(path);
	const key = steps.at(-1);
	const parent = valueAt(data, steps.slice(0, -1));
	if (key === undefined || !(isRecord(parent) || Array.isArray(parent))) {
		return leftOut;
	}

	const value: unknown = Reflect.get(parent, key);
	const set = (replacement: unknown) => {
		Reflect.set(parent, key, replacement);
	};

	// A field the schema requires (a highlight link's url) is missing: the entry cannot be used.
	if (value === undefined) {
		unusable.add(parent);
		return leftOut;
	}

	const remove = () => {
		if (Array.isArray(parent)) {
			// Entries keep their places, so that the paths of the others stay true: an empty one shows nothing.
			set(kindAt(steps) === 'object' ? {} : '');
		} else {
			Reflect.deleteProperty(parent, key);
		}

		return leftOut;
	};

	if (!mayConvert) {
		return remove();
	}

	const slot: Slot = {steps, value, set, remove};
	const kind = kindAt(steps);
	return kind === 'list' ? repairList(slot) : kind === 'object' ? repairEntry(slot) : repairText(slot);
}

/** Where a value is, what it is, and how to replace or remove it. */
type Slot = {
	readonly steps: ReadonlyArray<string | number>;
	readonly value: unknown;
	readonly set: (value: unknown) => void;
	readonly remove: () => string;
};

/** A lone value where a list belongs: a list of it, when it is what the list holds. */
function repairList({steps, value, set, remove}: Slot): string {
	if (holdsObjects(steps) ? isRecord(value) : typeof value === 'string') {
		set([value]);
		return 'read as a list of one';
	}

	return remove();
}

/** "languages": ["English"]: a list of names where entries belong. */
function repairEntry({steps, value, set, remove}: Slot): string {
	const nameField = nameFieldAt(steps);
	if (nameField && typeof value === 'string') {
		set({[nameField]: value});
		return `read as ${JSON.stringify({[nameField]: value})}`;
	}

	return remove();
}

function repairText({steps, value, set, remove}: Slot): string {
	const key = steps.at(-1);
	if (typeof key === 'string' && dateFields.has(key)) {
		return repairDate(value, key === 'endDate', set, remove);
	}

	if (typeof value === 'number' || typeof value === 'boolean') {
		set(String(value));
		return `read as ${JSON.stringify(String(value))}`;
	}

	if (Array.isArray(value) && value.every(item => typeof item === 'string')) {
		set(value.join(' '));
		return 'read as one text, its parts joined';
	}

	if (typeof value !== 'string') {
		return remove();
	}

	if (typeof key === 'string' && urlFields.has(key)) {
		// "example.com/ada": a web address without its scheme.
		if (/^(?:www\.)?[\p{L}\d\-]+(?:\.[\p{L}\d\-]+)+(?:[\/?#]\S*)?$/v.test(value.trim())) {
			set(`https://${value.trim()}`);
			return `read as https://${value.trim()}`;
		}

		return remove();
	}

	return shownAsWrittenAction;
}

function repairDate(value: unknown, isEnd: boolean, set: (value: unknown) => void, remove: () => string): string {
	const text = typeof value === 'number' ? String(value) : value;
	const reading = readDateForm(text, {end: isEnd});
	if (reading?.kind === 'present') {
		remove();
		return 'read as present';
	}

	if (reading?.kind === 'date') {
		set(isoDate(reading.date));
		return `read as ${formatDate(reading.date)}`;
	}

	if (typeof text === 'string' && text.trim() !== '') {
		set(text);
		return shownAsWrittenAction;
	}

	return remove();
}

/** Takes the unusable entries out of every list they are in. */
function prune(value: unknown, unusable: ReadonlySet<unknown>): void {
	if (unusable.size === 0) {
		return;
	}

	if (Array.isArray(value)) {
		for (let index = value.length - 1; index >= 0; index--) {
			if (unusable.has(value[index])) {
				value.splice(index, 1);
			} else {
				prune(value[index], unusable);
			}
		}
	} else if (isRecord(value)) {
		for (const item of Object.values(value)) {
			prune(item, unusable);
		}
	}
}

/** What viewing makes of what our checks beyond the schema find: the dates are shown, a link where it fits. */
function consistencyAction(data: Record<string, unknown>, problem: Problem): string {
	const steps = pathSteps(problem.path);
	if (steps.at(-1) !== 'highlight') {
		return shownAsWrittenAction;
	}

	const words = valueAt(data, steps);
	const highlights = valueAt(data, [...steps.slice(0, -3), 'highlights']);
	const matches = Array.isArray(highlights)
		? highlights.filter(
				highlight => typeof highlight === 'string' && typeof words === 'string' && highlight.includes(words),
			)
		: [];
	return matches.length === 0 ? 'the link is left out' : 'the link is shown with each of them';
}

function valueAt(data: unknown, steps: ReadonlyArray<string | number>): unknown {
	let value = data;
	for (const step of steps) {
		value = isRecord(value) || Array.isArray(value) ? Reflect.get(value, step) : undefined;
	}

	return value;
}
