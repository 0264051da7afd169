import {Readable} from 'node:stream';
import {ResumeError} from './errors.js';
import {jsonErrorIndex} from './json-error.js';
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
	return readLeniently(await parse(text, name, format), name);
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
	const data = await parse(text, name, format);
	const renamed = isRecord(data) ? structuredClone(data) : data;
	const notes = isRecord(renamed) ? renameOldFields(renamed) : [];
	return {
		...checked(data),
		warnings: [
			...notes.map(note => `${name}: ${note.path}: ${note.message}`),
			...consistencyProblems(renamed).map(problem => formatProblem(name, problem)),
		],
	};
}

async function parse(text: string, name: string, format: 'json' | 'yaml'): Promise<unknown> {
	return format === 'yaml' ? parseYaml(text, name) : parseJson(text, name);
}

function checked(data: unknown): {resume?: JsonResume; problems: Problem[]} {
	const result = validateResume(data);
	return result.valid ? {resume: result.resume, problems: []} : {problems: result.problems};
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

function parseJson(text: string, name: string): unknown {
	refuseEmpty(text, name);
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new ResumeError(`${name}: ${describeSyntaxError(text, error)}`, {cause: error});
	}
}

async function parseYaml(text: string, name: string): Promise<unknown> {
	refuseEmpty(text, name);
	// Loaded only for YAML, which most résumés are not. Every scalar stays a string (the failsafe schema), as
	// the JSON Resume schema has no numbers or dates: `startDate: 2021` means "2021", not 2021.
	const yaml = await import('js-yaml');
	try {
		return yaml.load(text, {schema: yaml.FAILSAFE_SCHEMA, filename: name});
	} catch (error) {
		if (error instanceof yaml.YAMLException) {
			throw new ResumeError(
				`${name}: not valid YAML at line ${error.mark.line + 1}, column ${error.mark.column + 1}: ${error.reason}`,
				{cause: error},
			);
		}

		throw error;
	}
}

/** "not valid JSON at line 3, column 14: Unexpected token 'o'" */
function describeSyntaxError(source: string, error: unknown): string {
	// V8 words it "… in JSON at position 42 (line 3 column 14)" or "Unexpected token 'o', "…" is not valid JSON".
	const message = error instanceof Error ? error.message : String(error);
	const reason = message.replace(/(?: in JSON)? at position .*$/sv, '').replace(/, .*is not valid JSON$/sv, '');
	const before = source.slice(0, jsonErrorIndex(source)).split('\n');
	return `not valid JSON at line ${before.length}, column ${before.at(-1)!.length + 1}: ${reason}`;
}
