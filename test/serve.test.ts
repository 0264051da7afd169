/*
`terminal-resume serve` end to end with the real OpenSSH client: the app in a pseudo-terminal over SSH, the
printed outputs by command, and what a session may not do. The server is the built bundle, on 127.0.0.1.
*/
import {execFileSync} from 'node:child_process';
import {existsSync, statSync} from 'node:fs';
import test from 'ava';
import stringWidth from 'string-width';
import {fixtureArgument} from './helpers/fixtures.js';
import {run} from './helpers/run-cli.js';
import {schemaErrors} from './helpers/schema.js';
import {runSsh, sshTerminal, startServe} from './helpers/serve.js';
import {cliPath, keys} from './helpers/terminal.js';
import {crumbsOf} from './helpers/screen.js';

if (!existsSync(cliPath)) {
	throw new Error(`${cliPath} is missing: run \`npm run build\` before these tests`);
}

const data = ['--data', fixtureArgument('career.json')];

test('ssh -tt opens the app: first screen, keys, a resize, and q ends it with status 0', async t => {
	const served = await startServe(t, {args: data});
	const session = sshTerminal(t, served, {columns: 100, rows: 30});
	let lines = await session.waitFor(
		lines => lines.some(line => line.includes('q quit')) && lines[1]!.includes('1 About'),
	);
	t.true(session.isAlternateScreen(), 'the app runs on the alternate screen of the client terminal');
	t.is(lines[0]!.trim(), 'Principal Reliability Engineer · Harbor Robotics · Lisbon, PT');
	await session.waitForKeyboard();

	session.press('2');
	lines = await session.waitFor(lines => crumbsOf(lines) === '' && lines.some(line => line.includes('❯ Harbor')));
	session.press('j');
	await session.waitFor(lines => lines.some(line => line.includes('❯ Cobalt Cloud')));
	session.press(keys.enter);
	await session.waitFor(lines => crumbsOf(lines).startsWith('Experience › Cobalt Cloud'));

	// The client's window change reaches the server, which lays the frame out again for the new size.
	session.resize(60, 20);
	lines = await session.waitFor(lines => lines[19]!.includes('q quit') && lines[2]!.includes('Cobalt'), {
		description: 'the footer on the last row of the 60×20 terminal',
	});
	t.deepEqual(session.wrappedRows(), [], `a line ran past the right edge:\n${session.screenText()}`);
	t.true(
		lines.every(line => stringWidth(line) <= 60),
		`a line is wider than 60:\n${session.screenText()}`,
	);

	session.press('q');
	t.deepEqual(await session.waitForExit(), {exitCode: 0});
	t.false(session.isAlternateScreen(), 'the client terminal is back on its main screen');
	const record = await served.waitForRecord('session', {ended: 'quit'});
	t.like(record, {kind: 'app', term: 'xterm-256color', size: '100x30'});
	t.regex(record['client']!, /^127\.0\.0\.1:\d+$/v);
	t.true(Number(record['bytes_in']) > 0 && Number(record['bytes_out']) > Number(record['bytes_in']));
});

test('Ctrl+C ends the session too, and a client that hangs up is logged as such', async t => {
	const served = await startServe(t, {args: data});
	const quitting = sshTerminal(t, served);
	const hanging = sshTerminal(t, served);
	await quitting.waitFor('q quit');
	await hanging.waitFor('q quit');
	await quitting.waitForKeyboard();
	quitting.press(keys.ctrlC);
	t.deepEqual(await quitting.waitForExit(), {exitCode: 0});
	hanging.kill('SIGKILL');
	t.like(await served.waitForRecord('session', {ended: 'quit'}), {kind: 'app'});
	t.like(await served.waitForRecord('session', {ended: 'hangup'}), {kind: 'app'});
});

test('ssh -T gets the text résumé, as --print prints it, and the connection closes', async t => {
	const served = await startServe(t, {args: data});
	const [viaSsh, printed] = await Promise.all([runSsh(served, ['-T']), run(['--print', '--width', '80', ...data])]);
	t.is(viaSsh.code, 0, `ssh said: ${viaSsh.stderr}`);
	t.is(viaSsh.stdout, printed.stdout);
	t.false(
		viaSsh.stdout.includes('\r') || viaSsh.stdout.includes('\u001B'),
		'plain text with plain line breaks, fit for a file',
	);
	t.like(await served.waitForRecord('session'), {kind: 'text', ended: 'done'});
});

