/*
Every message the program can print, fed hostile parts (escape sequences, C1 controls, bidirectional
overrides) where a person, a file or a server can put them: none may reach the terminal raw. The source is
searched for message sites, and each must have been printed by one of the cases here.
*/
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import test from 'ava';
import {parseCommandLine} from '../source/cli/command-line.js';
import {resolveServeOptions} from '../source/cli/serve-options.js';
import {resolveOptions} from '../source/cli/options.js';
import {checkJsonResume, readJsonResume} from '../source/resume/load.js';
import {defaultLimits, readResumeSource} from '../source/resume/source.js';
import {formatProblem} from '../source/resume/validate.js';
import {safeLines} from '../source/text/safe-text.js';
import {messageSites} from './helpers/message-sites.js';
import {serve, serveRaw, trustedCertificate, type Running} from './helpers/local-servers.js';
import {run} from './helpers/run-cli.js';

const hostile = '\u001B]0;PWNED\u0007\u001B]52;c;cHduZWQ=\u0007\u001B[2J\u009B31m\u202E\u2066';
// eslint-disable-next-line no-control-regex -- what must never reach a terminal
const unsafe = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/v;

const printed: string[] = [];
let directory: string;
const servers: Running[] = [];

test.before(async () => {
	directory = await mkdtemp(path.join(tmpdir(), 'terminal-resume-messages-'));
});

test.after.always(async () => {
	await Promise.all(servers.map(async server => server.close()));
	await rm(directory, {recursive: true, force: true});
});

/** The message of whatever `action` throws, recorded; '' when it throws nothing. */
async function said(action: () => unknown): Promise<string> {
	let text = '';
	try {
		await action();
	} catch (error) {
		text = error instanceof Error ? error.message : String(error);
	}

	printed.push(text);
	return text;
}

async function file(name: string, content: string): Promise<string> {
	const where = path.join(directory, name);
	await writeFile(where, content);
	return where;
}

const stdin = () => Readable.from([]);

test.serial('flags and arguments', async t => {
	const cases: Array<readonly string[]> = [
		[`stray${hostile}`],
		['validate'],
		['validate', 'r.json', '--print'],
		['--data'],
		['--data', 'a', '--data', `b${hostile}`],
		[`--print=${hostile}`],
		[`--${hostile}`],
		['--format', hostile],
		['--width', hostile],
		['--theme', hostile],
		['--banner', '--format', 'json'],
		['--data', ''],
		['--port', `22${hostile}`],
		['serve', '--print'],
		['serve', '--log-format', hostile],
		['serve', '--data', ''],
		['serve', '--port', hostile],
		// No HOME in the environment below: nowhere to keep a host key.
		['serve'],
	];
	for (const args of cases) {
		// eslint-disable-next-line no-await-in-loop
		const message = await said(() => {
			const commandLine = parseCommandLine(args);
			if (commandLine.command === 'serve') {
				return resolveServeOptions(commandLine.flags, {});
			}

			const flags = commandLine.command === 'run' ? commandLine.flags : {};
			return resolveOptions(flags, {env: {}, stdinIsTerminal: false, stdoutIsTerminal: false});
		});
		t.not(message, '', `${args.join(' ')} is refused`);
		t.notRegex(message, unsafe, `${args.join(' ')} is said safely`);
	}
});

test.serial('files, and what is in them', async t => {
	const named = (base: string) => `${base}${hostile}`;
	await mkdir(path.join(directory, named('folder')));
	const deep = `{"extra": ${'['.repeat(6000)}1${']'.repeat(6000)}}`;
	const bomb = [
		'a: &a [x, x, x, x, x, x, x, x, x]',
		...[...'bcdefghi'].map(
			(name, index) => `${name}: &${name} [${`*${'abcdefghi'[index]!}, `.repeat(8)}*${'abcdefghi'[index]!}]`,
		),
	].join('\n');
	const cases = [
		path.join(directory, named('missing.json')),
		path.join(directory, named('folder')),
		await file(named('big.json'), ' '.repeat(defaultLimits.bytes + 1)),
		await file(named('empty.json'), '  '),
		await file(named('syntax.json'), `{"a": ${hostile}}`),
		await file(named('syntax.yaml'), `basics:\n  name: x\n   label: ${hostile}\n`),
		await file(named('deep.json'), deep),
		await file(named('bomb.yaml'), bomb),
		'/dev/zero',
	];
	for (const source of cases) {
		// eslint-disable-next-line no-await-in-loop
		const message = await said(async () => readJsonResume(source));
		t.not(message, '', `${source} is refused`);
		t.notRegex(message, unsafe, `${source} is said safely`);
	}
});

