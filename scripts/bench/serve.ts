/*
`terminal-resume serve` under load, on loopback only: the built bundle (`npm run build` first) on 127.0.0.1 and
the load generator (serve-load.ts) in a process of its own. 500 idle sessions held open (memory per session
beyond the server's baseline RSS), a burst of sequential connections (new sessions per second to first frame)
and 100 sessions typing at once, 5 keys a second each (key-to-frame latency). Bounded: each phase has a count and a time limit, and
everything it starts is stopped. Run alone with `npm run bench:serve`; `npm run bench` runs it last.
*/
import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {setTimeout as delay} from 'node:timers/promises';
import {cliPath, nodePath} from '../../test/helpers/terminal.js';
import {percentile, median} from './statistics.js';
import {format, mark, table} from './table.js';

export type ServeLoad = {
	readonly idleSessions: number;
	readonly baselineMib: number;
	readonly kibPerSession: number;
	readonly burstSessions: number;
	readonly sessionsPerSecond: number;
	readonly firstFrameMedianMs: number;
	readonly typingSessions: number;
	readonly keyToFrameMedianMs: number;
	readonly keyToFrameP95Ms: number;
};

const counts = {idle: 500, burst: 200, typing: 100, keys: 20} as const;
const targets = {kibPerSession: 1024, sessionsPerSecond: 40, keyToFrameP95Ms: 50} as const;
/** Longest any phase may take before the bench gives up on it. */
const phaseLimit = 180_000;
const generator = fileURLToPath(new URL('serve-load.ts', import.meta.url));

/** Resident memory of a process, in KiB, as the kernel counts it. */
function rssKib(pid: number): number {
	const line = readFileSync(`/proc/${pid}/status`, 'utf8')
		.split('\n')
		.find(entry => entry.startsWith('VmRSS:'));
	return Number(line?.split(/\s+/v)[1]);
}

type Server = {readonly pid: number; readonly port: number; readonly stop: () => Promise<void>};

async function startServer(directory: string): Promise<Server> {
	const child = spawn(
		nodePath,
		[
			cliPath,
			'serve',
			'--host',
			'127.0.0.1',
			'--port',
			'0',
			'--host-key',
			path.join(directory, 'key'),
			// The load comes from a few addresses: the limits per address and in all must not be what is measured.
			'--max-sessions',
			'2000',
			'--max-per-ip',
			'1000',
			'--rate-per-ip',
			'100000',
		],
		{stdio: ['ignore', 'ignore', 'pipe']},
	);
	let log = '';
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		log += chunk;
	});
	const deadline = Date.now() + 20_000;
	let port: number | undefined;
	while (port === undefined) {
		if (Date.now() > deadline || child.exitCode !== null) {
			child.kill('SIGKILL');
			throw new Error(`The server did not start:\n${log}`);
		}

		const found = /event=listening .*?port=(\d+)/v.exec(log)?.[1];
		port = found === undefined ? undefined : Number(found);
		// eslint-disable-next-line no-await-in-loop
		await delay(50);
	}

	return {pid: child.pid!, port, stop: async () => stopped(child)};
}

async function stopped(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) {
		return;
	}

	const exited = new Promise(resolve => {
		child.once('exit', resolve);
	});
	child.kill('SIGTERM');
	const timer = setTimeout(() => {
		child.kill('SIGKILL');
	}, 10_000);
	await exited;
	clearTimeout(timer);
}

/** What a phase of the load generator reports: its figures by name. */
type Figures = Readonly<Record<string, unknown>>;

/** A list of numbers that a phase reported. */
function numbers(value: unknown): number[] {
	return Array.isArray(value) ? value.map(Number) : [];
}

/** Runs one phase of the load generator; `onReady` runs when it says "ready", and closing its stdin ends it. */
async function phase(port: number, args: readonly string[], onReady?: () => void): Promise<Figures> {
	const child = spawn(process.execPath, ['--import=tsx', generator, String(port), ...args], {
		stdio: ['pipe', 'pipe', 'inherit'],
	});
	const timer = setTimeout(() => {
		child.kill('SIGKILL');
	}, phaseLimit);
	let result: Figures | undefined;
	let buffered = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		buffered += chunk;
		for (let end = buffered.indexOf('\n'); end !== -1; end = buffered.indexOf('\n')) {
			const message: unknown = JSON.parse(buffered.slice(0, end));
			buffered = buffered.slice(end + 1);
			if (typeof message !== 'object' || message === null) {
				continue;
			}

			if ('ready' in message) {
				onReady?.();
				child.stdin.end();
			} else {
				result = Object.fromEntries(Object.entries(message));
			}
		}
	});
	if (!onReady) {
		child.stdin.end();
	}

	const code = await new Promise(resolve => {
		child.once('exit', resolve);
	});
	clearTimeout(timer);
	if (code !== 0 || result === undefined) {
		throw new Error(`The load generator's ${args[0]} phase failed (status ${String(code)})`);
	}

	return result;
}

export async function measureServe(): Promise<ServeLoad> {
	const directory = mkdtempSync(path.join(os.tmpdir(), 'terminal-resume-serve-bench-'));
	const server = await startServer(directory);
	try {
		// A first session loads Ink, React and Yoga: that is the baseline, not a session's cost.
		await phase(server.port, ['burst', '5']);
		await delay(1000);
		const baseline = rssKib(server.pid);
		let held = 0;
		await phase(server.port, ['idle', String(counts.idle)], () => {
			held = rssKib(server.pid);
		});
		await delay(2000);
		const burst = await phase(server.port, ['burst', String(counts.burst)]);
		await delay(2000);
		const typing = await phase(server.port, ['typing', String(counts.typing), String(counts.keys)]);
		return {
			idleSessions: counts.idle,
			baselineMib: baseline / 1024,
			kibPerSession: (held - baseline) / counts.idle,
			burstSessions: counts.burst,
			sessionsPerSecond: counts.burst / Number(burst['seconds']),
			firstFrameMedianMs: median(numbers(burst['firstFrames'])),
			typingSessions: counts.typing,
			keyToFrameMedianMs: median(numbers(typing['latencies'])),
			keyToFrameP95Ms: percentile(numbers(typing['latencies']), 0.95),
		};
	} finally {
		await server.stop();
		rmSync(directory, {recursive: true, force: true});
	}
}

export function reportServe(load: ServeLoad): string {
	return table(
		[
			['serve (loopback)', 'figure', 'target', ''],
			[
				`${load.idleSessions} idle sessions, memory each beyond ${format(load.baselineMib, 'MiB')}`,
				format(load.kibPerSession, 'KiB'),
				`< ${targets.kibPerSession} KiB`,
				mark(load.kibPerSession < targets.kibPerSession),
			],
			[
				`${load.burstSessions} sequential sessions to first frame`,
				`${load.sessionsPerSecond.toFixed(1)}/s`,
				`≥ ${targets.sessionsPerSecond}/s`,
				mark(load.sessionsPerSecond >= targets.sessionsPerSecond),
			],
			['  first frame, median', format(load.firstFrameMedianMs, 'ms'), '', ''],
			[
				`${load.typingSessions} sessions typing 5 keys/s each, key to frame p95`,
				format(load.keyToFrameP95Ms, 'ms'),
				`< ${targets.keyToFrameP95Ms} ms`,
				mark(load.keyToFrameP95Ms < targets.keyToFrameP95Ms),
			],
			['  key to frame, median', format(load.keyToFrameMedianMs, 'ms'), '', ''],
		],
		'lrrl',
	);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	console.log(`${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} cores`);
	console.log(reportServe(await measureServe()));
}
