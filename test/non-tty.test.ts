/*
The built bundle (dist/cli.js) without a terminal: piped, redirected, or with stdin closed. It must print
the résumé (here the career fixture) as plain text, or a short error, and never wait for keys or crash.
`npm test` builds the bundle first; when running these alone, run `npm run build` before.
*/
import {existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import test from 'ava';
import {fixtureArgument, highlightsOf, readFixture} from './helpers/fixtures.js';
import {run} from './helpers/run-cli.js';
import {cliPath} from './helpers/terminal.js';

if (!existsSync(cliPath)) {
	throw new Error(`${cliPath} is missing: run \`npm run build\` before these tests`);
}

const normalise = (text: string) => text.replaceAll(/\s+/gv, ' ').trim();

const data = ['--data', fixtureArgument('career.json')];
const achievements = highlightsOf(await readFixture('career.json'));
/** The fixture's achievements that the output does not have in full. */
const missingFrom = (output: string) =>
	achievements.filter(achievement => !normalise(output).includes(normalise(achievement)));

test('stdout piped: prints every achievement as plain text and exits 0', async t => {
	const result = await run(data);
	t.is(result.code, 0, `stderr: ${result.stderr}`);
	t.is(result.stderr, '');
	t.false(result.stdout.includes('\u001B'), 'no escape codes in piped output');
	t.deepEqual(missingFrom(result.stdout), [], 'every achievement is printed');
	t.true(
		normalise(result.stdout).startsWith('Principal Reliability Engineer Harbor Robotics · Lisbon, PT'),
		`stdout: ${result.stdout.slice(0, 200)}`,
	);
});

test('--print piped: the same text', async t => {
	const [plain, printed] = await Promise.all([run(data), run([...data, '--print'])]);
	t.is(printed.code, 0, `stderr: ${printed.stderr}`);
	t.is(printed.stderr, '');
	t.false(printed.stdout.includes('\u001B'));
	t.deepEqual(missingFrom(printed.stdout), []);
	t.is(printed.stdout, plain.stdout);
});

for (const stdin of ['null', 'closed', 'open'] as const) {
	const what = {null: '/dev/null', closed: 'a pipe closed at once', open: 'a pipe left open'}[stdin];
	test(`stdin is ${what}, stdout a pipe: prints and exits 0, no raw mode`, async t => {
		const result = await run(data, {stdin});
		t.is(result.code, 0, `stderr: ${result.stderr}`);
		t.is(result.signal, undefined);
		t.is(result.stderr, '');
		t.false(`${result.stdout}${result.stderr}`.includes('Raw mode is not supported'));
		t.deepEqual(missingFrom(result.stdout), []);
	});
}

test('--data naming a missing file: one line on stderr naming it, exit 1, no stack trace', async t => {
	const missing = path.join(tmpdir(), `terminal-resume-missing-${process.pid}.json`);
	const result = await run(['--data', missing]);
	t.is(result.code, 1);
	t.is(result.stdout, '');
	t.false(result.stderr.includes('    at '), `stderr: ${result.stderr}`);
	const lines = result.stderr.trimEnd().split('\n');
	t.is(lines.length, 1, `stderr: ${result.stderr}`);
	t.true(lines[0]!.includes(missing), `stderr: ${result.stderr}`);
});

test('an unknown flag: non-zero exit and a message naming it', async t => {
	const result = await run(['--bogus-flag']);
	t.not(result.code, 0);
	t.not(result.code, undefined);
	t.regex(`${result.stdout}${result.stderr}`, /bogus-flag/v);
	t.false(result.stderr.includes('    at '), `stderr: ${result.stderr}`);
});
