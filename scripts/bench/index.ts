/*
Measures what a user of terminal-resume feels: the first frame, memory, a cold `npx`, the bytes and latency of
each key, the package's size, and the same for big résumés (2,000 work entries; a 1 MB highlight). This machine
is shared and noisy, so every timing is a median of interleaved runs beside a baseline measured in the same run,
and only the ratio is held to a target. Run it with `npm run bench`; it writes bench/results.json and compares
the figures with the previous one.
*/
import os from 'node:os';
import {performance} from 'node:perf_hooks';
import process from 'node:process';
import {removeTemporary} from './environment.js';
import {measure} from './measure.js';
import {isStopping, stopAll} from './processes.js';
import {report} from './report.js';
import {readPrevious, save} from './results.js';
import {runs} from './runs.js';
import {measureServe, reportServe} from './serve.js';

async function cleanUp(): Promise<void> {
	await stopAll();
	removeTemporary();
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	process.once(signal, () => {
		// As a shell reports a death by this signal.
		void cleanUp().then(() => process.exit(128 + os.constants.signals[signal]));
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
	// Last, and on its own: its load would disturb the figures above. Alone: npm run bench:serve.
	console.log(`\n${reportServe(await measureServe())}`);
} catch (error) {
	// Interrupted: the measurement in flight failed because its process was killed; that is no news.
	if (!isStopping()) {
		throw error;
	}
} finally {
	await cleanUp();
}
