import {chmod, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import test from 'ava';
import {checkJsonResume, ResumeError} from '../source/resume/load.js';
import {loadResume, parseResume} from './helpers/resume.js';

const valid = JSON.stringify({
	basics: {label: 'Engineer'},
	work: [{name: 'A', position: 'B', startDate: '2020-01', highlights: ['Did it']}],
});

let directory = '';

test.before(async () => {
	directory = await mkdtemp(path.join(tmpdir(), 'terminal-resume-load-'));
});

test.after.always(async () => {
	if (directory) {
		await chmod(path.join(directory, 'unreadable.json'), 0o644).catch(() => undefined);
		await rm(directory, {recursive: true, force: true});
	}
});

async function fileWith(name: string, content: string): Promise<string> {
	const file = path.join(directory, name);
	await writeFile(file, content);
	return file;
}

async function loadError(file: string): Promise<ResumeError> {
	const error = await loadResume(file).then(
		() => undefined,
		(error: unknown) => error,
	);
	if (!(error instanceof ResumeError)) {
		throw new TypeError(`expected a ResumeError for ${file}, got ${String(error)}`);
	}

	return error;
}

test('a valid file loads into a résumé', async t => {
	const resume = await loadResume(await fileWith('valid.json', valid));
	t.is(resume.label, 'Engineer');
	t.is(resume.companies[0]!.roles[0]!.achievements[0]!.text, 'Did it');
});

test('a missing file', async t => {
	const file = path.join(directory, 'missing.json');
	const error = await loadError(file);
	t.is(error.name, 'ResumeError');
	t.is(error.message, `${file}: cannot read the résumé: no such file`);
});

test('a directory instead of a file', async t => {
	const folder = path.join(directory, 'folder.json');
	await mkdir(folder);
	const error = await loadError(folder);
	t.true(error.message.startsWith(`${folder}: cannot read the résumé: `), `message: ${error.message}`);
	t.regex(error.message, /directory/v);
	t.false(error.message.includes('EISDIR'), 'the message should be in words, not an error code');
});

const isRoot = process.getuid?.() === 0;

async function unreadableFile(): Promise<string> {
	const file = await fileWith('unreadable.json', valid);
	await chmod(file, 0o000);
	return file;
}

if (isRoot) {
	// Root reads any file whatever its mode, so "permission denied" cannot happen when the tests run as
	// root; check that the mode really does not get in root's way instead of pretending to test the message.
	test('a file without read permission, as root: root can still read it', async t => {
		t.log('running as root: the "permission denied" message cannot be produced, so it is not tested here');
		const resume = await loadResume(await unreadableFile());
		t.is(resume.label, 'Engineer');
	});
} else {
	test('a file that cannot be read for lack of permission', async t => {
		const file = await unreadableFile();
		const error = await loadError(file);
		t.is(error.message, `${file}: cannot read the résumé: permission denied`);
	});
}

test('invalid JSON says where: line and column', async t => {
	const file = await fileWith('broken.json', '{\n  "a": 1\n  "b": 2\n}\n');
	const error = await loadError(file);
	t.is(error.message, `${file}: not valid JSON at line 3, column 3: Expected ',' or '}' after property value`);
});

test('invalid JSON on the first line, and a trailing comma', async t => {
	const trailing = await fileWith('trailing.json', '{"work": [],}');
	const trailingError = await loadError(trailing);
	t.is(trailingError.message, `${trailing}: not valid JSON at line 1, column 13: Expected double-quoted property name`);
	const unclosed = await fileWith('unclosed.json', '{\n\t"work": [\n\t\t{"name": "A"}\n');
	const unclosedError = await loadError(unclosed);
	t.is(
		unclosedError.message,
		`${unclosed}: not valid JSON at line 4, column 1: Expected ',' or ']' after array element`,
	);
});

test('an empty file, or one with only spaces', async t => {
	const empty = await fileWith('empty.json', '');
	const emptyError = await loadError(empty);
	t.is(emptyError.message, `${empty}: the file is empty; expected a JSON Resume object`);
	const blank = await fileWith('blank.json', '  \n\n');
	const blankError = await loadError(blank);
	t.is(blankError.message, `${blank}: the file is empty; expected a JSON Resume object`);
});

test('a file whose content is not a résumé lists every problem, one a line, each naming the file', async t => {
	const file = await fileWith('wrong.json', JSON.stringify({work: [{startDate: 'Oct 2021', name: 5}]}));
	const error = await loadError(file);
	t.deepEqual(error.message.split('\n'), [
		`${file}: work[0].name: expected a string, found number 5`,
		`${file}: work[0].startDate: expected a date like 2021, 2021-10 or 2021-10-04, found "Oct 2021"`,
	]);
});

test('the message always starts with the file name', async t => {
	const folder = path.join(directory, 'another-folder');
	await mkdir(folder);
	const files = [
		path.join(directory, 'nowhere.json'),
		folder,
		await fileWith('a.json', ''),
		await fileWith('b.json', '[1, 2'),
		await fileWith('c.json', '[]'),
		await fileWith('d.json', '{"basics": 1, "work": 2}'),
	];
	const errors = await Promise.all(files.map(async file => ({file, error: await loadError(file)})));
	for (const {file, error} of errors) {
		for (const line of error.message.split('\n')) {
			t.true(line.startsWith(`${file}: `), `line: ${line}`);
		}
	}
});

test('parseResume names the source it is given', t => {
	const error = t.throws(() => parseResume('{"work": "none"}', 'my-resume.json'), {instanceOf: ResumeError});
	t.is(error.message, 'my-resume.json: work: expected a list, found "none"');
	t.is(parseResume(valid, 'x').companies.length, 1);
});

test('an end date before the start date does not stop a résumé; validate warns about it', async t => {
	const source = JSON.stringify({work: [{startDate: '2021-10', endDate: '2019-03'}]});
	t.is(parseResume(source, 'r.json').companies.length, 1);
	const {problems, warnings} = await checkJsonResume(source, 'r.json', 'json');
	t.deepEqual(problems, []);
	t.deepEqual(warnings, [
		'r.json: work[0].endDate: expected a date on or after the startDate 2021-10, found "2019-03"',
	]);
});

test('invalid JSON that Node reports without a position still says where, on one line', t => {
	const cases = [
		['{\n  "basics": {\n    "label": oops\n  }\n}\n', 'line 3, column 14', "Unexpected token 'o'"],
		['{"work": [tru]}', 'line 1, column 14', "Unexpected token ']'"],
		['{"a":1} x', 'line 1, column 9', 'Unexpected non-whitespace character after JSON'],
	] as const;
	for (const [source, where, reason] of cases) {
		const error = t.throws(() => parseResume(source, 'resume.json'), {instanceOf: ResumeError});
		t.is(error.message, `resume.json: not valid JSON at ${where}: ${reason}`);
	}
});
