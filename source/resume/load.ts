import {readFile} from 'node:fs/promises';
import {jsonErrorIndex} from './json-error.js';
import {buildResume} from './model.js';
import type {JsonResume, Resume} from './types.js';
import {formatProblem, validateResume} from './validate.js';

/** A résumé that cannot be used; `message` is ready to show as is, one problem a line. */
export class ResumeError extends Error {
	override name = 'ResumeError';
}

/** Reads, parses, validates and builds the résumé at `path`. Throws ResumeError with a readable message. */
export async function loadResume(path: string): Promise<Resume> {
	return buildResume(await readJsonResume(path));
}

/** Reads, parses and validates the JSON Resume at `path`. Throws ResumeError with a readable message. */
export async function readJsonResume(path: string): Promise<JsonResume> {
	return parseJsonResume(await readSource(path), path);
}

/** Parses and builds a résumé from its text; `name` says where the text came from, in messages. */
export function parseResume(source: string, name: string): Resume {
	return buildResume(parseJsonResume(source, name));
}

export function parseJsonResume(source: string, name: string): JsonResume {
	let data: unknown;
	try {
		data = JSON.parse(source);
	} catch (error) {
		throw new ResumeError(`${name}: ${describeSyntaxError(source, error)}`);
	}

	const result = validateResume(data);
	if (!result.valid) {
		throw new ResumeError(result.problems.map(problem => formatProblem(name, problem)).join('\n'));
	}

	return result.resume;
}

async function readSource(path: string): Promise<string> {
	try {
		return await readFile(path, 'utf8');
	} catch (error) {
		throw new ResumeError(`${path}: cannot read the résumé: ${describeReadError(error)}`);
	}
}

const readErrors = new Map([
	['ENOENT', 'no such file'],
	['EISDIR', 'it is a directory, not a file'],
	['EACCES', 'permission denied'],
]);

function describeReadError(error: unknown): string {
	const code = error instanceof Error && 'code' in error ? String(error.code) : '';
	return readErrors.get(code) ?? (error instanceof Error ? error.message : String(error));
}

/** "not valid JSON at line 3, column 14: Unexpected token 'o'" */
function describeSyntaxError(source: string, error: unknown): string {
	if (source.trim() === '') {
		return 'the file is empty; expected a JSON Resume object';
	}

	// V8 words it "… in JSON at position 42 (line 3 column 14)" or "Unexpected token 'o', "…" is not valid JSON".
	const message = error instanceof Error ? error.message : String(error);
	const reason = message.replace(/(?: in JSON)? at position .*$/sv, '').replace(/, .*is not valid JSON$/sv, '');
	const before = source.slice(0, jsonErrorIndex(source)).split('\n');
	return `not valid JSON at line ${before.length}, column ${before.at(-1)!.length + 1}: ${reason}`;
}
