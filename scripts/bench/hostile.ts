/*
What the hardening costs a person, on the inputs of test/helpers/hostile-inputs.ts: a 1 MB paste into the app,
the largest résumé accepted (150,000 work entries in 5.1 MB), and the worst that fits in 5 MB. Medians of three
runs of the built bundle (dist/cli.js; `npm run build` first), peak RSS by GNU time. Run it with
`npm run bench:hostile`.
*/
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {aliasBomb, deepUnknownField, manyEntries, manyLinks} from '../../test/helpers/hostile-inputs.js';
import {cliPath, TerminalSession} from '../../test/helpers/terminal.js';
import {median, repeat} from './statistics.js';
import {table} from './table.js';

const runs = 3;
const directory = mkdtempSync(path.join(os.tmpdir(), 'terminal-resume-hostile-'));

function file(name: string, text: string): string {
	const where = path.join(directory, name);
	writeFileSync(where, text);
	return where;
}

/** Milliseconds and peak MiB of one printed run, by GNU time; the status does not matter (a refusal is 1). */
function printed(args: readonly string[]): {ms: number; mib: number} {
	const report = path.join(directory, 'time.txt');
	const started = performance.now();
	try {
		execFileSync('/usr/bin/time', ['-f', '%M', '-o', report, process.execPath, cliPath, ...args], {stdio: 'ignore'});
	} catch {
		// Refused, as it should be: measured all the same.
	}

	const ms = performance.now() - started;
	return {ms, mib: Number(readFileSync(report, 'utf8').trim().split('\n').at(-1)) / 1024};
}

async function medianPrinted(args: readonly string[]): Promise<string[]> {
	const samples = await repeat(runs, async () => printed(args));
	return [
		`${Math.round(median(samples.map(sample => sample.ms)))} ms`,
		`${Math.round(median(samples.map(sample => sample.mib)))} MiB`,
	];
}

/** The app in a pty: ms to its first frame; with `paste`, then ms to write a megabyte and ms for q after it. */
async function inApp(args: readonly string[], paste: boolean): Promise<number[]> {
	const session = TerminalSession.start({args});
	try {
		const started = performance.now();
		await session.waitFor(lines => lines.some(line => line.includes('q quit')), {timeout: 60_000});
		const firstFrame = performance.now() - started;
		await session.waitForKeyboard();
		let written = 0;
		if (paste) {
			const megabyte = 'jkjklh\t'.repeat(150_000).slice(0, 1024 * 1024);
			const pasting = performance.now();
			for (let start = 0; start < megabyte.length; start += 4096) {
				session.press(megabyte.slice(start, start + 4096));
				// eslint-disable-next-line no-await-in-loop
				await new Promise(resolve => {
					setImmediate(resolve);
				});
			}

			written = performance.now() - pasting;
		}

		const quitting = performance.now();
		session.press('q');
		await session.waitForExit({timeout: 60_000});
		return [firstFrame, written, performance.now() - quitting];
	} finally {
		await session.dispose();
	}
}

async function medianApp(args: readonly string[], paste: boolean): Promise<number[]> {
	const samples = await repeat(runs, async () => inApp(args, paste));
	return [0, 1, 2].map(index => Math.round(median(samples.map(sample => sample[index]!))));
}

try {
	const largest = file('largest.json', manyEntries());
	const links = file('links.json', manyLinks(35_000));
	const [pasteFrame, pasteWritten, pasteQuit] = await medianApp([], true);
	const [largestFrame, , largestQuit] = await medianApp(['--data', largest], false);
	const rows = [
		['what', 'input', 'time', 'peak RSS'],
		['1 MB paste into the app, then q', 'built-in', `${pasteWritten} ms to take it, q answered in ${pasteQuit} ms`, ''],
		[
			'first frame, then q',
			'150,000 entries, 5.1 MB',
			`${largestFrame} ms, q in ${largestQuit} ms (built-in: ${pasteFrame} ms)`,
			'',
		],
		['`--print`', '150,000 entries, 5.1 MB', ...(await medianPrinted(['--data', largest, '--print']))],
		['`--format json`', '150,000 entries, 5.1 MB', ...(await medianPrinted(['--data', largest, '--format', 'json']))],
		['`--print`', '35,000 links, 4.5 MB', ...(await medianPrinted(['--data', links, '--print']))],
		[
			'`--format json`, nested 3,000 deep',
			'18 kB',
			...(await medianPrinted(['--data', file('deep.json', deepUnknownField()), '--format', 'json'])),
		],
		[
			'refused: YAML alias bomb',
			'360 B',
			...(await medianPrinted(['--data', file('bomb.yaml', aliasBomb()), '--print'])),
		],
		['refused: `--data /dev/zero`', 'endless', ...(await medianPrinted(['--data', '/dev/zero', '--print']))],
	];
	console.log(table(rows, 'llrr'));
} finally {
	rmSync(directory, {recursive: true, force: true});
}