test('ssh host json: the JSON Resume, valid against the official schema', async t => {
	const served = await startServe(t, {args: data});
	const [viaSsh, printed] = await Promise.all([runSsh(served, ['--', 'json']), run(['--format', 'json', ...data])]);
	t.is(viaSsh.code, 0, `ssh said: ${viaSsh.stderr}`);
	t.is(schemaErrors(JSON.parse(viaSsh.stdout)), undefined);
	t.is(viaSsh.stdout, printed.stdout);
});

test('ssh host markdown, banner and text --width N give what the command line gives', async t => {
	const served = await startServe(t, {args: data});
	const cases = [
		[['markdown'], ['--format', 'markdown', '--width', '80']],
		[
			['banner', '--width', '60'],
			['--banner', '--width', '60'],
		],
		[
			['text', '--width=50'],
			['--print', '--width', '50'],
		],
	] as const;
	for (const [command, flags] of cases) {
		// eslint-disable-next-line no-await-in-loop
		const [viaSsh, printed] = await Promise.all([runSsh(served, ['--', ...command]), run([...flags, ...data])]);
		t.is(viaSsh.code, 0, `ssh said: ${viaSsh.stderr}`);
		t.is(viaSsh.stdout, printed.stdout, `ssh host ${command.join(' ')}`);
	}
});

test('any other command is refused with one line on stderr and status 1', async t => {
	const served = await startServe(t, {args: data});
	for (const command of [['rm', '-rf', '/'], ['text', '--width', '5'], ['json', 'extra'], ['bash']]) {
		// eslint-disable-next-line no-await-in-loop
		const {code, stdout, stderr} = await runSsh(served, ['--', ...command]);
		t.is(code, 1, `ssh host ${command.join(' ')}`);
		t.is(stdout, '');
		t.regex(stderr, /^terminal-resume: [^\n]+\n$/v, `ssh host ${command.join(' ')}`);
	}

	const refused = await served.waitForRecords('session', {ended: 'refused-command'}, 4);
	t.is(refused.length, 4);
});

test('a TERM of dumb gets the text; LANG=C gets ASCII; each for its own session alone', async t => {
	const served = await startServe(t, {args: data});
	const dumb = sshTerminal(t, served, {term: 'dumb'});
	t.deepEqual(await dumb.waitForExit(), {exitCode: 0});
	t.true(dumb.output.includes('Harbor Robotics') && !dumb.output.includes('\u001B[?1049h'), 'text, no app');

	const ascii = sshTerminal(t, served, {args: ['-o', 'SetEnv=LANG=C COLORTERM=truecolor']});
	const unicode = sshTerminal(t, served);
	const asciiLines = await ascii.waitFor('q quit');
	const unicodeLines = await unicode.waitFor('q quit');
	t.true(asciiLines[2]!.includes('---') && !asciiLines.join('').includes('─'), `ASCII rules:\n${ascii.screenText()}`);
	t.true(unicodeLines[2]!.includes('───'), `box-drawing rules:\n${unicode.screenText()}`);
	ascii.press('q');
	await ascii.waitForExit();
	t.false(
		served.sessions().some(record => record['refused']?.includes('env')),
		'LANG and COLORTERM are accepted',
	);
});

test('the host key: ed25519, made with mode 0600, its fingerprint logged as ssh-keygen shows it, and kept', async t => {
	const first = await startServe(t, {args: data});
	t.truthy(await first.waitForRecord('host-key-created'));
	// eslint-disable-next-line no-bitwise -- a file's mode is bits
	t.is(statSync(first.hostKey).mode & 0o777, 0o600);
	const listening = await first.waitForRecord('listening');
	const fingerprint = listening['fingerprint']!;
	const keygen = execFileSync('ssh-keygen', ['-l', '-f', first.hostKey], {encoding: 'utf8'});
	t.is(keygen.split(' ')[1], fingerprint, `ssh-keygen -l says: ${keygen}`);
	t.true(keygen.endsWith('(ED25519)\n'), `ssh-keygen -l says: ${keygen}`);
	const {code} = await runSsh(first, ['-T']);
	t.is(code, 0);
	first.kill('SIGTERM');
	await first.exited;

	// The same folder, the same key: the known_hosts entry of the first server lets the client in without asking.
	const second = await startServe(t, {args: data, directory: first.directory});
	const relistening = await second.waitForRecord('listening');
	t.is(relistening['fingerprint'], fingerprint);
	t.false(second.log().includes('host-key-created'));
	const strict = await runSsh(second, ['-o', 'StrictHostKeyChecking=yes', '-T']);
	t.is(strict.code, 0, `ssh said: ${strict.stderr}`);
});
