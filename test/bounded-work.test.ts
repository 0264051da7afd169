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

/**
The bundle on `text` (as a file named `name`) with `args`, in 256 MB of heap and 60 s.
*/
async function bounded(name: string, text: string | undefined, args: readonly string[]): Promise<Result> {
	const file = text === undefined ? name : path.join(directory, name);
	if (text !== undefined) {
		await writeFile(file, text);
	}

	return run(['--data', file, ...args], {nodeOptions: ['--max-old-space-size=256'], timeout: 60_000});
}

const noTrace = /\n\s+at /v;

/** Each printed output of a résumé of 150,000 companies, and what shows that it printed all of it. */
const everyOutput: ReadonlyArray<readonly [args: readonly string[], end: RegExp]> = [
	// The last company, the last thing in the text.
	[['--format', 'text'], new RegExp(String.raw`\n${entryName(149_999)} +2020 – present · \d+ yrs?\n$`, 'v')],
	[
		['--print', '--width', '120'],
		new RegExp(String.raw`\n${entryName(149_999)} {90,}2020 – present · \d+ yrs?\n$`, 'v'),
	],
	[['--format', 'markdown'], new RegExp(String.raw`\n#### ${entryName(149_999)}\n\n2020 – present · \d+ yrs?\n$`, 'v')],
	[
		['--format', 'json'],
		new RegExp(String.raw`"name": "${entryName(149_999)}",\n +"startDate": "2020"\n +\}\n  \]\n\}\n$`, 'v'),
	],
	// The card names the newest employer and the first of the others, then ends as a card does.
	[
		['--banner'],
		new RegExp(
			String.raw`^╭─+╮\n│ Many · ${entryName(0)} +│\n[\s\S]*│ Before  ${entryName(1)} · [\s\S]*…[\s\S]*╰─+╯\n$`,
			'v',
		),
	],
];

for (const [args, end] of everyOutput) {
	// One at a time: five processes of 256 MB at once would make each take several times as long.
	test.serial(
		`a valid résumé of 150,000 work entries prints whole within 256 MB of heap: ${args.join(' ')}`,
		async t => {
			// Seconds each (about 3 to 6 on 2 quiet cores), on a machine busy with the other tests.
			t.timeout(90_000);
			const text = manyEntries();
			t.true(text.length < 5.2 * 1024 * 1024);
			const result = await bounded(`many-${args.join('')}.json`, text, args);
			t.like(result, {code: 0, stderr: ''});
			t.regex(result.stdout, end);
		},
	);
}

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

test('5,000 highlights with 5,000 links print within the bound (they took 42 s once)', async t => {
	const result = await bounded('links.json', manyLinks(), ['--print']);
	t.like(result, {code: 0, stderr: ''});
	t.true(result.stdout.includes('Highlight number 4999 '));
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
