import {readFile, stat} from 'node:fs/promises';
import {Buffer} from 'node:buffer';
import {Readable} from 'node:stream';
import {ResumeError} from './errors.js';

/** How much a résumé may be and take: past these it is refused rather than read. */
export type Limits = {
	readonly bytes: number;
	readonly milliseconds: number;
	readonly redirects: number;
};

export const defaultLimits: Limits = {bytes: 5 * 1024 * 1024, milliseconds: 10_000, redirects: 5};

export type SourceText = {
	readonly text: string;
	/** How messages name where the text came from: a path, "stdin" or a URL. */
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
): Promise<SourceText> {
	const name = source === '-' ? 'stdin' : source;
	const text =
		source === '-'
			? await readStream(stdin, name, limits)
			: isUrl(source)
				? await download(source, limits)
				: await readLocal(source, limits);
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

async function readLocal(path: string, limits: Limits): Promise<string> {
	try {
		const {size, isDirectory} = await stat(path).then(stats => ({size: stats.size, isDirectory: stats.isDirectory()}));
		if (isDirectory) {
			throw new ResumeError(`${path}: cannot read the résumé: it is a directory, not a file`);
		}

		if (size > limits.bytes) {
			throw new ResumeError(
				`${path}: cannot read the résumé: it is ${megabytes(size)}, more than the ${megabytes(limits.bytes)} a résumé can be`,
			);
		}

		return await readFile(path, 'utf8');
	} catch (error) {
		if (error instanceof ResumeError) {
			throw error;
		}

		throw new ResumeError(`${path}: cannot read the résumé: ${describeReadError(error)}`, {cause: error});
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

async function readStream(stream: Readable, name: string, limits: Limits): Promise<string> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
		const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
		size += bytes.length;
		if (size > limits.bytes) {
			stream.destroy();
			throw new ResumeError(
				`${name}: cannot read the résumé: more than the ${megabytes(limits.bytes)} a résumé can be`,
			);
		}

		chunks.push(bytes);
	}

	return Buffer.concat(chunks).toString('utf8');
}

/** Downloads a résumé: https only (http just for this machine), within the limits. */
async function download(address: string, limits: Limits): Promise<string> {
	let url = checkedUrl(address, address);
	const signal = AbortSignal.timeout(limits.milliseconds);
	try {
		for (let redirects = 0; ; redirects++) {
			// eslint-disable-next-line no-await-in-loop
			const response = await fetch(url, {redirect: 'manual', signal});
			const location = response.headers.get('location');
			if (response.status >= 300 && response.status < 400 && location) {
				if (redirects === limits.redirects) {
					throw new ResumeError(`${address}: cannot download the résumé: more than ${limits.redirects} redirects`);
				}

				url = checkedUrl(new URL(location, url).href, address);
				continue;
			}

			if (!response.ok) {
				throw new ResumeError(
					`${address}: cannot download the résumé: the server answered ${response.status} ${response.statusText}`.trim(),
				);
			}

			const declared = Number(response.headers.get('content-length') ?? 0);
			if (declared > limits.bytes || !response.body) {
				throw new ResumeError(
					`${address}: cannot download the résumé: it is larger than the ${megabytes(limits.bytes)} a résumé can be`,
				);
			}

			// eslint-disable-next-line no-await-in-loop
			return await readStream(Readable.fromWeb(response.body), address, limits);
		}
	} catch (error) {
		if (error instanceof ResumeError) {
			throw error;
		}

		const reason = signal.aborted
			? `no answer within ${limits.milliseconds / 1000} s`
			: error instanceof Error
				? error.cause instanceof Error
					? error.cause.message
					: error.message
				: String(error);
		throw new ResumeError(`${address}: cannot download the résumé: ${reason}`, {cause: error});
	}
}

/** Https anywhere; plain http only to this machine, where no one can read or change it on the way. */
function checkedUrl(url: string, asked: string): URL {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw new ResumeError(`${asked}: cannot download the résumé: "${url}" is not a valid URL`);
	}

	const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
	if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && local)) {
		return parsed;
	}

	throw new ResumeError(
		`${asked}: cannot download the résumé from ${parsed.protocol}//${parsed.host}: only https is allowed (http only for localhost)`,
	);
}

function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}
