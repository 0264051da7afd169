/*
Every limit of `terminal-resume serve`, each set small through its flag: it triggers, says so in the log (and to
the client, where the client can still be told), and another session open at the same time goes on as before.
Clients are ssh2's (test/helpers/serve-client.ts), from 127.0.0.x addresses, to the bundle on 127.0.0.1.
*/
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import test, {type ExecutionContext} from 'ava';
import {hugeHighlightResume} from './helpers/big-resume.js';
import {fixtureArgument} from './helpers/fixtures.js';
import {run} from './helpers/run-cli.js';
import {startServe, type Served} from './helpers/serve.js';
import {knock, openShell, type Shell, type ShellOptions} from './helpers/serve-client.js';
import {cliPath, keys} from './helpers/terminal.js';

if (!existsSync(cliPath)) {
	throw new Error(`${cliPath} is missing: run \`npm run build\` before these tests`);
}

const data = ['--data', fixtureArgument('career.json')];
const pageDown = '\u001B[6~';

/** A shell on this server, ended when the test ends, once it has drawn its first frame. */
async function shell(t: ExecutionContext, served: Served, options: Omit<ShellOptions, 'port'> = {}) {
	const opened = await openShell({port: served.port, ...options});
	t.teardown(opened.end);
	await opened.waitForFrame(0);
	return opened;
}

/** The session still answers keys: Experience, then About again, each a new frame. */
async function stillServes(t: ExecutionContext, opened: Shell, what: string): Promise<void> {
	for (const key of ['2', '1']) {
		const before = opened.frames();
		opened.press(key);
		// eslint-disable-next-line no-await-in-loop
		await opened.waitForFrame(before);
	}

	t.pass(what);
}

test.serial('handshake timeout: a connection that never speaks SSH is cut, a session goes on', async t => {
	const served = await startServe(t, {args: [...data, '--handshake-timeout', '2s']});
	const reader = await shell(t, served);
	// The server says its version, and nothing more to a client that does not say its own.
	t.is(await knock(served.port), 'SSH-2.0-terminal-resume\r\n');
	const cut = await served.waitForRecord('session', {ended: 'handshake-timeout'});
	t.is(cut['bytes_in'], '0');
	// The reader connected before the silent one and is past its handshake: the timeout is not its.
	await delay(2500);
	await stillServes(t, reader, 'the reader past its handshake is unaffected');
	t.false(served.sessions().some(record => record['kind'] === 'app'));
});

test.serial('idle timeout: a session without keys is ended with a goodbye; one that types is not', async t => {
	const served = await startServe(t, {args: [...data, '--idle-timeout', '2s']});
	const typing = await shell(t, served);
	const idle = await shell(t, served);
	const idleClosed = idle.closed;
	// Keys every 400 ms for longer than the timeout: each one starts it again.
	const typedUntil = Date.now() + 3500;
	while (Date.now() < typedUntil) {
		// eslint-disable-next-line no-await-in-loop
		await stillServes(t, typing, 'a key');
		// eslint-disable-next-line no-await-in-loop
		await delay(400);
	}

	t.is(await idleClosed, 1);
	t.true(
		idle.text().includes('terminal-resume: no key pressed for 2 s; goodbye'),
		`the end of what it got: ${idle.text().slice(-200)}`,
	);
	t.like(await served.waitForRecord('session', {ended: 'idle-timeout'}), {kind: 'app'});
	await stillServes(t, typing, 'the typing session outlived the timeout');
	t.is(served.sessions().length, 1, 'only the idle session has ended');
});

test.serial('maximum session length: a session is ended at it, one that started later goes on', async t => {
	const served = await startServe(t, {args: [...data, '--max-session', '4s']});
	const first = await shell(t, served);
	await delay(2000);
	const second = await shell(t, served);
	t.is(await first.closed, 1);
	t.true(
		first.text().includes('terminal-resume: sessions last at most 4 s; goodbye'),
		`the end of what it got: ${first.text().slice(-200)}`,
	);
	t.like(await served.waitForRecord('session', {ended: 'max-session'}), {kind: 'app'});
	await stillServes(t, second, 'the later session is within its own 4 s');
	t.is(served.sessions().length, 1);
});

