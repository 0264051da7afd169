/*
The big input: the built-in résumé beside the two big ones of test/helpers/big-resume.ts (2,000 work entries with
20,000 highlights, and a single highlight of 1 MB), each written to a JSON file for `--data`.
*/
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {hugeHighlightResume, longCareerResume} from '../../test/helpers/big-resume.js';
import {keys} from '../../test/helpers/terminal.js';
import {packagedCli, temporary} from './environment.js';
import {summariseKeys} from './keys.js';
import {progress} from './progress.js';
import {fromKeys, keysOf} from './records.js';
import {bigRuns} from './runs.js';
import {firstFrame, peakRss} from './start-up.js';
import {interleave, median, repeat, type Spread} from './statistics.js';
import {
	breadcrumbChanged,
	isFirstFrame,
	quietMs,
	quit,
	screenChanged,
	timedPress,
	type Changed,
	type Press,
} from './terminal.js';

export type BigResume = 'normal' | 'longCareer' | 'hugeHighlight';

export type BigKeyKind = 'move' | 'ends' | 'firstOpen' | 'open' | 'escape' | 'inside' | 'typing';

export type BigFigures = {
	readonly firstFrame: number;
	readonly peakRss: number;
	readonly keys: Record<BigKeyKind, Spread>;
};

export type BigSession = {readonly rss: number; readonly presses: Record<BigKeyKind, Press[]>};

export type BigSamples = BigSession & {readonly firstFrame: number[]};

/** In the order results.json keeps them. */
const bigKeyKinds: readonly BigKeyKind[] = ['move', 'ends', 'firstOpen', 'open', 'escape', 'inside', 'typing'];

/** What the bench types into the search line, a character a key (no space, which changes no frame when it changes no match). */
const typedQuery = 'availability';

/** What was slow before caching took long: the bench should report it, not time out. */
const bigTimeout = 60_000;

function writeBigResumes(): Record<BigResume, string[]> {
	const write = (name: string, json: unknown) => {
		const file = path.join(temporary, name);
		writeFileSync(file, JSON.stringify(json));
		return file;
	};

	return {
		normal: [],
		longCareer: ['--data', write('long-career.json', longCareerResume())],
		hugeHighlight: ['--data', write('huge-highlight.json', hugeHighlightResume())],
	};
}

/**
One session at 80×24, under GNU time for its peak RSS: the Experience list, the first open (the only one that lays
out what it opens), then each key `count` times after a dropped warm-up round: j/k and G/g on the list, Enter and
Esc, j/k in what Enter opened (for the 1 MB highlight, scrolling through it), and a query typed into the search line.
*/
async function bigSession(arguments_: readonly string[], count: number): Promise<BigSession> {
	let presses: Record<BigKeyKind, Press[]> | undefined;
	const rss = await peakRss([packagedCli, ...arguments_], async app => {
		const press = async (key: string, changed: Changed) => timedPress(app, key, changed, bigTimeout);
		/** Presses `there`, then `back`, `pairs` times: the screen ends as it started, ready for the next kind. */
		const toAndFro = async (there: string, back: string, changed: Changed, pairs: number) => {
			const presses = await repeat(pairs, async () => [await press(there, changed), await press(back, changed)]);
			return presses.flat();
		};

		const each = async (times: number) => {
			const move = await toAndFro('j', 'k', screenChanged, times / 2);
			const ends = await toAndFro('G', 'g', screenChanged, times / 2);
			const openAndBack = await toAndFro(keys.enter, keys.escape, breadcrumbChanged, times);
			await press(keys.enter, breadcrumbChanged);
			const inside = await toAndFro('j', 'k', screenChanged, times / 2);
			await press(keys.escape, breadcrumbChanged);
			// Each character typed searches everything again; Esc leaves search where it was opened.
			await press('/', breadcrumbChanged);
			const typing = await repeat(times, async index => press(typedQuery[index % typedQuery.length]!, screenChanged));
			await press(keys.escape, breadcrumbChanged);
			return {
				typing,
				move,
				ends,
				open: openAndBack.filter((_, index) => index % 2 === 0),
				escape: openAndBack.filter((_, index) => index % 2 === 1),
				inside,
			};
		};

		await app.settle(isFirstFrame, {quiet: quietMs, timeout: bigTimeout, description: 'the first frame'});
		await app.waitForKeyboard();
		await press('2', screenChanged);
		const firstOpen = await press(keys.enter, breadcrumbChanged);
		await press(keys.escape, breadcrumbChanged);
		await each(2);
		presses = {...(await each(count)), firstOpen: [firstOpen]};
		await quit(app);
	});
	return {rss, presses: presses!};
}

export async function bigInput(): Promise<{
	readonly figures: Record<BigResume, BigFigures>;
	readonly samples: Record<BigResume, BigSamples>;
}> {
	const resumes = writeBigResumes();
	const names = keysOf(resumes);
	progress(`Big input: first frame, ${bigRuns.start} runs of each…`);
	const starts = await interleave(
		bigRuns.start,
		fromKeys(names, name => async () => firstFrame(resumes[name], bigTimeout)),
	);
	progress(`Big input: a session of ${bigRuns.keys} presses of each key…`);
	const sessions = await repeat(names.length, async index => bigSession(resumes[names[index]!], bigRuns.keys));
	const byName = <T>(make: (name: BigResume, session: BigSession) => T) =>
		fromKeys(names, (name, index) => make(name, sessions[index]!));
	return {
		figures: byName((name, {rss, presses}) => ({
			firstFrame: median(starts[name]),
			peakRss: rss,
			keys: fromKeys(bigKeyKinds, kind => summariseKeys(presses[kind]).ms),
		})),
		samples: byName((name, session) => ({firstFrame: starts[name], ...session})),
	};
}
