/*
Bench/results.json: the last run's figures and raw samples, committed so that the next run can say what
changed; `vs last` in the report compares with it.
*/
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {projectRoot} from '../../test/helpers/terminal.js';
import type {BigFigures, BigResume, BigSamples} from './big-input.js';
import type {Started} from './compared.js';
import type {KeyKind, KeySummary} from './keys.js';
import type {runs} from './runs.js';
import type {Press} from './terminal.js';

export const resultsPath = path.join(projectRoot, 'bench', 'results.json');

export type Unit = 'ms' | 'MiB' | 'kB';

/** A median beside its baseline's, measured in the same run; the ratio is what a target holds. */
export type Comparison = {
	readonly value: number;
	readonly baseline: number;
	readonly baselineLabel: string;
	readonly unit: Unit;
	readonly ratio: number;
	readonly target?: {readonly ratio: number};
};

/** A size, which needs no baseline: it does not depend on the machine. */
export type Amount = {readonly value: number; readonly unit: Unit; readonly target?: {readonly value: number}};

export type TerminalSize = '80×24' | '200×60';

export type Figures = {
	readonly firstFrame: Comparison;
	readonly peakRss: Comparison;
	readonly print: Comparison;
	readonly banner: Comparison;
	readonly coldNpx: Comparison;
	readonly tarball: Amount;
	readonly bundle: Amount;
	readonly bundleGzip: Amount;
	readonly keys: Record<TerminalSize, Record<KeyKind, KeySummary>>;
	readonly bigInput: Record<BigResume, BigFigures>;
	readonly compared: Record<Started, Comparison>;
};

export type Samples = {
	readonly firstFrame: {readonly app: number[]; readonly node: number[]};
	readonly peakRss: {readonly app: number[]; readonly node: number[]};
	readonly print: {readonly print: number[]; readonly banner: number[]; readonly node: number[]};
	readonly coldNpx: {readonly app: number[]; readonly empty: number[]};
	readonly keys: Record<TerminalSize, Record<KeyKind, Press[]>>;
	readonly bigInput: Record<BigResume, BigSamples>;
	readonly compared: Record<string, number[]>;
};

export type Results = {
	readonly date: string;
	readonly node: string;
	readonly cpu: string | undefined;
	readonly cores: number;
	readonly runs: typeof runs;
	readonly figures: Figures;
	readonly samples: Samples;
};

type DeepPartial<T> = T extends Record<string, unknown> ? {readonly [Key in keyof T]?: DeepPartial<T[Key]>} : T;

/** A previous run's results, which may come from an older bench that had fewer figures. */
export type Previous = DeepPartial<Results>;

export function readPrevious(): Previous | undefined {
	// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- this bench's own file, read as Previous: every part may be missing
	return existsSync(resultsPath) ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as Previous) : undefined;
}

export function save(results: Results): void {
	mkdirSync(path.dirname(resultsPath), {recursive: true});
	// Two decimals are more than a noisy machine can tell apart.
	const rounded = (_: string, value: unknown) => (typeof value === 'number' ? Math.round(value * 100) / 100 : value);
	writeFileSync(resultsPath, `${JSON.stringify(results, rounded, '\t')}\n`);
}
