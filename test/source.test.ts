import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import test from 'ava';
import {checkJsonResume, readJsonResume, ResumeError} from '../source/resume/load.js';
import {defaultLimits, readResumeSource} from '../source/resume/source.js';

const json = JSON.stringify({basics: {label: 'Engineer'}, work: [{name: 'Acme', startDate: '2020'}]});
const yaml = 'basics:\n  label: Engineer\nwork:\n  - name: Acme\n    startDate: 2020\n';

let server: Server;
let base: string;
let directory: string;

/** A local server with one route per case, on 127.0.0.1 only. */
test.before(async () => {
	directory = await mkdtemp(path.join(tmpdir(), 'terminal-resume-source-'));
	server = createServer((request, response) => {
		const route = request.url ?? '/';
		const redirect = /^\/redirect\/(\d+)$/v.exec(route);
		if (redirect) {
			const left = Number(redirect[1]);
			response.writeHead(302, {location: left === 0 ? '/resume.json' : `/redirect/${left - 1}`}).end();
			return;
		}

		switch (route) {
			case '/resume.json':
			case '/resume': {
				response.end(json);
				break;
			}

			case '/resume.yaml': {
				response.end(yaml);
				break;
			}

			case '/elsewhere': {
				response.writeHead(301, {location: 'http://example.invalid/resume.json'}).end();
				break;
			}

			case '/big-declared': {
				response.writeHead(200, {'content-length': String(defaultLimits.bytes + 1)});
				response.end();
				break;
			}

			case '/big-streamed': {
				response.writeHead(200);
				response.end('x'.repeat(2048));
				break;
			}

			case '/slow': {
				// Never answers: the reader must give up by itself.
				break;
			}

			default: {
				response.writeHead(404, 'Not Found').end();
			}
		}
	});
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const address = server.address();
	base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.after.always(async () => {
	server.closeAllConnections();
	server.close();
	await rm(directory, {recursive: true, force: true});
});

/** The message a failed read gives, or '' when it did not fail. */
async function message(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
		return '';
	} catch (error) {
		return error instanceof ResumeError ? error.message : `not a ResumeError: ${String(error)}`;
	}
}

test('a URL is downloaded; JSON or YAML by extension, else by content', async t => {
	t.like(await readJsonResume(`${base}/resume.json`), {basics: {label: 'Engineer'}});
	t.like(await readJsonResume(`${base}/resume.yaml`), {work: [{name: 'Acme', startDate: '2020'}]});
	const {format} = await readResumeSource(`${base}/resume`, Readable.from([]));
	t.is(format, 'json');
	t.like(await readJsonResume(`${base}/redirect/2`), {basics: {label: 'Engineer'}}, 'a few redirects are followed');
});

test('download problems each get a message naming the URL', async t => {
	t.is(
		await message(readJsonResume(`${base}/missing.json`)),
		`${base}/missing.json: cannot download the résumé: the server answered 404 Not Found`,
	);
	t.is(
		await message(readJsonResume(`${base}/redirect/9`)),
		`${base}/redirect/9: cannot download the résumé: more than 5 redirects`,
	);
	t.is(
		await message(readJsonResume(`${base}/elsewhere`)),
		`${base}/elsewhere: cannot download the résumé from http://example.invalid: only https is allowed (http only for localhost)`,
	);
	t.is(
		await message(readJsonResume(`${base}/big-declared`)),
		`${base}/big-declared: cannot download the résumé: it is larger than the 5.0 MB a résumé can be`,
	);
	const small = {...defaultLimits, bytes: 1024};
	t.is(
		await message(readResumeSource(`${base}/big-streamed`, Readable.from([]), small)),
		`${base}/big-streamed: cannot read the résumé: more than the 0.00 MB a résumé can be`,
	);
	const quick = {...defaultLimits, milliseconds: 300};
	t.is(
		await message(readResumeSource(`${base}/slow`, Readable.from([]), quick)),
		`${base}/slow: cannot download the résumé: no answer within 0.3 s`,
	);
	t.is(
		await message(readJsonResume('http://example.invalid/r.json')),
		'http://example.invalid/r.json: cannot download the résumé from http://example.invalid: only https is allowed (http only for localhost)',
	);
	t.is(
		await message(readJsonResume('https://')),
		'https://: cannot download the résumé: "https://" is not a valid URL',
	);
	t.is(
		await message(readJsonResume('ftp://127.0.0.1/r.json')),
		'ftp://127.0.0.1/r.json: cannot download the résumé from ftp://127.0.0.1: only https is allowed (http only for localhost)',
	);
});

test('stdin ("-") is read whole, JSON or YAML by content', async t => {
	t.like(await readJsonResume('-', Readable.from([json])), {basics: {label: 'Engineer'}});
	t.like(await readJsonResume('-', Readable.from([yaml])), {basics: {label: 'Engineer'}});
	t.regex(
		await message(readJsonResume('-', Readable.from(['x'.repeat(2048)]))),
		/^stdin: .*expected an object, found "x+…"$/v,
		'read whole, then found not to be a résumé',
	);
});

test('files: YAML by extension, with line and column for mistakes; too big a file is refused unread', async t => {
	const good = path.join(directory, 'resume.yml');
	await writeFile(good, yaml);
	t.like(await readJsonResume(good), {basics: {label: 'Engineer'}});
	const broken = path.join(directory, 'broken.yaml');
	await writeFile(broken, 'basics:\n  label: x\n   name: y\n');
	t.is(
		await message(readJsonResume(broken)),
		`${broken}: not valid YAML at line 3, column 8: bad indentation of a mapping entry`,
	);
	const big = path.join(directory, 'big.json');
	await writeFile(big, ' '.repeat(defaultLimits.bytes + 1));
	t.is(
		await message(readJsonResume(big)),
		`${big}: cannot read the résumé: it is 5.0 MB, more than the 5.0 MB a résumé can be`,
	);
});

test('checkJsonResume lists every problem for the validate command', async t => {
	const {problems} = await checkJsonResume(
		'{"work": [{"startDate": "Oct 2021", "highlights": [1]}]}',
		'r.json',
		'json',
	);
	t.deepEqual(
		problems.map(problem => problem.path),
		['work[0].startDate', 'work[0].highlights[0]'],
	);
	const valid = await checkJsonResume(yaml, 'r.yaml', 'yaml');
	t.deepEqual(valid.problems, []);
});
