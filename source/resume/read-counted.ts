import {Buffer} from 'node:buffer';
import type {Readable} from 'node:stream';
import {ResumeError} from './errors.js';

/** How much a résumé may be and take: past these it is refused rather than read. */
export type Limits = {
	readonly bytes: number;
	readonly milliseconds: number;
	readonly redirects: number;
};

export const defaultLimits: Limits = {bytes: 5 * 1024 * 1024, milliseconds: 10_000, redirects: 5};

/**
Reads a stream whole, counting the bytes as they come: past the limit it stops reading and refuses, whatever
the source said its size was (a device, a pipe and a server may say nothing, or not the truth).
*/
export async function readCounted(stream: Readable, name: string, limits: Limits): Promise<string> {
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

export function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}
