import {ResumeError} from './errors.js';
import {megabytes} from './read-counted.js';

/** Deeper than this, data is refused: a résumé needs a handful of levels, and printing it as JSON indents each. */
export const nestingLimit = 5000;

/**
Refuses parsed data that is nested deeper than nestingLimit, or larger than `bytes` once YAML aliases are
expanded (a 500-byte "billion laughs" names one list nine times, nine times over): every later step reads
the data as the tree it expands to. The walk keeps a stack of its own and stops at the first limit passed,
so its own work is bounded by the limits, not by the data.
*/
export function checkBounds(data: unknown, name: string, bytes: number): void {
	const values: unknown[] = [data];
	const depths: number[] = [1];
	let size = 0;
	while (values.length > 0) {
		const value = values.pop();
		const depth = depths.pop()!;
		size += typeof value === 'string' ? value.length + 1 : 1;
		if (depth > nestingLimit) {
			throw new ResumeError(`${name}: cannot read the résumé: it is nested more than ${nestingLimit} levels deep`);
		}

		if (typeof value === 'object' && value !== null) {
			const keys = Array.isArray(value) ? [] : Object.keys(value);
			for (const key of keys) {
				size += key.length;
			}

			for (const item of Object.values(value)) {
				values.push(item);
				depths.push(depth + 1);
			}
		}

		if (size > bytes) {
			throw new ResumeError(
				`${name}: cannot read the résumé: with its aliases expanded it is more than the ${megabytes(bytes)} a résumé can be`,
			);
		}
	}
}
