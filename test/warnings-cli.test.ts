/*
Warnings as the built bundle gives them: one line each on stderr, before anything else is shown, and the
résumé shown anyway with exit 0; `validate` on the same file stays strict. Run `npm run build` first when
running these alone.
*/
import {mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {run} from './helpers/run-cli.js';

const sloppy = 'test/fixtures/sloppy.json';
const oldSchema = 'test/fixtures/old-schema.json';
const prefix = 'terminal-resume: warning: ';

const linesOf = (text: string): string[] => text.split('\n').filter(line => line !== '');

for (const mode of [['--print'], ['--format', 'markdown'], ['--format', 'json'], ['--banner']]) {
	test(`${mode.join(' ')} shows a résumé with problems, a warning line for each on stderr, and exits 0`, async t => {
		const result = await run([...mode, '--data', sloppy]);
		t.is(result.code, 0);
		const warnings = linesOf(result.stderr);
		t.is(warnings.length, 28);
		for (const warning of warnings) {
			t.true(warning.startsWith(`${prefix}${sloppy}: `), `not a warning: ${warning}`);
		}

		t.true(result.stdout.includes('Mia Schäfer'));
		t.false(result.stdout.includes('warning'));
	});
}

test('each kind of warning is named: a date read, a date shown as written, a present end, a value left out', async t => {
	const {stderr} = await run(['--print', '--data', sloppy]);
	const date = 'expected a date like 2021, 2021-10 or 2021-10-04';
	for (const line of [
		`work[0].startDate: ${date}, found "Mar-2022"; read as Mar 2022`,
		`work[0].endDate: ${date}, found "Present"; read as present`,
		`work[3].startDate: ${date}, found "08-12-2015"; shown as written`,
		`volunteer[1].endDate: ${date}, found null; read as present`,
		'basics.summary: expected a string, found null; left out',
		'education[0].score: expected a string, found number 1.6; read as "1.6"',
		'basics.url: expected a URI with a scheme, like https://example.com, found "mia.example.de"; read as https://mia.example.de',
		'work[4].endDate: expected a date on or after the startDate 2014-05, found "2014-01"; shown as written',
	]) {
		t.true(linesOf(stderr).includes(`${prefix}${sloppy}: ${line}`), `missing: ${line}`);
	}
});

test('validate on the same file is strict: every problem against the schema, exit 1', async t => {
	const result = await run(['validate', sloppy]);
	t.is(result.code, 1);
	const problems = linesOf(result.stdout);
	t.true(problems.length > 20);
	t.true(
		problems.includes(`${sloppy}: work[0].endDate: expected a date like 2021, 2021-10 or 2021-10-04, found "Present"`),
	);
	// Beyond the schema, an end before its start is a warning only.
	t.deepEqual(linesOf(result.stderr), [
		`${prefix}${sloppy}: work[4].endDate: expected a date on or after the startDate 2014-05, found "2014-01"`,
	]);
});

test('an old-schema résumé is valid, with a warning for each old name, and shown under the current names', async t => {
	const validated = await run(['validate', oldSchema]);
	t.is(validated.code, 0);
	t.is(validated.stdout, 'valid\n');
	t.is(linesOf(validated.stderr).length, 9);
	t.true(
		validated.stderr.includes(`${prefix}${oldSchema}: work[0].company: the name JSON Resume 0.x gave work[0].name`),
	);

	const shown = await run(['--format', 'json', '--data', oldSchema]);
	t.is(shown.code, 0);
	t.like(JSON.parse(shown.stdout), {work: [{name: 'Lusitânia Dados', url: 'https://lusitania.example.pt'}]});
	t.false(shown.stdout.includes('"company"'));
});

test('warnings quote the résumé made safe: no escape code reaches the terminal', async t => {
	const folder = await mkdtemp(path.join(tmpdir(), 'warnings-'));
	const file = path.join(folder, 'hostile.json');
	await writeFile(file, JSON.stringify({work: [{name: 'A', startDate: 'x\u009B2J\u001B]52;c;aGk=\u0007'}]}));
	const result = await run(['--print', '--data', file]);
	t.is(result.code, 0);
	t.is(linesOf(result.stderr).length, 1);
	// Control characters, but for the line breaks between warnings, are what this looks for.
	// eslint-disable-next-line no-control-regex
	t.notRegex(result.stderr, /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/v, 'a control character reached stderr');
});

test('what cannot be read at all is still refused with one line and exit 1', async t => {
	const folder = await mkdtemp(path.join(tmpdir(), 'warnings-'));
	const file = path.join(folder, 'list.json');
	await writeFile(file, '[1, 2]');
	const result = await run(['--print', '--data', file]);
	t.is(result.code, 1);
	t.is(result.stderr, `terminal-resume: ${file}: the file: expected an object, found a list of 2\n`);
	t.is(result.stdout, '');
});

test('the banner names a --data file by its base name and shows no street address', async t => {
	const result = await run(['--banner', '--data', path.resolve('test/fixtures/every-section.json')]);
	t.is(result.code, 0);
	t.true(result.stdout.includes('terminal-resume --data every-section.json'));
	t.false(result.stdout.includes('/test/fixtures/'));
	t.false(result.stdout.includes('Storgatan'));
	t.true(result.stdout.includes('mira@example.com'));
});
