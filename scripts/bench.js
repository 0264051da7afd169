/*
Measures what a user of terminal-resume feels: the first frame, memory, a cold `npx`, the bytes and latency of
each key, the package's size, and the same for big résumés (2,000 work entries; a 1 MB highlight). This machine is shared and noisy, so every timing is a median of interleaved
runs beside a baseline measured in the same run, and only the ratio is held to a target. Run it with
`npm run bench`; it writes bench/results.json and compares the figures with the previous one.
*/
import {Buffer} from 'node:buffer';
import {execFile, spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import process from 'node:process';
import {setTimeout as delay} from 'node:timers/promises';
import {promisify} from 'node:util';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import pty from '@lydell/node-pty';
import xtermHeadless from '@xterm/headless';
import {tsImport} from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsPath = path.join(root, 'bench', 'results.json');
const gnuTime = '/usr/bin/time';

/** Runs per figure: enough for a stable median, few enough for the whole bench to take about a minute and a half. */
const runs = {start: 21, memory: 7, print: 15, npx: 5, keys: 30};

/**
Runs for the big input section, fewer: it measures three résumés, and what it looks for is a second where the
normal résumé takes milliseconds, not a few percent.
*/
const bigRuns = {start: 5, keys: 12};

/** A frame is over when no byte has come for this long: more than Ink's 34 ms render throttle. */
const quietMs = 50;

/** Sizes in kB of 1000 bytes, as npm reports them. */
const kB = 1000;

const escape = '\u001B';

const execFileAsync = promisify(execFile);

const temporary = mkdtempSync(path.join(os.tmpdir(), 'terminal-resume-bench-'));
const home = path.join(temporary, 'home');
const packs = path.join(temporary, 'packs');
/**
The packed package, unpacked: what users get, and a copy that a build running meanwhile (say, another engineer's
tests) cannot change halfway through the bench.
*/
const packageDirectory = path.join(temporary, 'package');
const cliPath = path.join(packageDirectory, 'dist', 'cli.js');

/**
The environment of a user's fresh shell, for everything the bench starts: no NODE_EXTRA_CA_CERTS or NODE_OPTIONS
(which slow every Node start on this machine) and no user configuration (HOME is empty).
*/
function cleanEnvironment(extra = {}) {
	return {PATH: process.env.PATH, HOME: home, TERM: 'xterm-256color', ...extra};
}

/**
This machine's ~/.npmrc turns these off, and the empty HOME drops it: without them every npm command asks the
registry for a newer npm and every install posts an audit, ~0.7 s of network that any package pays alike. No
other setting is needed: the global npmrc (its cafile) is read whatever HOME is, and installing a local tarball
without dependencies fetches nothing.
*/
// eslint-disable-next-line camelcase -- npm reads its settings from variables named so.
const npmSettings = {npm_config_update_notifier: 'false', npm_config_audit: 'false'};

/** Process groups still running, so that a failure or Ctrl+C leaves none behind. */
const live = new Set();
let stopping = false;

/** Registers a process group; one started while the bench stops is killed at once. */
function track(pid) {
	live.add(pid);
	if (stopping) {
		killAll();
	}
}

function killGroup(pid) {
	try {
		process.kill(-pid, 'SIGKILL');
	} catch {
		// It has exited, and is not reaped yet.
	}
}

function killAll() {
	for (const pid of live) {
		killGroup(pid);
	}
}

/** Kills what runs and waits until it is reaped (its exit handler untracks it): leaving first would leave zombies. */
async function reapAll(deadline = performance.now() + 2000) {
	killAll();
	if (live.size > 0 && performance.now() < deadline) {
		await delay(10);
		return reapAll(deadline);
	}
}

async function cleanUp() {
	stopping = true;
	await reapAll();
	rmSync(temporary, {recursive: true, force: true});
}

/** Runs `step` `times` times one after another: at once they would compete for the two cores. */
async function repeat(times, step) {
	const results = [];
	for (let index = 0; index < times; index++) {
		// eslint-disable-next-line no-await-in-loop
		results.push(await step(index));
	}

	return results;
}

/**
Runs the measurements in turn, round after round, so that the machine's noise hits all of them alike. The first
round only warms the file cache and is dropped.
*/
async function interleave(times, measures) {
	const rounds = await repeat(times + 1, () => repeat(measures.length, index => measures[index]()));
	return measures.map((_, index) => rounds.slice(1).map(round => round[index]));
}

function median(samples) {
	return percentile(samples, 0.5);
}

/** The nearest-rank percentile: a value that was measured, not an interpolation. */
function percentile(samples, fraction) {
	const sorted = samples.toSorted((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)];
}

/** Rejects after `ms`, with `what()`: a function, to describe the state at that moment. */
function withTimeout(promise, ms, what) {
	let timer;
	const timeout = new Promise((_, reject) => {
		timer = setTimeout(() => {
			reject(new Error(`Timed out after ${ms} ms waiting for ${what()}`));
		}, ms);
	});
	return Promise.race([promise, timeout]).finally(() => {
		clearTimeout(timer);
	});
}

/** Runs an npm command to completion; its output is shown only when it fails. */
function npm(arguments_, cwd) {
	const result = spawnSync('npm', arguments_, {cwd, env: cleanEnvironment(npmSettings), encoding: 'utf8'});
	if (result.status !== 0) {
		throw new Error(`npm ${arguments_.join(' ')} failed:\n${result.stdout}${result.stderr}`);
	}

	return result.stdout;
}

/** Packs a package into the temporary folder; the build ran already, so the prepack script is skipped. */
function pack(directory) {
	const [{filename, size}] = JSON.parse(
		npm(['pack', '--json', '--ignore-scripts', '--pack-destination', packs], directory),
	);
	return {filename, size};
}

/** The smallest package `npx` can run: a bin that does nothing, the floor under any package's cold start. */
function packEmptyPackage() {
	const directory = path.join(temporary, 'empty');
	mkdirSync(directory);
	const manifest = {name: 'bench-empty', version: '1.0.0', bin: {'bench-empty': 'cli.js'}};
	writeFileSync(path.join(directory, 'package.json'), JSON.stringify(manifest));
	writeFileSync(path.join(directory, 'cli.js'), '#!/usr/bin/env node\n', {mode: 0o755});
	return pack(directory);
}

/** The visible rows of a headless terminal. */
function screenOf(terminal) {
	const buffer = terminal.buffer.active;
	return Array.from({length: terminal.rows}, (_, row) => buffer.getLine(row)?.translateToString(true) ?? '');
}

/** The app's frame is all there once its footer is its last line (the terminal's last row stays blank). */
function frameComplete(screen) {
	return screen.findLast(line => line.trim() !== '')?.includes('q quit') ?? false;
}

function isFirstFrame(screen) {
	return screen[1].includes('1 About') && frameComplete(screen);
}

function screenChanged(before, after) {
	return before.join('\n') !== after.join('\n');
}

/** Open, back and Tab all change the breadcrumb row ("Experience › …"). */
function breadcrumbChanged(before, after) {
	return before[2] !== after[2];
}

/** A program in a pseudo-terminal of columns×rows, its output drawn into a headless xterm of that size. */
class TerminalRun {
	/** Bytes received since the last key. */
	bytes = 0;
	lastByteAt = 0;
	#onParsed = () => undefined;

	constructor(file, arguments_, {columns = 80, rows = 24} = {}) {
		this.terminal = new xtermHeadless.Terminal({cols: columns, rows, allowProposedApi: true});
		this.startedAt = performance.now();
		// Raw bytes (encoding null): counted exactly, and xterm decodes them as a terminal does.
		this.pty = pty.spawn(file, arguments_, {
			name: 'xterm-256color',
			cols: columns,
			rows,
			cwd: packageDirectory,
			env: cleanEnvironment(),
			encoding: null,
		});
		const {pid} = this.pty;
		// The program leads its own session, so its group holds it and anything it starts.
		track(pid);
		this.pty.onData(data => {
			const at = performance.now();
			this.bytes += data.length;
			this.lastByteAt = at;
			this.terminal.write(data, () => this.#onParsed(at));
		});
		this.exited = new Promise(resolve => {
			this.pty.onExit(({exitCode}) => {
				live.delete(pid);
				resolve({exitCode, at: performance.now()});
			});
		});
	}

	screen() {
		return screenOf(this.terminal);
	}

	/**
	Waits until the screen is `ready` and then no byte comes for `quiet` ms. Resolves with when the byte that made
	it ready arrived, and when the last byte did.
	*/
	async settle(ready, quiet, timeout = 10_000) {
		let timer;
		const settled = new Promise(resolve => {
			let readyAt;
			this.#onParsed = at => {
				clearTimeout(timer);
				if (!ready(this.screen())) {
					return;
				}

				readyAt ??= at;
				timer = setTimeout(() => {
					// A byte that came but is not drawn yet re-arms the timer once it is.
					if (this.lastByteAt === at) {
						resolve({readyAt, lastByteAt: at});
					}
				}, quiet);
			};
		});
		try {
			return await withTimeout(settled, timeout, () => `the expected screen; it shows:\n${this.screen().join('\n')}`);
		} finally {
			clearTimeout(timer);
			this.#onParsed = () => undefined;
		}
	}

	/**
	Waits until the program reads key by key: Ink sets raw mode just after its first frame, and a key sent before
	that waits for Enter.
	*/
	async waitForRawMode() {
		const raw = async () => {
			const {stdout} = await execFileAsync('stty', ['-F', this.pty.ptsName, '-a'], {env: cleanEnvironment()});
			return /(?:^|\s)-icanon(?:\s|$)/v.test(stdout);
		};

		const poll = async () => {
			if (!(await raw())) {
				await delay(5);
				return poll();
			}
		};

		await withTimeout(poll(), 10_000, () => 'raw mode');
	}

	/** Types a key; resolves with the bytes and ms from the key to the last byte of the frame it brings. */
	async press(key, expected, timeout = 10_000) {
		const before = this.screen();
		this.bytes = 0;
		const sentAt = performance.now();
		this.pty.write(key);
		const {lastByteAt} = await this.settle(after => frameComplete(after) && expected(before, after), quietMs, timeout);
		return {bytes: this.bytes, ms: lastByteAt - sentAt};
	}

	/** Waits for the program to end by itself, which it must do successfully. */
	async exit() {
		const {exitCode, at} = await withTimeout(this.exited, 10_000, () => 'the program to exit');
		if (exitCode !== 0) {
			throw new Error(`The program exited with ${exitCode}; the screen:\n${this.screen().join('\n')}`);
		}

		return at;
	}

	async quit() {
		await this.waitForRawMode();
		this.pty.write('q');
		return this.exit();
	}

	dispose() {
		if (live.has(this.pty.pid)) {
			killGroup(this.pty.pid);
		}

		this.terminal.dispose();
	}
}

/** Runs something in a pseudo-terminal, lets `drive` work it, and always disposes of it. */
async function inTerminal(file, arguments_, drive, size) {
	const run = new TerminalRun(file, arguments_, size);
	try {
		return await drive(run);
	} finally {
		run.dispose();
	}
}

/** Milliseconds from spawning the app to its first complete frame; then it quits with q. */
async function firstFrame() {
	return inTerminal(process.execPath, [cliPath], async app => {
		const {readyAt} = await app.settle(isFirstFrame, 0);
		await app.quit();
		return readyAt - app.startedAt;
	});
}

/** Milliseconds from spawning `node -e 0` in the same kind of terminal to its exit: Node's own start. */
async function nodeStart() {
	return inTerminal(process.execPath, ['-e', '0'], async run => (await run.exit()) - run.startedAt);
}

/** Peak RSS in MiB of `node …arguments_` in a terminal, from GNU time (which reports KiB), while `drive` works it. */
async function peakRss(arguments_, drive) {
	const report = path.join(temporary, 'time.txt');
	await inTerminal(gnuTime, ['-f', '%M', '-o', report, process.execPath, ...arguments_], drive);
	return Number(readFileSync(report, 'utf8').trim().split('\n').at(-1)) / 1024;
}

async function appPeakRss() {
	return peakRss([cliPath], async app => {
		await app.settle(isFirstFrame, 0);
		await app.quit();
	});
}

async function nodePeakRss() {
	return peakRss(['-e', '0'], run => run.exit());
}

/** Runs a command with stdout piped; resolves with its output and the ms from spawning it to its exit. */
function timePiped(file, arguments_, {cwd = packageDirectory, env = cleanEnvironment()} = {}) {
	return new Promise((resolve, reject) => {
		const startedAt = performance.now();
		// Its own process group: npx starts a shell and the bin, and a kill must reach them too.
		const child = spawn(file, arguments_, {cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true});
		track(child.pid);
		const stdout = [];
		const stderr = [];
		child.stdout.on('data', chunk => stdout.push(chunk));
		child.stderr.on('data', chunk => stderr.push(chunk));
		child.on('error', reject);
		// `close` comes once the output has all been read, after the exit.
		child.on('close', code => {
			const ms = performance.now() - startedAt;
			live.delete(child.pid);
			if (code === 0) {
				resolve({ms, stdout: Buffer.concat(stdout).toString()});
			} else {
				reject(new Error(`${file} ${arguments_.join(' ')} exited with ${code}:\n${Buffer.concat(stderr)}`));
			}
		});
	});
}

async function timeCli(flag) {
	const {ms} = await timePiped(process.execPath, [cliPath, flag]);
	return ms;
}

async function timeNode() {
	const {ms} = await timePiped(process.execPath, ['-e', '0']);
	return ms;
}

/** Milliseconds for `npx --yes ./<tarball> --print` with an empty npm cache, checking that all was printed. */
async function coldNpx(tarball, expectedOutput) {
	const cache = mkdtempSync(path.join(temporary, 'npm-cache-'));
	try {
		// `npx /absolute/path.tgz` fails; a path relative to the working folder works.
		// eslint-disable-next-line camelcase -- as above
		const env = cleanEnvironment({...npmSettings, npm_config_cache: cache});
		const {ms, stdout} = await withTimeout(
			timePiped('npx', ['--yes', `./${tarball}`, '--print'], {cwd: packs, env}),
			120_000,
			() => `npx ${tarball}`,
		);
		if (stdout !== expectedOutput) {
			throw new Error(`npx ${tarball} printed something else than node dist/cli.js --print:\n${stdout}`);
		}

		return ms;
	} finally {
		rmSync(cache, {recursive: true, force: true});
	}
}

/** Opens the Experience list, unless it shows already (then 2 would change nothing, and no frame would come). */
async function showExperience(app) {
	if (app.screen()[2].trim() !== 'Experience') {
		await app.press('2', breadcrumbChanged);
	}
}

/**
Presses each kind of key `count` times: j/k on the Experience list, Enter and back (Esc, and h for comparison:
Ink holds a lone Esc for one turn of the event loop, to tell it from an escape sequence), and Tab through the
sections.
*/
async function pressEach(app, count) {
	await showExperience(app);
	const move = await repeat(count, index => app.press(index % 2 === 0 ? 'j' : 'k', screenChanged));
	const openAndBack = async back => [
		await app.press('\r', breadcrumbChanged),
		await app.press(back, breadcrumbChanged),
	];
	const withEscape = await repeat(count, () => openAndBack(escape));
	const withH = await repeat(count, () => openAndBack('h'));
	const tab = await repeat(count, () => app.press('\t', breadcrumbChanged));
	return {
		move,
		open: [...withEscape, ...withH].map(([open]) => open),
		escape: withEscape.map(([, back]) => back),
		h: withH.map(([, back]) => back),
		tab,
	};
}

/**
Bytes and latency per kind of key in the app at columns×rows. A first round is dropped: the first dozen keys after
the start take two to three times as long, while V8 compiles the code they run, and would land in one kind's p95.
*/
async function keystrokes(columns, rows) {
	return inTerminal(
		process.execPath,
		[cliPath],
		async app => {
			await app.settle(isFirstFrame, quietMs);
			await app.waitForRawMode();
			await pressEach(app, 6);
			const presses = await pressEach(app, runs.keys);
			await app.quit();
			return presses;
		},
		{columns, rows},
	);
}

const keyLabels = {move: 'j/k move', open: 'Enter open', escape: 'Esc back ¹', h: 'h back', tab: 'Tab section'};

function summariseKeys(presses) {
	const bytes = presses.map(press => press.bytes);
	const ms = presses.map(press => press.ms);
	return {
		bytes: {median: median(bytes), p95: percentile(bytes, 0.95)},
		ms: {median: median(ms), p95: percentile(ms, 0.95)},
	};
}

/**
The big input: the built-in résumé beside the two big ones of test/helpers/big-resume.ts (2,000 work entries with
20,000 highlights, and a single highlight of 1 MB), each written to a JSON file for `--data`.
*/
async function writeBigResumes() {
	const {longCareerResume, hugeHighlightResume} = await tsImport('../test/helpers/big-resume.ts', import.meta.url);
	const write = (name, json) => {
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

const bigLabels = {normal: 'built-in', longCareer: '2,000 entries', hugeHighlight: '1 MB highlight'};

/** What was slow before caching took long: the bench should report it, not time out. */
const bigTimeout = 60_000;

/** Milliseconds from spawning the app with `arguments_` to its first complete frame; then it quits with q. */
async function bigFirstFrame(arguments_) {
	return inTerminal(process.execPath, [cliPath, ...arguments_], async app => {
		const {readyAt} = await app.settle(isFirstFrame, 0, bigTimeout);
		await app.quit();
		return readyAt - app.startedAt;
	});
}

/**
One session at 80×24, under GNU time for its peak RSS: the Experience list, the first open (the only one that lays
out what it opens), then each key `count` times after a dropped warm-up round: j/k and G/g on the list, Enter and
Esc, and j/k in what Enter opened (for the 1 MB highlight, scrolling through it).
*/
async function bigSession(arguments_, count) {
	let presses;
	const rss = await peakRss([cliPath, ...arguments_], async app => {
		const press = (key, expected) => app.press(key, expected, bigTimeout);
		/** Presses `there`, then `back`, `pairs` times: the screen ends as it started, ready for the next kind. */
		const toAndFro = async (there, back, expected, pairs) => {
			const presses = await repeat(pairs, async () => [await press(there, expected), await press(back, expected)]);
			return presses.flat();
		};

		const each = async times => {
			const move = await toAndFro('j', 'k', screenChanged, times / 2);
			const ends = await toAndFro('G', 'g', screenChanged, times / 2);
			const openAndBack = await toAndFro('\r', escape, breadcrumbChanged, times);
			await press('\r', breadcrumbChanged);
			const inside = await toAndFro('j', 'k', screenChanged, times / 2);
			await press(escape, breadcrumbChanged);
			return {
				move,
				ends,
				open: openAndBack.filter((_, index) => index % 2 === 0),
				escape: openAndBack.filter((_, index) => index % 2 === 1),
				inside,
			};
		};

		await app.settle(isFirstFrame, quietMs, bigTimeout);
		await app.waitForRawMode();
		await press('2', breadcrumbChanged);
		const firstOpen = await press('\r', breadcrumbChanged);
		await press(escape, breadcrumbChanged);
		await each(2);
		presses = {...(await each(count)), firstOpen: [firstOpen]};
		await app.quit();
	});
	return {rss, presses};
}

const bigKeyLabels = {
	move: 'j/k move',
	ends: 'G/g bottom, top',
	firstOpen: 'Enter, first open',
	open: 'Enter open',
	escape: 'Esc back',
	inside: 'j/k in what opened',
};

async function bigInput() {
	const resumes = await writeBigResumes();
	const names = Object.keys(resumes);
	progress(`Big input: first frame, ${bigRuns.start} runs of each…`);
	const starts = await interleave(
		bigRuns.start,
		names.map(name => () => bigFirstFrame(resumes[name])),
	);
	progress(`Big input: a session of ${bigRuns.keys} presses of each key…`);
	const sessions = await repeat(names.length, index => bigSession(resumes[names[index]], bigRuns.keys));
	const figures = Object.fromEntries(
		names.map((name, index) => {
			const {rss, presses} = sessions[index];
			const keys = Object.fromEntries(Object.keys(bigKeyLabels).map(kind => [kind, summariseKeys(presses[kind]).ms]));
			return [name, {firstFrame: median(starts[index]), peakRss: rss, keys}];
		}),
	);
	const samples = Object.fromEntries(
		names.map((name, index) => [name, {firstFrame: starts[index], ...sessions[index]}]),
	);
	return {figures, samples};
}

function bigTable(big, previous) {
	const names = Object.keys(big);
	const before = name => previous?.figures?.bigInput?.[name];
	const cell = (name, value, unit, old) => {
		const changed = change(value, old);
		return `${format(value, unit)}${changed ? ` (${changed})` : ''}`;
	};

	const header = ['Big input, 80×24', ...names.map(name => bigLabels[name])];
	const rows = [
		['First frame', ...names.map(name => cell(name, big[name].firstFrame, 'ms', before(name)?.firstFrame))],
		['Peak RSS (session)', ...names.map(name => cell(name, big[name].peakRss, 'MiB', before(name)?.peakRss))],
		...Object.entries(bigKeyLabels).map(([kind, label]) => [
			`${label}${kind === 'firstOpen' ? '' : ', ms p95'}`,
			...names.map(name => {
				const {median: middle, p95} = big[name].keys[kind];
				const old = before(name)?.keys?.[kind]?.p95;
				return kind === 'firstOpen'
					? cell(name, middle, 'ms', before(name)?.keys?.[kind]?.median)
					: `${middle.toFixed(1)} / ${cell(name, p95, 'ms', old)}`;
			}),
		]),
	];
	return table([header, ...rows], `l${'r'.repeat(names.length)}`);
}

function progress(message) {
	process.stderr.write(`${message}\n`);
}

/** Builds and packs the package, unpacks it to run it, and packs the empty one. */
function prepare() {
	if (!existsSync(gnuTime)) {
		throw new Error(`Peak RSS needs GNU time at ${gnuTime}: apt-get install -y time`);
	}

	progress('Building and packing…');
	mkdirSync(home);
	mkdirSync(packs);
	npm(['run', 'build'], root);
	const tarball = pack(root);
	// Its files are under package/ in the tarball: this makes packageDirectory.
	const unpacked = spawnSync('tar', ['-xzf', path.join(packs, tarball.filename), '-C', temporary]);
	if (unpacked.status !== 0) {
		throw new Error(`Could not unpack ${tarball.filename}: ${unpacked.stderr}`);
	}

	return {tarball, empty: packEmptyPackage()};
}

/** Every measurement, in order; returns the figures and the raw samples. */
async function measure() {
	const {tarball, empty} = prepare();
	const bundle = readFileSync(cliPath);

	progress(`First frame in a pty, ${runs.start} runs…`);
	const [start, nodeInTerminal] = await interleave(runs.start, [firstFrame, nodeStart]);
	progress(`Peak RSS, ${runs.memory} runs…`);
	const [rss, nodeRss] = await interleave(runs.memory, [appPeakRss, nodePeakRss]);
	progress(`--print and --banner, ${runs.print} runs…`);
	const [print, banner, nodePiped] = await interleave(runs.print, [
		() => timeCli('--print'),
		() => timeCli('--banner'),
		timeNode,
	]);
	const {stdout: printed} = await timePiped(process.execPath, [cliPath, '--print']);
	progress(`Cold npx, ${runs.npx} runs…`);
	const [npx, npxEmpty] = await interleave(runs.npx, [
		() => coldNpx(tarball.filename, printed),
		() => coldNpx(empty.filename, ''),
	]);
	progress(`Keys, ${runs.keys} of each at 80×24 and 200×60…`);
	const keys = {'80×24': await keystrokes(80, 24), '200×60': await keystrokes(200, 60)};
	const big = await bigInput();

	const versus = (samples, baselineSamples, {of = 'node -e 0', unit = 'ms', target} = {}) => ({
		value: median(samples),
		baseline: median(baselineSamples),
		baselineLabel: of,
		unit,
		ratio: median(samples) / median(baselineSamples),
		target,
	});
	const figures = {
		firstFrame: versus(start, nodeInTerminal, {target: {ratio: 3}}),
		peakRss: versus(rss, nodeRss, {unit: 'MiB', target: {ratio: 1.6}}),
		print: versus(print, nodePiped),
		banner: versus(banner, nodePiped),
		coldNpx: versus(npx, npxEmpty, {of: 'empty package', target: {ratio: 1.5}}),
		tarball: {value: tarball.size / kB, unit: 'kB', target: {value: 150}},
		bundle: {value: bundle.length / kB, unit: 'kB'},
		bundleGzip: {value: gzipSync(bundle, {level: 9}).length / kB, unit: 'kB'},
		keys: Object.fromEntries(
			Object.entries(keys).map(([size, kinds]) => [
				size,
				Object.fromEntries(Object.entries(kinds).map(([kind, presses]) => [kind, summariseKeys(presses)])),
			]),
		),
		bigInput: big.figures,
	};
	const samples = {
		firstFrame: {app: start, node: nodeInTerminal},
		peakRss: {app: rss, node: nodeRss},
		print: {print, banner, node: nodePiped},
		coldNpx: {app: npx, empty: npxEmpty},
		keys,
		bigInput: big.samples,
	};
	return {figures, samples};
}

const figureLabels = {
	firstFrame: 'First frame, 80×24 pty',
	peakRss: 'Peak RSS (first frame, q)',
	print: '--print to exit, piped',
	banner: '--banner to exit, piped',
	coldNpx: 'Cold npx --print',
	tarball: 'Tarball (npm pack)',
	bundle: 'dist/cli.js',
	bundleGzip: 'dist/cli.js, gzip -9',
};

/** Targets for keys, at 80×24: at most 1 kB and a p95 of 16 ms, a frame at 60 Hz. */
const keyTarget = {bytes: 1000, ms: 16};

function format(value, unit) {
	const digits = unit === 'ms' && value >= 100 ? 0 : 1;
	return `${value.toFixed(digits)} ${unit}`;
}

function mark(pass) {
	return pass ? '✓' : '✗';
}

/** The change from the previous run's figure, as a percentage. */
function change(now, before) {
	if (before === undefined) {
		return '';
	}

	const percent = ((now - before) / before) * 100;
	return Math.abs(percent) < 0.5 ? '=' : `${percent > 0 ? '+' : '−'}${Math.abs(percent).toFixed(0)}%`;
}

/** Pads the columns to one width each; `align` has an l (text) or r (figures) per column. */
function table(rows, align) {
	const widths = rows[0].map((_, column) => Math.max(...rows.map(row => row[column].length)));
	const pad = (cell, column) => (align[column] === 'l' ? cell.padEnd(widths[column]) : cell.padStart(widths[column]));
	return rows
		.map(row =>
			row
				.map((cell, column) => pad(cell, column))
				.join('  ')
				.trimEnd(),
		)
		.join('\n');
}

function mainTable(figures, previous) {
	const header = ['', 'median', 'baseline', 'of', 'ratio', 'target', '', 'vs last'];
	const rows = Object.entries(figureLabels).map(([key, label]) => {
		const {value, baseline, baselineLabel, unit, ratio, target} = figures[key];
		const before = previous?.figures?.[key]?.value;
		if (ratio === undefined) {
			const targetCells = target ? [`≤ ${target.value} ${unit}`, mark(value <= target.value)] : ['', ''];
			return [label, format(value, unit), '', '', '', ...targetCells, change(value, before)];
		}

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

function keyTable(keys, previous) {
	const header = ['Per key', 'bytes', 'p95', 'ms', 'p95', 'bytes', 'ms', 'vs last: bytes', 'ms p95'];
	const rows = Object.entries(keys).flatMap(([size, kinds]) =>
		Object.entries(kinds).map(([kind, {bytes, ms}]) => {
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
				change(bytes.median, before?.bytes.median),
				change(ms.p95, before?.ms.p95),
			];
		}),
	);
	return table([header, ...rows], 'lrrrrllrr');
}

function report({date, node, cpu, cores, figures}, previous, seconds) {
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

function readPrevious() {
	return existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : undefined;
}

function save(results) {
	mkdirSync(path.dirname(resultsPath), {recursive: true});
	// Two decimals are more than a noisy machine can tell apart.
	const rounded = (_, value) => (typeof value === 'number' ? Math.round(value * 100) / 100 : value);
	writeFileSync(resultsPath, `${JSON.stringify(results, rounded, '\t')}\n`);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.once(signal, async () => {
		await cleanUp();
		// As a shell reports a death by this signal.
		process.exit(128 + os.constants.signals[signal]);
	});
}

const startedAt = performance.now();
try {
	const previous = readPrevious();
	const cpu = os.cpus();
	const machine = {date: new Date().toISOString(), node: process.version, cpu: cpu[0]?.model, cores: cpu.length};
	const results = {...machine, runs, ...(await measure())};
	save(results);
	console.log(report(results, previous, (performance.now() - startedAt) / 1000));
} catch (error) {
	// Interrupted: the measurement in flight failed because its process was killed; that is no news.
	if (!stopping) {
		throw error;
	}
} finally {
	await cleanUp();
}