test.serial('problems with the values found', async t => {
	const resume = {
		basics: {name: 5, email: `a${hostile}`, url: hostile},
		work: [
			{
				name: hostile,
				startDate: hostile,
				highlights: [`x${hostile}`],
				highlightLinks: [{highlight: hostile, url: 'u'}],
			},
			{startDate: '2021', endDate: '2020', highlights: ['y'], highlightLinks: [{highlight: 'z', url: 'u'}]},
		],
		skills: hostile,
	};
	const {problems, warnings} = await checkJsonResume(JSON.stringify(resume), 'r.json', 'json');
	// Five against the schema; the dates out of order and the unmatched link are warnings beyond it.
	const message = [...problems.map(problem => formatProblem('r.json', problem)), ...warnings].join('\n');
	t.is(problems.length, 5);
	t.is(warnings.length, 2);
	t.notRegex(message, unsafe);
	t.regex(message, /\\u001b\]0;PWNED\\u0007/v, 'what was found is shown, escaped');
});

test.serial('downloads, and what servers answer', async t => {
	const tls = await trustedCertificate(['public.test']);
	const start = async (server: Promise<Running>) => {
		servers.push(await server);
		return servers.at(-1)!;
	};

	const raw = await start(serveRaw(`HTTP/1.1 404 No ${hostile}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`));
	const routes = new Map<string, [number, Record<string, string>]>([
		['/loop', [302, {location: '/loop'}]],
		['/empty', [204, {}]],
		['/declared', [200, {'content-length': String(defaultLimits.bytes + 1)}]],
	]);
	const plain = await start(
		serve((request, response) => {
			const [status, headers] = routes.get(request.url ?? '') ?? [404, {}];
			response.writeHead(status, headers).end();
		}),
	);
	const secure = await start(
		serve((_request, response) => {
			response.writeHead(302, {location: `http://localhost:${plain.port}/`}).end();
		}, tls),
	);
	const inward = await start(
		serve((_request, response) => {
			response.writeHead(302, {location: `https://localhost:${secure.port}/`}).end();
		}, tls),
	);
	// An HTTP parser refuses C0 controls in a header, but not bytes 0x80–0xFF: a C1 CSI, and a bidi override in UTF-8.
	const away = await start(
		serveRaw(
			`HTTP/1.1 302 Found\r\nLocation: https://x/\u009B2J\u00E2\u0080\u00AE\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
		),
	);
	const resolve = async () => ({address: '127.0.0.1', family: 4, place: 'public' as const});
	const cases: Array<[string, () => Promise<unknown>]> = [
		['reason', async () => readResumeSource(`http://127.0.0.1:${raw.port}/${hostile}`, stdin())],
		['loop', async () => readResumeSource(`http://localhost:${plain.port}/loop`, stdin())],
		['204', async () => readResumeSource(`http://localhost:${plain.port}/empty`, stdin())],
		['declared', async () => readResumeSource(`http://localhost:${plain.port}/declared`, stdin())],
		['away', async () => readResumeSource(`http://localhost:${away.port}/`, stdin(), {...defaultLimits, redirects: 0})],
		['downgrade', async () => readResumeSource(`https://localhost:${secure.port}/`, stdin())],
		[
			'inward',
			async () =>
				readResumeSource(`https://public.test:${inward.port}/`, stdin(), defaultLimits, async host =>
					host === 'public.test' ? resolve() : {address: '127.0.0.1', family: 4, place: 'loopback'},
				),
		],
		['invalid', async () => readResumeSource(`https://${hostile}`, stdin())],
		['scheme', async () => readResumeSource(`ftp://x${hostile}/`, stdin())],
		['http', async () => readResumeSource(`http://example.invalid/${hostile}`, stdin())],
		[
			'slow',
			async () => readResumeSource(`http://localhost:${raw.port + 0}/`, stdin(), {...defaultLimits, milliseconds: 1}),
		],
	];
	for (const [name, action] of cases) {
		// eslint-disable-next-line no-await-in-loop
		const message = await said(action);
		t.regex(message, /cannot download the résumé/v, `${name} is refused`);
		t.notRegex(message, unsafe, `${name} is said safely`);
	}
});

test.serial('every message site in the source was printed by one of the cases above', async t => {
	const everything = printed.join('\n');
	const sites = await messageSites();
	t.true(sites.length > 20);
	for (const site of sites) {
		t.true(everything.includes(site.text), `${site.file}: "${site.text}" was never printed`);
	}
});

test('the last step before stderr removes whatever a message might still carry', async t => {
	t.is(safeLines(`one ${hostile}line\ntwo\u0007`), 'one line\ntwo');
	const result = await run(['--data', path.join(tmpdir(), `nowhere${hostile}.json`)]);
	t.is(result.code, 1);
	t.notRegex(result.stderr, unsafe);
	t.regex(result.stderr, /^terminal-resume: .*nowhere\\u001b\]0;PWNED.*: cannot read the résumé: no such file\n$/v);
});
