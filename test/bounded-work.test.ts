/*
Bounded work on any input, through the built bundle under a heap limit and a timeout: what crashed, ran for
minutes or grew to gigabytes now ends within seconds, with its output or a one-line message.
*/
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {
	aliasBomb,
	deepInvalidJson,
	deepUnknownField,
	entryName,
	manyEntries,
	manyLinks,
	repeatedHighlight,
} from './helpers/hostile-inputs.js';
import {run, type Result} from './helpers/run-cli.js';

let directory: string;

test.before(async () => {
	directory = await mkdtemp(path.join(tmpdir(), 'terminal-resume-bounded-'));
});

test.after.always(async () => {
	await rm(directory, {recursive: true, force: true});
});

/** The bundle on `text` (as a file named `name`) with `args`, in 256 MB of heap and 20 s. */
async function bounded(name: string, text: string | undefined, args: readonly string[]): Promise<Result> {
	const file = text === undefined ? name : path.join(directory, name);
	if (text !== undefined) {
		await writeFile(file, text);
	}

	return run(['--data', file, ...args], {nodeOptions: ['--max-old-space-size=256'], timeout: 20_000});
}

const noTrace = /\n\s+at /v;

test('a valid résumé of 150,000 work entries prints in every format', async t => {
	// Five runs of seconds each, on a machine busy with the other tests.
	t.timeout(120_000);
	const text = manyEntries();
	t.true(text.length < 5 * 1024 * 1024);
	for (const args of [
		['--print'],
		['--print', '--ascii'],
		['--format', 'json'],
		['--format', 'markdown'],
		['--banner'],
	]) {
		// eslint-disable-next-line no-await-in-loop
		const result = await bounded('many.json', text, args);
		t.like(result, {code: 0, stderr: ''}, `${args.join(' ')} prints`);
		t.true(
			result.stdout.includes(entryName(149_999)) || args[0] === '--banner',
			`${args.join(' ')} has the last entry`,
		);
	}
});

test('an unknown field nested 3,000 deep: --format json and --print --ascii', async t => {
	const json = await bounded('deep.json', deepUnknownField(), ['--format', 'json']);
	t.like(json, {code: 0, stderr: ''});
	t.regex(json.stdout, /"extra": \[\n {4}\[\n {6}\[/v);
	t.like(await bounded('deep.json', deepUnknownField(), ['--print', '--ascii']), {code: 0, stderr: ''});
});

test('invalid JSON nested 5,000 deep gets a syntax error', async t => {
	const result = await bounded('invalid.json', deepInvalidJson(), ['--print']);
	t.is(result.code, 1);
	t.regex(
		result.stderr,
		/^terminal-resume: .*invalid\.json: not valid JSON at line 1, column 5001: Unexpected token 'x'\n$/v,
	);
});

test('5,000 highlights with 5,000 links print in seconds, not 42 s', async t => {
	const started = performance.now();
	const result = await bounded('links.json', manyLinks(), ['--print']);
	t.like(result, {code: 0, stderr: ''});
	t.true(performance.now() - started < 10_000);
});

test('YAML aliases that expand past the limit are refused: the billion laughs, a megabyte named 2,000 times', async t => {
	for (const [name, text] of [
		['bomb.yaml', aliasBomb()],
		['repeated.yaml', repeatedHighlight()],
	] as const) {
		// eslint-disable-next-line no-await-in-loop
		const result = await bounded(name, text, ['--format', 'json']);
		t.is(result.code, 1, `${name} is refused`);
		t.regex(
			result.stderr,
			/with its aliases expanded it is more than the 5\.0 MB a résumé can be\n$/v,
			`${name} is said why`,
		);
	}
});

test('/dev/zero is refused at the limit, without a stack trace', async t => {
	const result = await bounded('/dev/zero', undefined, ['--print']);
	t.is(result.code, 1);
	t.is(result.stderr, 'terminal-resume: /dev/zero: cannot read the résumé: more than the 5.0 MB a résumé can be\n');
	t.notRegex(result.stderr, noTrace);
});
