import {open} from 'node:fs/promises';
import type {Readable} from 'node:stream';
import {visibleText} from '../text/safe-text.js';
import {download, systemResolve, type Resolve} from './download.js';
import {ResumeError} from './errors.js';
import {defaultLimits, megabytes, readCounted, type Limits} from './read-counted.js';

export {defaultLimits, type Limits} from './read-counted.js';

export type SourceText = {
	readonly text: string;
	/** How messages name where the text came from: a path, "stdin" or a URL, with any control made visible. */
	readonly name: string;
	readonly format: 'json' | 'yaml';
};

/**
The text of a résumé from a file, from stdin ("-") or from an http(s) URL, and whether it is JSON or
YAML (by its name's extension, else by its first character).
*/
export async function readResumeSource(
	source: string,
	stdin: Readable,
	limits: Limits = defaultLimits,
	resolve: Resolve = systemResolve,
): Promise<SourceText> {
	const name = source === '-' ? 'stdin' : visibleText(source);
	const text =
		source === '-'
			? await readCounted(stdin, name, limits)
			: isUrl(source)
				? await download(source, limits, resolve)
				: await readLocal(source, name, limits);
	return {text, name, format: formatOf(source, text)};
}

function isUrl(source: string): boolean {
	return /^[a-z][\w+.\-]*:\/\//iv.test(source);
}

function formatOf(source: string, text: string): 'json' | 'yaml' {
	const path = isUrl(source) ? new URL(source).pathname : source;
	if (/\.ya?ml$/iv.test(path)) {
		return 'yaml';
	}

	if (/\.json$/iv.test(path)) {
		return 'json';
	}

	return /^\s*[\{\[]/v.test(text) ? 'json' : 'yaml';
}

/**
A file opened once and read from that one handle, so that it cannot be swapped between a check and the
read. Its stated size only refuses a regular file early; every file is counted as it is read, as devices,
FIFOs and process substitutions (`<(…)`) state no size.
*/
async function readLocal(path: string, name: string, limits: Limits): Promise<string> {
	const fail = (reason: string, cause?: unknown) =>
		new ResumeError(`${name}: cannot read the résumé: ${reason}`, cause === undefined ? undefined : {cause});
	let handle;
	try {
		handle = await open(path, 'r');
		const stats = await handle.stat();
		if (stats.isDirectory()) {
			throw fail('it is a directory, not a file');
		}

		if (stats.isFile() && stats.size > limits.bytes) {
			throw fail(`it is ${megabytes(stats.size)}, more than the ${megabytes(limits.bytes)} a résumé can be`);
		}

		return await readCounted(handle.createReadStream({autoClose: false}), name, limits);
	} catch (error) {
		if (error instanceof ResumeError) {
			throw error;
		}

		throw fail(describeReadError(error), error);
	} finally {
		await handle?.close();
	}
}

const readErrors = new Map([
	['ENOENT', 'no such file'],
	['EISDIR', 'it is a directory, not a file'],
	['EACCES', 'permission denied'],
]);

function describeReadError(error: unknown): string {
	const code = error instanceof Error && 'code' in error ? String(error.code) : '';
	return readErrors.get(code) ?? visibleText(error instanceof Error ? error.message : String(error));
}
