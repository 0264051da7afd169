/*
What the bench has running, so that a failure or Ctrl+C leaves nothing behind; and the piped runs, each in a
process group of its own so that a kill reaches what it starts (npx starts a shell and the bin).
*/
import {Buffer} from 'node:buffer';
import {spawn} from 'node:child_process';
import {performance} from 'node:perf_hooks';
import process from 'node:process';
import {setTimeout as delay} from 'node:timers/promises';
import {cleanEnvironment, packageDirectory} from './environment.js';

type Stop = () => Promise<void>;

/** How to stop each thing still running. */
const running = new Set<Stop>();
let stopping = false;

/** Registers something running; one started while the bench stops is stopped at once. Returns the unregister. */
export function track(stop: Stop): () => void {
	running.add(stop);
	if (stopping) {
		void stop();
	}

	return () => {
		running.delete(stop);
	};
}

/** Stops what runs and waits until it is reaped: leaving first would leave zombies. */
export async function stopAll(): Promise<void> {
	stopping = true;
	await Promise.all([...running].map(async stop => stop()));
}

/** Whether the bench is stopping: a measurement that fails then failed because its process was killed. */
export function isStopping(): boolean {
	return stopping;
}

export type PipedOptions = {
	readonly cwd?: string;
	readonly env?: Readonly<Record<string, string>>;
	/** Milliseconds until it is killed and the run fails. */
	readonly timeout?: number;
};

export type Piped = {
	/** From spawning it to its exit, once all its output was read. */
	readonly ms: number;
	readonly stdout: string;
};

/** Runs a command with stdout piped; resolves with its output and the ms from spawning it to its exit. */
export async function timePiped(
	file: string,
	arguments_: readonly string[],
	{cwd = packageDirectory, env = cleanEnvironment(), timeout}: PipedOptions = {},
): Promise<Piped> {
	const command = `${file} ${arguments_.join(' ')}`;
	return new Promise((resolve, reject) => {
		const startedAt = performance.now();
		const child = spawn(file, arguments_, {cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true});
		// `close` comes once the output has all been read, after the exit.
		const closed = new Promise<{ended: number | string | undefined; at: number}>(resolve => {
			child.once('close', (code, signal) => {
				resolve({ended: code ?? signal ?? undefined, at: performance.now()});
			});
		});
		const stop = async () => {
			try {
				process.kill(-child.pid!, 'SIGKILL');
			} catch {
				// It has exited, and is not reaped yet.
			}

			await Promise.race([closed, delay(2000)]);
		};

		const untrack = track(stop);
		const timer =
			timeout === undefined
				? undefined
				: setTimeout(() => {
						reject(new Error(`Timed out after ${timeout} ms waiting for ${command}`));
						void stop();
					}, timeout);
		const stdout: Uint8Array[] = [];
		const stderr: Uint8Array[] = [];
		child.stdout.on('data', (chunk: Uint8Array) => {
			stdout.push(chunk);
		});
		child.stderr.on('data', (chunk: Uint8Array) => {
			stderr.push(chunk);
		});
		child.on('error', reject);
		void closed.then(({ended, at}) => {
			const ms = at - startedAt;
			clearTimeout(timer);
			untrack();
			if (ended === 0) {
				resolve({ms, stdout: Buffer.concat(stdout).toString()});
			} else {
				reject(new Error(`${command} ended with ${ended}:\n${Buffer.concat(stderr).toString()}`));
			}
		});
	});
}
