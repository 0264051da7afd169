/*
The command line as a person and a script meet it: outputs, colour, ASCII and bad flags, run through the
built bundle with stdout piped, on the career fixture. `npm test` builds it first.
*/
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import stringWidth from 'string-width';
import {fixtureArgument, fixturePath} from './helpers/fixtures.js';
import {run} from './helpers/run-cli.js';
import {schemaErrors} from './helpers/schema.js';
import {isUrlLine} from './helpers/url-lines.js';

const escape = '\u001B';
const data = ['--data', fixtureArgument('career.json')];

/* eslint-disable @typescript-eslint/naming-convention -- environment variables are named in UPPER_CASE */
test('colour: NO_COLOR, --no-color and a pipe give no escape code; --color and FORCE_COLOR colour a pipe', async t => {
	const cases = [
		{args: [], env: {}, colour: false},
		{args: ['--no-color'], env: {}, colour: false},
		{args: [], env: {NO_COLOR: '1'}, colour: false},
		{args: ['--color'], env: {}, colour: true},
		{args: [], env: {FORCE_COLOR: '1'}, colour: true},
		{args: ['--color', '--banner'], env: {}, colour: true},
		{args: ['--banner'], env: {NO_COLOR: '1', TERM: 'xterm-256color'}, colour: false},
		{args: ['--no-color'], env: {FORCE_COLOR: '3'}, colour: false},
	] as const;
	for (const {args, env, colour} of cases) {
		// eslint-disable-next-line no-await-in-loop
		const result = await run([...data, ...args], {env});
		t.is(result.code, 0);
		t.is(result.stdout.includes(escape), colour, `${args.join(' ')} ${JSON.stringify(env)}`);
	}
});
/* eslint-enable @typescript-eslint/naming-convention */

test('--width wraps the text and the banner; no line is wider but a URL alone', async t => {
	for (const width of [40, 80, 120]) {
		for (const args of [['--print'], ['--banner'], ['--print', '--ascii']]) {
			// eslint-disable-next-line no-await-in-loop
			const {stdout, code} = await run([...data, ...args, '--width', String(width)]);
			t.is(code, 0);
			const widest = Math.max(
				...stdout
					.split('\n')
					.filter(line => !isUrlLine(line))
					.map(line => stringWidth(line)),
			);
			t.true(widest <= width, `${args.join(' ')} at ${width}: a line is ${widest} wide`);
		}
	}
});

test('--format json is the JSON Resume, valid against the official schema', async t => {
	const {stdout, code} = await run([...data, '--format', 'json']);
	t.is(code, 0);
	const json: unknown = JSON.parse(stdout);
	// The fixture has nothing empty to drop: it comes back as it is.
	t.deepEqual(json, JSON.parse(await readFile(fixturePath('career.json'), 'utf8')));
	t.is(schemaErrors(json), undefined);
});

test('--format markdown starts with the headline as a heading', async t => {
	const {stdout, code} = await run([...data, '--format', 'markdown']);
	t.is(code, 0);
	t.true(stdout.startsWith('# Principal Reliability Engineer\n'), `stdout: ${stdout.slice(0, 200)}`);
	t.false(stdout.includes(escape));
});

test("--ascii output is printable ASCII, the résumé's own text included", async t => {
	for (const args of [['--print'], ['--banner']]) {
		// eslint-disable-next-line no-await-in-loop
		const {stdout} = await run([...data, ...args, '--ascii', '--no-color']);
		t.regex(stdout, /^[\u0020-\u007E\n]+$/v, `${args.join(' ')} is ASCII`);
		// "Little Fern Café" in the fixture.
		t.true(stdout.includes('Little Fern Cafe'), `${args.join(' ')} turns "é" into "e"`);
	}
});

test('bad flags and values: one line saying what is wrong, a hint, exit code 2, nothing on stdout', async t => {
	const cases = [
		[['--width', '0'], '--width must be a whole number of columns from 20 to 1000; got "0"'],
		[['--width', 'abc'], '--width must be a whole number of columns from 20 to 1000; got "abc"'],
		[['--format', 'pdf'], '--format must be one of text, markdown, json; got "pdf"'],
		[['--bogus'], 'unknown option --bogus'],
		[['extra'], 'unexpected argument "extra"'],
		[['--banner', '--format', 'json'], '--banner and --format cannot be used together'],
	] as const;
	for (const [args, message] of cases) {
		// eslint-disable-next-line no-await-in-loop
		const result = await run(args);
		t.is(result.code, 2, `${args.join(' ')} is a usage error`);
		t.is(result.stdout, '');
		const [first, hint, ...rest] = result.stderr.split('\n');
		t.is(first, `terminal-resume: ${message}`);
		t.true((hint ?? '').length > 0, 'a hint follows');
		t.deepEqual(rest, ['']);
	}
});

test('--help and --version', async t => {
	const help = await run(['--help']);
	t.is(help.code, 0);
	t.regex(help.stdout, /--banner +Print a compact card/v);
	const version = await run(['--version']);
	t.is(version.code, 0);
	t.regex(version.stdout, /^\d+\.\d+\.\d+\n$/v);
});

test('validate prints "valid" and exits 0, or every problem and exits 1', async t => {
	const directory = await mkdtemp(path.join(tmpdir(), 'terminal-resume-validate-'));
	t.teardown(async () => rm(directory, {recursive: true, force: true}));
	const good = path.join(directory, 'good.yaml');
	await writeFile(good, 'basics:\n  label: Engineer\n');
	const bad = path.join(directory, 'bad.json');
	await writeFile(bad, JSON.stringify({work: [{startDate: 'Oct 2021', highlights: [1]}]}));
	t.like(await run(['validate', good]), {code: 0, stdout: 'valid\n'});
	t.like(await run(['validate', fixtureArgument('career.json')]), {code: 0, stdout: 'valid\n'});
	const result = await run(['validate', bad]);
	t.is(result.code, 1);
	t.deepEqual(result.stdout.trimEnd().split('\n'), [
		`${bad}: work[0].startDate: expected a date like 2021, 2021-10 or 2021-10-04, found "Oct 2021"`,
		`${bad}: work[0].highlights[0]: expected a string, found number 1`,
	]);
	t.like(await run(['validate']), {code: 2, stdout: ''});
	t.like(await run(['validate', path.join(directory, 'missing.json')]), {code: 1, stdout: ''});
});
