/* The printed report: the main figures, the cost of each key, the big input, and what the targets are. */
import type {BigKeyKind, BigResume} from './big-input.js';
import {npmSettings} from './environment.js';
import type {KeyKind} from './keys.js';
import {keysOf} from './records.js';
import type {Figures, Previous, Results} from './results.js';
import {bigRuns, runs} from './runs.js';
import {change, format, mark, table} from './table.js';

/** The rows of the main table, in order. */
const figureLabels = {
	firstFrame: 'First frame, 80×24 pty',
	peakRss: 'Peak RSS (first frame, q)',
	print: '--print to exit, piped',
	banner: '--banner to exit, piped',
	coldNpx: 'Cold npx --print',
	tarball: 'Tarball (npm pack)',
	bundle: 'dist/cli.js',
	bundleGzip: 'dist/cli.js, gzip -9',
} as const;

const keyLabels: Record<KeyKind, string> = {
	move: 'j/k move',
	open: 'Enter open',
	escape: 'Esc back ¹',
	h: 'h back',
	tab: 'Tab section',
};

const bigLabels: Record<BigResume, string> = {
	normal: 'built-in',
	longCareer: '2,000 entries',
	hugeHighlight: '1 MB highlight',
};

const bigKeyLabels: Record<BigKeyKind, string> = {
	move: 'j/k move',
	ends: 'G/g bottom, top',
	firstOpen: 'Enter, first open',
	open: 'Enter open',
	escape: 'Esc back',
	inside: 'j/k in what opened',
};

/** Targets for keys, at 80×24: at most 1 kB and a p95 of 16 ms, a frame at 60 Hz. */
const keyTarget = {bytes: 1000, ms: 16};

function mainTable(figures: Figures, previous: Previous | undefined): string {
	const header = ['', 'median', 'baseline', 'of', 'ratio', 'target', '', 'vs last'];
	const rows = keysOf(figureLabels).map(key => {
		const figure = figures[key];
		const label = figureLabels[key];
		const before = previous?.figures?.[key]?.value;
		if (!('ratio' in figure)) {
			const {value, unit, target} = figure;
			const targetCells = target ? [`≤ ${target.value} ${unit}`, mark(value <= target.value)] : ['', ''];
			return [label, format(value, unit), '', '', '', ...targetCells, change(value, before)];
		}

		const {value, baseline, baselineLabel, unit, ratio, target} = figure;
		const targetCells = target ? [`≤ ${target.ratio}×`, mark(ratio <= target.ratio)] : ['', ''];
		return [
			label,
			format(value, unit),
			format(baseline, unit),
			baselineLabel,
			`${ratio.toFixed(2)}×`,
			...targetCells,
			change(value, before),
		];
	});
	return table([header, ...rows], 'lrrlrrlr');
}

function keyTable(keys: Figures['keys'], previous: Previous | undefined): string {
	const header = ['Per key', 'bytes', 'p95', 'ms', 'p95', 'bytes', 'ms', 'vs last: bytes', 'ms p95'];
	const rows = keysOf(keys).flatMap(size =>
		keysOf(keys[size]).map(kind => {
			const {bytes, ms} = keys[size][kind];
			const before = previous?.figures?.keys?.[size]?.[kind];
			// The targets are for 80×24; the larger screen shows how the figures scale.
			const marks = size === '80×24' ? [mark(bytes.p95 <= keyTarget.bytes), mark(ms.p95 <= keyTarget.ms)] : ['', ''];
			return [
				`${size} ${keyLabels[kind]}`,
				String(bytes.median),
				String(bytes.p95),
				ms.median.toFixed(1),
				ms.p95.toFixed(1),
				...marks,
				change(bytes.median, before?.bytes?.median),
				change(ms.p95, before?.ms?.p95),
			];
		}),
	);
	return table([header, ...rows], 'lrrrrllrr');
}

function bigTable(big: Figures['bigInput'], previous: Previous | undefined): string {
	const names = keysOf(big);
	const before = (name: BigResume) => previous?.figures?.bigInput?.[name];
	const cell = (value: number, unit: string, old: number | undefined) => {
		const changed = change(value, old);
		return `${format(value, unit)}${changed ? ` (${changed})` : ''}`;
	};

	const header = ['Big input, 80×24', ...names.map(name => bigLabels[name])];
	const rows = [
		['First frame', ...names.map(name => cell(big[name].firstFrame, 'ms', before(name)?.firstFrame))],
		['Peak RSS (session)', ...names.map(name => cell(big[name].peakRss, 'MiB', before(name)?.peakRss))],
		...keysOf(bigKeyLabels).map(kind => [
			`${bigKeyLabels[kind]}${kind === 'firstOpen' ? '' : ', ms p95'}`,
			...names.map(name => {
				const {median: middle, p95} = big[name].keys[kind];
				const old = before(name)?.keys?.[kind];
				return kind === 'firstOpen'
					? cell(middle, 'ms', old?.median)
					: `${middle.toFixed(1)} / ${cell(p95, 'ms', old?.p95)}`;
			}),
		]),
	];
	return table([header, ...rows], `l${'r'.repeat(names.length)}`);
}

export function report(
	{date, node, cpu, cores, figures}: Results,
	previous: Previous | undefined,
	seconds: number,
): string {
	const lines = [
		`terminal-resume bench: Node ${node}, ${cpu} ×${cores}, ${date}`,
		`Medians of ${runs.start} (first frame, piped), ${runs.memory} (RSS) and ${runs.npx} (npx) interleaved runs beside`,
		`their baselines; ${runs.keys} presses of each key (Enter: ${runs.keys * 2}).`,
		previous
			? `vs last: against bench/results.json of ${previous.date}.`
			: 'No previous bench/results.json to compare with.',
		'',
		mainTable(figures, previous),
		`The app's own start, first frame minus node -e 0: ${format(figures.firstFrame.value - figures.firstFrame.baseline, 'ms')}.`,
		'',
		keyTable(figures.keys, previous),
		'',
		bigTable(figures.bigInput, previous),
		`Big input: medians of ${bigRuns.start} runs (first frame); one session each at 80×24 (peak RSS, under GNU time),`,
		`${bigRuns.keys} presses of each key after a warm-up, median / p95; "first open" is the first Enter of the session.`,
		'',
		`Targets: first frame ≤ 3× and RSS ≤ 1.6× node -e 0, cold npx ≤ 1.5× an empty package, tarball ≤ 150 kB;`,
		`per key at 80×24, bytes p95 ≤ ${keyTarget.bytes} and ms p95 ≤ ${keyTarget.ms} (ms: from writing the key to the last byte of its frame).`,
		'¹ Ink holds a lone Esc for one turn of the event loop, to tell it from the start of an escape sequence;',
		'  h does the same without that wait.',
		`Environment: PATH, HOME (empty), TERM only; npx with npm_config_cache=<empty folder>, ${Object.entries(npmSettings)
			.map(([name, value]) => `${name}=${value}`)
			.join(', ')}.`,
		`The bench took ${seconds.toFixed(0)} s.`,
	];
	return lines.join('\n');
}