test.serial('maximum concurrent sessions: one more is refused on the raw socket; those open go on', async t => {
	const served = await startServe(t, {args: [...data, '--max-sessions', '2']});
	const first = await shell(t, served);
	const second = await shell(t, served);
	t.is(await knock(served.port), 'terminal-resume: the server is full; try again later\r\n');
	t.like(await served.waitForRecord('refused'), {reason: 'max-sessions'});
	await stillServes(t, first, 'the first session goes on');
	await stillServes(t, second, 'the second session goes on');

	// A place is free again once a session ends.
	first.press('q');
	t.is(await first.closed, 0);
	await served.waitForRecord('session', {ended: 'quit'});
	const third = await shell(t, served);
	await stillServes(t, third, 'a new session takes the free place');
});

test.serial('maximum connections per address: one more from it is refused, another address is not', async t => {
	const served = await startServe(t, {args: [...data, '--max-per-ip', '2']});
	const first = await shell(t, served, {localAddress: '127.0.0.2'});
	await shell(t, served, {localAddress: '127.0.0.2'});
	t.is(
		await knock(served.port, '127.0.0.2'),
		'terminal-resume: too many connections from your address; close one and try again\r\n',
	);
	t.like(await served.waitForRecord('refused'), {client: '127.0.0.2', reason: 'max-per-ip'});
	const neighbour = await shell(t, served, {localAddress: '127.0.0.3'});
	await stillServes(t, neighbour, 'another address is let in');
	await stillServes(t, first, 'the sessions open from the address go on');
});

test.serial('connection rate per address: the one past the rate is refused, another address is not', async t => {
	const served = await startServe(t, {args: [...data, '--rate-per-ip', '3']});
	const first = await shell(t, served, {localAddress: '127.0.0.4'});
	for (let index = 0; index < 2; index++) {
		// eslint-disable-next-line no-await-in-loop
		const passing = await shell(t, served, {localAddress: '127.0.0.4'});
		passing.press('q');
		// eslint-disable-next-line no-await-in-loop
		await passing.closed;
	}

	t.is(
		await knock(served.port, '127.0.0.4'),
		'terminal-resume: too many new connections from your address; try again in a minute\r\n',
	);
	t.like(await served.waitForRecord('refused'), {client: '127.0.0.4', reason: 'rate-per-ip'});
	const neighbour = await shell(t, served, {localAddress: '127.0.0.5'});
	await stillServes(t, neighbour, 'another address is let in');
	await stillServes(t, first, 'the session open from the address goes on');
});

test.serial('input rate: a session that sends more than the rate is ended, one that types goes on', async t => {
	const served = await startServe(t, {args: [...data, '--input-rate', '256']});
	const flooding = await shell(t, served);
	const typing = await shell(t, served);
	flooding.press('j'.repeat(2000));
	t.is(await flooding.closed, 1);
	t.true(flooding.text().includes('terminal-resume: more input than anyone types; goodbye'));
	t.like(await served.waitForRecord('session', {ended: 'input-rate'}), {kind: 'app'});
	await stillServes(t, typing, 'a session typing at a person’s pace goes on');
});

