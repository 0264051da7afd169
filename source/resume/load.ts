import {Readable} from 'node:stream';
import {visibleText} from '../text/safe-text.js';
import {copyData} from './copy-data.js';
import {ResumeError} from './errors.js';
import {checkBounds} from './data-bounds.js';
import {JsonStop, readJson} from './json-reader.js';
import {defaultLimits} from './read-counted.js';
import {readResumeSource} from './source.js';
import type {JsonResume} from './json-resume.js';
import {readLeniently} from './lenient.js';
import {renameOldFields} from './old-names.js';
import {isRecord} from './shape.js';
import {consistencyProblems, formatProblem, validateResume, type Problem} from './validate.js';

export {ResumeError} from './errors.js';

/**
Reads, parses and validates the JSON Resume at `source`: a file, "-" for `stdin`, or an http(s) URL; JSON or
YAML. Throws ResumeError with a readable message.
*/
export async function readJsonResume(source: string, stdin: Readable = Readable.from([])): Promise<JsonResume> {
	const {text, name, format} = await readResumeSource(source, stdin);
	return usable(await checkJsonResume(text, name, format), name);
}

/**
Reads and parses the résumé at `source` for viewing: shown whatever can be shown, with a warning line for each
problem (see lenient.ts). Throws ResumeError only for what cannot be read at all.
*/
export async function readResumeForViewing(
	source: string,
	stdin: Readable = Readable.from([]),
): Promise<{resume: JsonResume; warnings: string[]}> {
	const {text, name, format} = await readResumeSource(source, stdin);
	const {data, exact} = await parse(text, name, format);
	const viewed = readLeniently(data, name);
	// A file with nothing to repair is shown as written, numbers a double would not hold included, as
	// --format json gives them back; a repaired one is its repaired copy.
	// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- the same data, found valid above
	return exact !== undefined && viewed.warnings.length === 0 ? {resume: exact as JsonResume, warnings: []} : viewed;
}

/** Parses and validates a résumé's JSON text. Throws ResumeError with a readable message. */
export function parseJsonResume(text: string, name: string): JsonResume {
	return usable(checked(parseJson(text, name)), name);
}

/**
Every problem with a résumé's text against the schema, for `terminal-resume validate`, and warnings: lines
about what our checks find beyond the schema (old field names, dates out of order), which refuse nothing.
*/
export async function checkJsonResume(
	text: string,
	name: string,
	format: 'json' | 'yaml',
): Promise<{resume?: JsonResume; problems: Problem[]; warnings: string[]}> {
	const parsed = await parse(text, name, format);
	const renamed = isRecord(parsed.data) ? copyData(parsed.data) : parsed.data;
	const notes = isRecord(renamed) ? renameOldFields(renamed) : [];
	return {
		...checked(parsed),
		warnings: [
			...notes.map(note => `${name}: ${note.path}: ${note.message}`),
			...consistencyProblems(renamed).map(problem => formatProblem(name, problem)),
		],
	};
}

async function parse(text: string, name: string, format: 'json' | 'yaml'): Promise<Parsed> {
	return format === 'yaml' ? parseYaml(text, name) : parseJson(text, name);
}

/** Parsed data, and the same data with numbers kept as written when a double would not hold some of them. */
type Parsed = {readonly data: unknown; readonly exact?: unknown};

function checked({data, exact}: Parsed): {resume?: JsonResume; problems: Problem[]} {
	const result = validateResume(data);
	if (!result.valid) {
		return {problems: result.problems};
	}

	// Valid, the data has numbers only where the schema has none: the exact ones can stand in for them.
	// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- the same data, validated above
	return {resume: exact === undefined ? result.resume : (exact as JsonResume), problems: []};
}

function usable({resume, problems}: {resume?: JsonResume; problems: Problem[]}, name: string): JsonResume {
	if (!resume) {
		throw new ResumeError(problems.map(problem => formatProblem(name, problem)).join('\n'));
	}

	return resume;
}

function refuseEmpty(text: string, name: string): void {
	if (text.trim() === '') {
		throw new ResumeError(`${name}: the file is empty; expected a JSON Resume object`);
	}
}

/** Digits that a double may not hold as written: 16 significant ones or more, or a three-digit exponent. */
const longNumber = /\d{16}|[eE][+\-]?\d{3}/v;

function parseJson(text: string, name: string): Parsed {
	refuseEmpty(text, name);
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new ResumeError(`${name}: ${describeSyntaxError(text, error)}`, {cause: error});
	}

	checkBounds(data, name, defaultLimits.bytes);
	// The slower reader runs only on text that may have such a number (maybe in a string: then it finds none).
	const exact = longNumber.test(text) ? readJson(text) : undefined;
	return exact && exact.keptNumbers > 0 ? {data, exact: exact.value} : {data};
}

async function parseYaml(text: string, name: string): Promise<Parsed> {
	refuseEmpty(text, name);
	// Loaded only for YAML, which most résumés are not. Every scalar stays a string (the failsafe schema), as
	// the JSON Resume schema has no numbers or dates: `startDate: 2021` means "2021", not 2021.
	const yaml = await import('js-yaml');
	let data: unknown;
	try {
		data = yaml.load(text, {schema: yaml.FAILSAFE_SCHEMA, filename: name});
	} catch (error) {
		if (error instanceof yaml.YAMLException) {
			throw new ResumeError(
				`${name}: not valid YAML at line ${error.mark.line + 1}, column ${error.mark.column + 1}: ${error.reason}`,
				{cause: error},
			);
		}

		throw error;
	}

	checkBounds(data, name, defaultLimits.bytes);
	return {data};
}

/** "not valid JSON at line 3, column 14: Unexpected token 'o'" */
function describeSyntaxError(source: string, error: unknown): string {
	// V8 words it "… in JSON at position 42 (line 3 column 14)" or "Unexpected token 'o', "…" is not valid JSON".
	const message = error instanceof Error ? error.message : String(error);
	const reason = message.replace(/(?: in JSON)? at position .*$/sv, '').replace(/, .*is not valid JSON$/sv, '');
	const before = source.slice(0, syntaxErrorIndex(source)).split('\n');
	return `not valid JSON at line ${before.length}, column ${before.at(-1)!.length + 1}: ${visibleText(reason)}`;
}

function syntaxErrorIndex(text: string): number {
	try {
		readJson(text);
		return text.length;
	} catch (error) {
		if (error instanceof JsonStop) {
			return error.index;
		}

		throw error;
	}
}
