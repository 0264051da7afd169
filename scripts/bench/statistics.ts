import {fromKeys, keysOf} from './records.js';

/** Runs `step` `times` times one after another: at once they would compete for the two cores. */
export async function repeat<T>(times: number, step: (index: number) => Promise<T>): Promise<T[]> {
	const results: T[] = [];
	for (let index = 0; index < times; index++) {
		// eslint-disable-next-line no-await-in-loop
		results.push(await step(index));
	}

	return results;
}

/**
Runs the measurements in turn, round after round, so that the machine's noise hits all of them alike; returns
each one's samples under its name. The first round only warms the file cache and is dropped.
*/
export async function interleave<Name extends string, T>(
	times: number,
	measures: Readonly<Record<Name, () => Promise<T>>>,
): Promise<Record<Name, T[]>> {
	const names = keysOf(measures);
	const rounds = await repeat(times + 1, async () => repeat(names.length, async index => measures[names[index]!]()));
	return fromKeys(names, (_, index) => rounds.slice(1).map(round => round[index]!));
}

/** The nearest-rank percentile: a value that was measured, not an interpolation. */
export function percentile(samples: readonly number[], fraction: number): number {
	const sorted = samples.toSorted((a, b) => a - b);
	const value = sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)];
	if (value === undefined) {
		throw new Error('No samples to take a percentile of');
	}

	return value;
}

export function median(samples: readonly number[]): number {
	return percentile(samples, 0.5);
}

/** A median, and the 95th percentile that shows the slow tail. */
export type Spread = {readonly median: number; readonly p95: number};

export function spread(samples: readonly number[]): Spread {
	return {median: median(samples), p95: percentile(samples, 0.95)};
}