test.serial('unsent output: a client that never reads is dropped, one that reads goes on', async t => {
	// Some 2.5 MB of frames must be drawn first; at 500×200 a frame of this résumé takes Ink ~0.2 s on this machine.
	t.timeout(120_000);
	const folder = mkdtempSync(path.join(tmpdir(), 'terminal-resume-unsent-'));
	t.teardown(() => {
		rmSync(folder, {recursive: true, force: true});
	});
	// A page of a 1 MB achievement fills a 500×200 terminal: each page key is ~20 kB of output.
	const huge = path.join(folder, 'huge.json');
	writeFileSync(huge, JSON.stringify(hugeHighlightResume()));
	const served = await startServe(t, {args: ['--data', huge, '--max-unsent', '256k']});
	const stalled = await shell(t, served, {columns: 500, rows: 200});
	const reading = await shell(t, served);
	for (const key of ['2', keys.enter]) {
		const before = stalled.frames();
		stalled.press(key);
		// eslint-disable-next-line no-await-in-loop
		await stalled.waitForFrame(before);
	}

	stalled.stopReading();
	// Page after page, back to the top now and then: keys that Ink takes together still change the screen. The
	// SSH window (2 MiB) and the kernel's buffers fill first, then the server's own.
	let pages = 0;
	const paging = setInterval(() => {
		stalled.press(++pages % 40 === 0 ? 'g' : pageDown);
	}, 40);
	t.teardown(() => {
		clearInterval(paging);
	});
	const record = await served.waitForRecord('session', {ended: 'unsent-output'}, 110_000);
	clearInterval(paging);
	t.like(record, {size: '500x200'});
	t.true(Number(record['bytes_out']) > 2 * 1024 * 1024, `bytes_out=${record['bytes_out']}`);
	await stillServes(t, reading, 'the session that reads goes on');
});

test.serial('terminal size: 3000×1500 is laid out as 500×200 and stalls no one; 0×0 is taken as 80×24', async t => {
	const served = await startServe(t, {args: data});
	const other = await shell(t, served);
	const huge = await shell(t, served, {columns: 3000, rows: 1500});
	await stillServes(t, other, 'a session beside the huge one answers');
	// Every cursor move of the huge session's frames stays within 500×200.
	const moves = huge
		.text()
		.split('\u001B[')
		.map(sequence => /^(\d+);(\d+)H/v.exec(sequence))
		.filter(match => match !== null)
		.map(match => [Number(match[1]), Number(match[2])]);
	t.true(moves.length > 0);
	t.true(
		moves.every(([row, column]) => row! <= 200 && column! <= 500),
		`the first moves: ${JSON.stringify(moves.slice(0, 20))}`,
	);
	huge.resize(3000, 1500);
	await stillServes(t, huge, 'the huge session answers after a huge window change');
	await stillServes(t, other, 'so does the other');
	huge.press('q');
	t.is(await huge.closed, 0);
	t.truthy(await served.waitForRecord('session', {size: '500x200', ended: 'quit'}));

	const zero = await shell(t, served, {columns: 0, rows: 0});
	await stillServes(t, zero, 'a 0×0 terminal gets the app');
	zero.press('q');
	t.is(await zero.closed, 0);
	t.truthy(await served.waitForRecord('session', {size: '80x24', ended: 'quit'}));
});

test('renderers: sessions at once are drawn on several threads, each with its own keys and frames', async t => {
	const served = await startServe(t, {args: [...data, '--renderers', '3']});
	const readers = await Promise.all(Array.from({length: 4}, async () => shell(t, served)));
	const before = readers.map(reader => reader.frames());
	await stillServes(t, readers[2]!, 'the third reader types');
	t.deepEqual(
		readers.map(reader => reader.frames() - before[readers.indexOf(reader)]!),
		[0, 0, 2, 0],
		'only the reader who typed was drawn again',
	);
	await Promise.all(readers.map(async (reader, index) => stillServes(t, reader, `reader ${index + 1} still types`)));
	for (const reader of readers) {
		reader.end();
	}

	// Each session's log line names its renderer: the one with the fewest sessions when it started.
	const records = await served.waitForRecords('session', {kind: 'app'}, 4);
	t.deepEqual(
		records.map(record => record['renderer'] ?? '').toSorted((a, b) => a.localeCompare(b)),
		['1', '1', '2', '3'],
	);
});

test('--renderers takes a whole number from 1', async t => {
	const refused = await run(['serve', '--renderers', '0']);
	t.is(refused.code, 2);
	t.is(refused.stderr.trim().split('\n')[0], 'terminal-resume: --renderers must be a whole number from 1; got "0"');
});
