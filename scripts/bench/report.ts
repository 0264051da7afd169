/* The printed report: the main figures, the cost of each key, the big input, and what the targets are. */
import type {BigKeyKind, BigResume} from './big-input.js';
import type {Started} from './compared.js';
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
	bundle: 'dist/, every chunk',
	bundleGzip: 'dist/, gzip -9',
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
	typing: 'typing a query (/)',
};

/** Targets for keys (bytes and ms, p95): a move at 80×24 150 B and 10 ms, at 200×60 1 kB; other keys at 80×24 1 kB and a frame at 60 Hz. */
function keyTarget(size: string, kind: KeyKind): {bytes: number; ms: number} | undefined {
	if (kind === 'move') {
		return size === '80×24' ? {bytes: 150, ms: 10} : {bytes: 1000, ms: Number.POSITIVE_INFINITY};
	}

	return size === '80×24' ? {bytes: 1000, ms: 16} : undefined;
}

const comparedLabels: Record<Started, string> = {
	app: 'terminal-resume, first frame',
	app24Cold: 'terminal-resume, Node 24, cold compile cache',
	app24Warm: 'terminal-resume, Node 24, warm compile cache',
	sindresorhus: 'npx sindresorhus (Ink, meow), first output',
	clifolio: 'clifolio (Ink), first output',
	inkBundled: 'Ink hello-world, bundled as ours',
	inkUnbundled: 'Ink hello-world, unbundled',
};

const peers = ['sindresorhus', 'clifolio', 'inkBundled', 'inkUnbundled'] as const;

function comparedTable(compared: Figures['compared'], previous: Previous | undefined): string {
	const header = ['Start-up, one run', 'median', 'baseline', 'of', 'ratio', 'target', '', 'vs last'];
	const slowestAhead = Math.min(...peers.map(peer => compared[peer].ratio));
	const rows = keysOf(comparedLabels).map(key => {
		const {value, baseline, baselineLabel, unit, ratio, target} = compared[key];
		const isPeer = (peers as readonly string[]).includes(key);
		const targetCells = target
			? [`≤ ${target.ratio}×, ahead of peers`, mark(ratio <= target.ratio && ratio < slowestAhead)]
			: ['', ''];
		return [
			comparedLabels[key],
			format(value, unit),
			format(baseline, unit),
			baselineLabel,
			`${ratio.toFixed(2)}×`,
			...(isPeer ? ['', ''] : targetCells),
			change(value, previous?.figures?.compared?.[key]?.value),
		];
	});
	return table([header, ...rows], 'lrrlrrlr');
}

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
			const target = keyTarget(size, kind);
			const marks = target ? [mark(bytes.p95 <= target.bytes), mark(ms.p95 <= target.ms)] : ['', ''];
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
		'',
		comparedTable(figures.compared, previous),
		`Start-up: medians of ${runs.compared} interleaved runs; peers installed from the npm registry into .cache/bench-peers;`,
		'Node 24 from scripts/node-versions; cold: an empty NODE_COMPILE_CACHE each run, warm: one filled by a run before.',
		`Big input: medians of ${bigRuns.start} runs (first frame); one session each at 80×24 (peak RSS, under GNU time),`,
		`${bigRuns.keys} presses of each key after a warm-up, median / p95; "first open" is the first Enter of the session.`,
		'',
		`Targets: first frame ≤ 2× and RSS ≤ 1.7× node -e 0, cold npx ≤ 1.5× an empty package, tarball ≤ 150 kB; per key`,
		'(p95): j/k at 80×24 ≤ 150 B and 10 ms, at 200×60 ≤ 1 kB; other keys at 80×24 ≤ 1 kB and 16 ms (ms: from writing',
		'the key to the last byte of its frame).',
		'¹ Ink holds a lone Esc for one turn of the event loop, to tell it from the start of an escape sequence;',
		'  h does the same without that wait.',
		`Environment: PATH, HOME (empty), TERM only; npx with npm_config_cache=<empty folder>, ${Object.entries(npmSettings)
			.map(([name, value]) => `${name}=${value}`)
			.join(', ')}.`,
		`The bench took ${seconds.toFixed(0)} s.`,
	];
	return lines.join('\n');
}
