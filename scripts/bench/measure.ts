/* Every measurement, in order, and the figures made of them. */
import {Buffer} from 'node:buffer';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {projectRoot} from '../../test/helpers/terminal.js';
import {bigInput} from './big-input.js';
import {comparedStarts} from './compared.js';
import {packageDirectory} from './environment.js';
import {keystrokes, summariseKeys} from './keys.js';
import {coldNpx} from './npx.js';
import {preparePackages} from './package.js';
import {printedResume, timeCli, timeNode} from './printed.js';
import {progress} from './progress.js';
import {fromKeys, keysOf} from './records.js';
import type {Comparison, Figures, Samples, Unit} from './results.js';
import {runs} from './runs.js';
import {interleave, median} from './statistics.js';
import {appPeakRss, firstFrame, nodePeakRss, nodeStart, requireGnuTime} from './start-up.js';

/** Sizes in kB of 1000 bytes, as npm reports them. */
const kB = 1000;

function versus(
	samples: readonly number[],
	baselineSamples: readonly number[],
	{of = 'node -e 0', unit = 'ms', target}: {of?: string; unit?: Unit; target?: {ratio: number}} = {},
): Comparison {
	const value = median(samples);
	const baseline = median(baselineSamples);
	return {value, baseline, baselineLabel: of, unit, ratio: value / baseline, target};
}

export async function measure(): Promise<{readonly figures: Figures; readonly samples: Samples}> {
	requireGnuTime();
	const {tarball, empty} = preparePackages(projectRoot);
	// Every file of the bundle, the entry and the chunks it loads when they are needed, as one.
	const distribution = path.join(packageDirectory, 'dist');
	const bundle = Buffer.concat(readdirSync(distribution).map(file => readFileSync(path.join(distribution, file))));

	progress(`First frame in a pty, ${runs.start} runs…`);
	const start = await interleave(runs.start, {app: async () => firstFrame(), node: nodeStart});
	progress(`Peak RSS, ${runs.memory} runs…`);
	const rss = await interleave(runs.memory, {app: appPeakRss, node: nodePeakRss});
	progress(`--print and --banner, ${runs.print} runs…`);
	const print = await interleave(runs.print, {
		print: async () => timeCli('--print'),
		banner: async () => timeCli('--banner'),
		node: timeNode,
	});
	const printed = await printedResume();
	progress(`Cold npx, ${runs.npx} runs…`);
	const npx = await interleave(runs.npx, {
		app: async () => coldNpx(tarball.filename, printed),
		empty: async () => coldNpx(empty.filename, ''),
	});
	progress(`Keys, ${runs.keys} of each at 80×24 and 200×60…`);
	/* eslint-disable @typescript-eslint/naming-convention -- terminal sizes, as the report names them */
	const keys = {
		'80×24': await keystrokes({columns: 80, rows: 24}),
		'200×60': await keystrokes({columns: 200, rows: 60}),
	};
	/* eslint-enable @typescript-eslint/naming-convention */
	const big = await bigInput();
	const compared = await comparedStarts();

	const figures: Figures = {
		firstFrame: versus(start.app, start.node, {target: {ratio: 2}}),
		peakRss: versus(rss.app, rss.node, {unit: 'MiB', target: {ratio: 1.7}}),
		print: versus(print.print, print.node),
		banner: versus(print.banner, print.node),
		coldNpx: versus(npx.app, npx.empty, {of: 'empty package', target: {ratio: 1.5}}),
		tarball: {value: tarball.size / kB, unit: 'kB', target: {value: 150}},
		bundle: {value: bundle.length / kB, unit: 'kB'},
		bundleGzip: {value: gzipSync(bundle, {level: 9}).length / kB, unit: 'kB'},
		keys: fromKeys(keysOf(keys), size => {
			const kinds = keys[size];
			return fromKeys(keysOf(kinds), kind => summariseKeys(kinds[kind]));
		}),
		bigInput: big.figures,
		compared: compared.figures,
	};
	const samples: Samples = {
		firstFrame: start,
		peakRss: rss,
		print,
		coldNpx: npx,
		keys,
		bigInput: big.samples,
		compared: compared.samples,
	};
	return {figures, samples};
}
