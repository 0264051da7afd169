import {Readable} from 'node:stream';
import test from 'ava';
import {placeOf, type Place} from '../source/resume/address-place.js';
import type {Resolve} from '../source/resume/download.js';
import {ResumeError} from '../source/resume/errors.js';
import {defaultLimits, readResumeSource} from '../source/resume/source.js';
import {serve, serveRaw, trustedCertificate, type Running} from './helpers/local-servers.js';

const json = JSON.stringify({basics: {name: 'Ada'}});
// eslint-disable-next-line no-control-regex -- what must never reach a terminal
const unsafe = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/v;

/** Names that stand for places: each leads to 127.0.0.1, where every test server is, but is taken to be there. */
const places = new Map<string, Place>([
	['public.test', 'public'],
	['other-public.test', 'public'],
	['private.test', 'private'],
]);

let resolved: string[] = [];
const resolve: Resolve = async hostname => {
	resolved.push(hostname);
	return {
		address: '127.0.0.1',
		family: 4,
		place: places.get(hostname) ?? placeOf(hostname === 'localhost' ? '127.0.0.1' : hostname),
	};
};

let tls: {key: string; cert: string};
const servers: Running[] = [];

test.before(async () => {
	tls = await trustedCertificate([...places.keys()]);
});

test.after.always(async () => {
	await Promise.all(servers.map(async server => server.close()));
});

async function started(server: Promise<Running>): Promise<Running> {
	servers.push(await server);
	return servers.at(-1)!;
}

/** An https server that sends every request to `location`, or serves the résumé without one. */
async function httpsServer(location?: string): Promise<Running> {
	return started(
		serve((_request, response) => {
			if (location) {
				response.writeHead(302, {location}).end();
			} else {
				response.end(json);
			}
		}, tls),
	);
}

async function message(source: string): Promise<string> {
	try {
		await readResumeSource(source, Readable.from([]), defaultLimits, resolve);
		return '';
	} catch (error) {
		return error instanceof ResumeError ? error.message : `not a ResumeError: ${String(error)}`;
	}
}

test.serial('a server’s reason phrase reaches the message with its controls made visible, never raw', async t => {
	const hostile = 'Not Found \u001B]0;PWNED\u0007\u001B]52;c;cHduZWQ=\u0007\u001B[2J\u009B31m\u202E';
	const server = await started(serveRaw(`HTTP/1.1 404 ${hostile}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`));
	const said = await message(`http://127.0.0.1:${server.port}/r.json`);
	t.regex(said, /the server answered 404 Not Found \\u001b\]0;PWNED\\u0007/v);
	t.notRegex(said, unsafe);
});

test.serial('204 No Content is said as it is, not as a résumé too large', async t => {
	const server = await started(
		serve((_request, response) => {
			response.writeHead(204).end();
		}),
	);
	t.is(
		await message(`http://localhost:${server.port}/r.json`),
		`http://localhost:${server.port}/r.json: cannot download the résumé: the server answered 204 No Content, with no résumé`,
	);
});

test.serial('https downloads follow redirects that keep to their place or go further out', async t => {
	const target = await httpsServer();
	const start = await httpsServer(`https://other-public.test:${target.port}/r.json`);
	const {text} = await readResumeSource(
		`https://public.test:${start.port}/r`,
		Readable.from([]),
		defaultLimits,
		resolve,
	);
	t.is(text, json);
	const outward = await httpsServer(`https://public.test:${target.port}/r.json`);
	const fromInside = await readResumeSource(
		`https://private.test:${outward.port}/`,
		Readable.from([]),
		defaultLimits,
		resolve,
	);
	t.is(fromInside.text, json);
});

test.serial('a redirect never goes from https to http', async t => {
	const plain = await started(
		serve((_request, response) => {
			response.end(json);
		}),
	);
	const start = await httpsServer(`http://localhost:${plain.port}/r.json`);
	t.is(
		await message(`https://localhost:${start.port}/`),
		`https://localhost:${start.port}/: cannot download the résumé: https redirected to http://localhost:${plain.port}, which is not https`,
	);
	t.is(plain.requests(), 0);
});

test.serial('a public server cannot send the program to a private network or to this machine', async t => {
	const inside = await httpsServer();
	for (const [host, place] of [
		['private.test', 'private'],
		['localhost', 'loopback'],
		['127.0.0.1', 'loopback'],
	] as const) {
		// eslint-disable-next-line no-await-in-loop
		const start = await httpsServer(`https://${host}:${inside.port}/r.json`);
		t.is(
			// eslint-disable-next-line no-await-in-loop
			await message(`https://public.test:${start.port}/`),
			`https://public.test:${start.port}/: cannot download the résumé: a public server redirected to https://${host}:${inside.port}, on a ${place} address`,
		);
	}

	t.is(inside.requests(), 0, 'the inside server was never reached');
});

test.serial('each hop is resolved once and connected to at that address', async t => {
	const target = await httpsServer();
	const start = await httpsServer(`https://other-public.test:${target.port}/r.json`);
	resolved = [];
	await readResumeSource(`https://public.test:${start.port}/`, Readable.from([]), defaultLimits, resolve);
	t.deepEqual(resolved, ['public.test', 'other-public.test']);
});

test('addresses are placed by their ranges, IPv4-mapped IPv6 ones too', t => {
	const cases: Array<[string, Place]> = [
		['93.184.216.34', 'public'],
		['2606:2800:220:1::1', 'public'],
		['127.0.0.1', 'loopback'],
		['127.45.6.7', 'loopback'],
		['0.0.0.0', 'loopback'],
		['::1', 'loopback'],
		['::', 'loopback'],
		['::ffff:127.0.0.1', 'loopback'],
		['10.1.2.3', 'private'],
		['172.20.0.1', 'private'],
		['192.168.1.1', 'private'],
		['169.254.169.254', 'private'],
		['100.100.100.200', 'private'],
		['fd00::1', 'private'],
		['fe80::1', 'private'],
		['::ffff:10.0.0.1', 'private'],
	];
	for (const [address, place] of cases) {
		t.is(placeOf(address), place, `${address} is ${place}`);
	}
});
