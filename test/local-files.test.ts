import {execFileSync, spawn} from 'node:child_process';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {Readable} from 'node:stream';
import test from 'ava';
import {ResumeError} from '../source/resume/errors.js';
import {defaultLimits, readResumeSource} from '../source/resume/source.js';

let directory: string;

test.before(async () => {
	directory = await mkdtemp(path.join(tmpdir(), 'terminal-resume-files-'));
});

test.after.always(async () => {
	await rm(directory, {recursive: true, force: true});
});

async function message(source: string): Promise<string> {
	try {
		await readResumeSource(source, Readable.from([]));
		return '';
	} catch (error) {
		return error instanceof ResumeError ? error.message : `not a ResumeError: ${String(error)}`;
	}
}

/** A FIFO with a writer that writes `bytes` of `text` repeated (or without end), then closes. */
function fifoFed(name: string, text: string, bytes?: number): {path: string; stop: () => void} {
	const fifo = path.join(directory, name);
	execFileSync('mkfifo', [fifo]);
	const script = `const fs = require('node:fs'); const out = fs.openSync(${JSON.stringify(fifo)}, 'w');
		const chunk = Buffer.from(${JSON.stringify(text)}.repeat(4096)); let left = ${bytes ?? 'Infinity'};
		try { while (left > 0) { const part = chunk.subarray(0, Math.min(chunk.length, left)); fs.writeSync(out, part); left -= part.length; } } catch {}`;
	const writer = spawn(process.execPath, ['-e', script], {stdio: 'ignore'});
	return {
		path: fifo,
		stop() {
			writer.kill();
		},
	};
}

test('a character device states no size and is counted as it is read: /dev/zero stops at the limit', async t => {
	// Endless: only a read that stops at the limit ends (the time is bench:hostile's to measure).
	t.is(
		await message('/dev/zero'),
		`/dev/zero: cannot read the résumé: more than the ${(defaultLimits.bytes / 1024 / 1024).toFixed(1)} MB a résumé can be`,
	);
});

test('a FIFO (or a process substitution) without end is refused at the limit; a short one is read', async t => {
	const endless = fifoFed('endless', 'x');
	try {
		t.regex(await message(endless.path), /cannot read the résumé: more than the 5\.0 MB a résumé can be$/v);
	} finally {
		endless.stop();
	}

	const json = fifoFed('resume.json', '{"basics": {"name": "Ada"}}', 27);
	const {text} = await readResumeSource(json.path, Readable.from([]));
	t.is(text, '{"basics": {"name": "Ada"}}');
});

test('a file name with controls is named with them made visible', async t => {
	const name = path.join(directory, 'evil\u001B]0;PWNED\u0007\u202E.json');
	t.is(
		await message(name),
		String.raw`${directory}/evil\u001b]0;PWNED\u0007\u202e.json: cannot read the résumé: no such file`,
	);
});
