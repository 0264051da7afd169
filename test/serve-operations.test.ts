/*
Running `terminal-resume serve` as an operator does: SIGTERM ends every session with a goodbye and exits 0,
SIGHUP reads the résumé again without dropping a session, and a host key that others may read, or that is
no ed25519 key, stops the start with one line and status 1.
*/
import {execFileSync} from 'node:child_process';
import {chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test, {type ExecutionContext} from 'ava';
import {fixtureArgument, fixturePath} from './helpers/fixtures.js';
import {run} from './helpers/run-cli.js';
import {sshTerminal, startServe} from './helpers/serve.js';
import {openShell, type Shell} from './helpers/serve-client.js';
import {cliPath} from './helpers/terminal.js';

if (!existsSync(cliPath)) {
	throw new Error(`${cliPath} is missing: run \`npm run build\` before these tests`);
}

function folder(t: ExecutionContext): string {
	const directory = mkdtempSync(path.join(tmpdir(), 'terminal-resume-operations-'));
	t.teardown(() => {
		rmSync(directory, {recursive: true, force: true});
	});
	return directory;
}

/** Presses `key` and waits for the frame it draws. */
async function pressForFrame(shell: Shell, key: string): Promise<void> {
	const before = shell.frames();
	shell.press(key);
	await shell.waitForFrame(before);
}

test('SIGTERM: every session gets a goodbye and ends, and the server exits 0', async t => {
	const served = await startServe(t, {args: ['--data', fixtureArgument('career.json')]});
	const viaOpenSsh = sshTerminal(t, served);
	const viaSsh2 = await openShell({port: served.port});
	t.teardown(viaSsh2.end);
	await viaOpenSsh.waitFor('q quit');
	await viaSsh2.waitForFrame(0);
	served.kill('SIGTERM');
	t.deepEqual(await served.exited, {code: 0, signal: undefined});
	t.is(await viaSsh2.closed, 1);
	t.true(viaSsh2.text().includes('terminal-resume: the server is shutting down; goodbye'));
	const exit = await viaOpenSsh.waitForExit();
	t.is(exit.exitCode, 1);
	t.true(viaOpenSsh.output.includes('the server is shutting down; goodbye'));
	t.false(viaOpenSsh.isAlternateScreen(), 'the client terminal is back on its main screen');
	const ended = served.sessions().map(record => record['ended']);
	t.deepEqual(ended, ['shutdown', 'shutdown']);
	t.regex(served.log(), /event=stopped\n$/v);
});

test('SIGHUP: the résumé is read again for new sessions; open ones go on; a broken file keeps the old one', async t => {
	const file = path.join(folder(t), 'resume.json');
	copyFileSync(fixturePath('career.json'), file);
	const served = await startServe(t, {args: ['--data', file]});
	const before = await openShell({port: served.port});
	t.teardown(before.end);
	await before.waitForText('Harbor Robotics');

	writeFileSync(file, readFileSync(file, 'utf8').replace('"Harbor Robotics"', '"Zanzibar Ferries"'));
	served.kill('SIGHUP');
	await served.waitForRecord('reloaded');
	const after = await openShell({port: served.port});
	t.teardown(after.end);
	await after.waitForText('Zanzibar Ferries');
	// The session that was open keeps its résumé and answers keys.
	await pressForFrame(before, '2');
	t.false(before.text().includes('Zanzibar'));
	t.is(served.sessions().length, 0, 'no session has ended');

	writeFileSync(file, '{"work": [{"name": 5}]');
	served.kill('SIGHUP');
	const failed = await served.waitForRecord('reload-failed');
	t.regex(failed['message']!, /resume\.json/v);
	const third = await openShell({port: served.port});
	t.teardown(third.end);
	await third.waitForText('Zanzibar Ferries');
	await pressForFrame(before, '1');
	await pressForFrame(after, '2');
	t.is(served.sessions().length, 0, 'no session has ended');
});

test('a host key that others may read, or that is no ed25519 key, stops the start with one line', async t => {
	const directory = folder(t);
	const readable = path.join(directory, 'readable-key');
	execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', readable]);
	chmodSync(readable, 0o640);
	const rsa = path.join(directory, 'rsa-key');
	execFileSync('ssh-keygen', ['-q', '-t', 'rsa', '-b', '2048', '-N', '', '-f', rsa]);
	const notKey = path.join(directory, 'not-a-key');
	writeFileSync(notKey, 'hello\n', {mode: 0o600});
	const cases = [
		[
			readable,
			`terminal-resume: host key ${readable} may be read by others (mode 0640); make it private with: chmod 600 ${readable}\n`,
		],
		[rsa, `terminal-resume: host key ${rsa} is ssh-rsa; only ssh-ed25519 is used\n`],
		[notKey, `terminal-resume: host key ${notKey} is not an unencrypted OpenSSH private key\n`],
	] as const;
	for (const [key, message] of cases) {
		// eslint-disable-next-line no-await-in-loop
		const {code, stdout, stderr} = await run(['serve', '--host', '127.0.0.1', '--port', '0', '--host-key', key]);
		t.is(code, 1, `status for ${key}`);
		t.is(stdout, '');
		t.is(stderr, message);
	}
});
