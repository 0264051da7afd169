/*
The load generator of `npm run bench:serve`, a process of its own so that the server's memory and time are its
own: ssh2 clients against 127.0.0.1:PORT, one phase per run, its figures as one line of JSON on stdout.
  idle COUNT        opens COUNT sessions to their first frame, says "ready", holds them until stdin closes
  burst COUNT       opens COUNT sessions one after another, each to its first frame, and ends each
  typing COUNT KEYS COUNT sessions type at once, each KEYS keys at a fast typist's pace (one every 200 ms, or
                    as soon as the frame of the one before is drawn, if that takes longer)
*/
import process from 'node:process';
import {performance} from 'node:perf_hooks';
import {setTimeout as delay} from 'node:timers/promises';
import {openShell, type Shell} from '../../test/helpers/serve-client.js';

const [phase = '', countText = '0', keysText = '0'] = process.argv.slice(3);
const port = Number(process.argv[2]);
const count = Number(countText);
/** A fast typist's pace, per session. */
const keyInterval = 200;

/** A session at its first frame; every 200th from another loopback address, as far apart as the limits allow. */
async function opened(index: number): Promise<Shell> {
	const shell = await openShell({port, localAddress: `127.0.1.${1 + Math.floor(index / 200)}`});
	await shell.waitForFrame(0, 60_000);
	return shell;
}

/** Opens `total` sessions, `atOnce` at a time. */
async function openMany(total: number, atOnce: number): Promise<Shell[]> {
	const shells: Shell[] = [];
	let next = 0;
	const worker = async () => {
		while (next < total) {
			const index = next++;
			// eslint-disable-next-line no-await-in-loop
			shells[index] = await opened(index);
		}
	};

	await Promise.all(Array.from({length: atOnce}, worker));
	return shells;
}

function say(value: unknown): void {
	process.stdout.write(`${JSON.stringify(value)}\n`);
}

switch (phase) {
	case 'idle': {
		const shells = await openMany(count, 20);
		say({ready: shells.length});
		process.stdin.resume();
		await new Promise(resolve => {
			process.stdin.once('end', resolve);
		});
		for (const shell of shells) {
			shell.end();
		}

		say({held: shells.length});

		break;
	}

	case 'burst': {
		const firstFrames: number[] = [];
		const startedAt = performance.now();
		for (let index = 0; index < count; index++) {
			const started = performance.now();
			// eslint-disable-next-line no-await-in-loop
			const shell = await opened(index);
			firstFrames.push(performance.now() - started);
			shell.end();
		}

		say({seconds: (performance.now() - startedAt) / 1000, firstFrames});

		break;
	}

	case 'typing': {
		const shells = await openMany(count, 20);
		const keys = Number(keysText);
		const latencies: number[] = [];
		await Promise.all(
			shells.map(async (shell, index) => {
				// Not all in step: each starts at its own moment of the first interval.
				await delay((index * keyInterval) / shells.length);
				for (let press = 0; press < keys; press++) {
					const before = shell.frames();
					const started = performance.now();
					// Experience and About in turn: each key draws a frame.
					shell.press(press % 2 === 0 ? '2' : '1');
					// eslint-disable-next-line no-await-in-loop
					await shell.waitForFrame(before, 30_000);
					const latency = performance.now() - started;
					latencies.push(latency);
					// eslint-disable-next-line no-await-in-loop
					await delay(Math.max(0, keyInterval - latency));
				}
			}),
		);
		for (const shell of shells) {
			shell.end();
		}

		say({latencies});

		break;
	}

	default: {
		throw new Error(`No such phase: ${phase}`);
	}
}

// The clients' sockets are closed; what ssh2 still holds must not keep the generator alive.
// eslint-disable-next-line unicorn/no-process-exit
process.exit(0);
