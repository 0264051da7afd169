/*
What no session may do, asked of `terminal-resume serve` by the real OpenSSH client: forwarding ports (local,
remote, stdio), X11, the agent, sftp and other subsystems, variables but TERM, COLORTERM and LANG. The client
sees each refusal where OpenSSH shows one, and the session's log line names it.
*/
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {connect, createServer} from 'node:net';
import path from 'node:path';
import test from 'ava';
import {fixtureArgument} from './helpers/fixtures.js';
import {runSsh, sshOptions, startServe} from './helpers/serve.js';
import {cliPath} from './helpers/terminal.js';
import {waitFor} from './helpers/wait-for.js';

if (!existsSync(cliPath)) {
	throw new Error(`${cliPath} is missing: run \`npm run build\` before these tests`);
}

const data = ['--data', fixtureArgument('career.json')];

/** A port nothing listens on now, on 127.0.0.1. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const address = server.address();
	await new Promise(resolve => {
		server.close(resolve);
	});
	return typeof address === 'object' && address ? address.port : 0;
}

test('remote forwarding (-R) is refused: with ExitOnForwardFailure the client exits 255', async t => {
	const served = await startServe(t, {args: data});
	const {code, stderr} = await runSsh(served, ['-N', '-o', 'ExitOnForwardFailure=yes', '-R', '0:127.0.0.1:9']);
	t.is(code, 255);
	t.regex(stderr, /remote port forwarding failed/v);
	t.like(await served.waitForRecord('session'), {refused: 'remote-forwarding', ended: 'refused'});
});

test('stdio forwarding (-W) is refused: the client exits 255', async t => {
	const served = await startServe(t, {args: data});
	const {code, stderr} = await runSsh(served, ['-W', '127.0.0.1:9']);
	t.is(code, 255);
	t.regex(stderr, /stdio forwarding failed/v);
	t.like(await served.waitForRecord('session'), {refused: 'port-forwarding'});
});

test('local forwarding (-L) is refused: a connection to the forwarded port is closed at once', async t => {
	const served = await startServe(t, {args: data});
	const local = await freePort();
	const child = spawn('ssh', [...sshOptions(served, 'INFO'), '-N', '-L', `${local}:127.0.0.1:9`, '127.0.0.1'], {
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	t.teardown(() => child.kill('SIGKILL'));
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	// OpenSSH asks to forward only when something connects to its end; it listens once it has logged in.
	let received = '';
	for (let tries = 0; ; tries++) {
		try {
			// eslint-disable-next-line no-await-in-loop
			received = await new Promise<string>((resolve, reject) => {
				let text = '';
				const socket = connect(local, '127.0.0.1');
				socket.setEncoding('utf8').on('data', (chunk: string) => {
					text += chunk;
				});
				socket.once('error', reject);
				socket.once('close', () => {
					resolve(text);
				});
			});
			break;
		} catch (error) {
			if (tries > 100) {
				throw error;
			}

			// eslint-disable-next-line no-await-in-loop
			await new Promise(resolve => {
				setTimeout(resolve, 50);
			});
		}
	}

	t.is(received, '', 'nothing came through the forwarded port');
	await waitFor(() => stderr.includes('administratively prohibited'), `the refusal on ssh's stderr:\n${stderr}`);
	child.kill('SIGTERM');
	t.like(await served.waitForRecord('session'), {refused: 'port-forwarding'});
});

test('sftp and any other subsystem are refused: the client exits 255', async t => {
	const served = await startServe(t, {args: data});
	for (const subsystem of ['sftp', 'netconf']) {
		// eslint-disable-next-line no-await-in-loop
		const {code, stderr} = await runSsh(served, ['-s', '--', subsystem]);
		t.is(code, 255, `status for ${subsystem}`);
		t.regex(stderr, /subsystem request failed/v, `stderr for ${subsystem}`);
	}

	const records = await served.waitForRecords('session', {ended: 'refused'}, 2);
	t.deepEqual(
		records.map(record => record['refused']).toSorted((a, b) => String(a).localeCompare(String(b))),
		['sftp', 'subsystem:netconf'],
	);
});

test('X11 forwarding (-X) is refused: the client says so, and gets only the résumé', async t => {
	const served = await startServe(t, {args: data});
	const {code, stdout, stderr} = await runSsh(served, ['-T', '-X'], {
		// eslint-disable-next-line @typescript-eslint/naming-convention -- an environment variable
		env: {DISPLAY: ':9'},
	});
	t.regex(stderr, /X11 forwarding request failed/v);
	t.is(code, 0);
	t.true(stdout.includes('Harbor Robotics'));
	t.like(await served.waitForRecord('session'), {refused: 'x11', kind: 'text'});
});

test('agent forwarding (-A) is refused; OpenSSH asks without wanting a reply, so only the log shows it', async t => {
	const served = await startServe(t, {args: data});
	const socket = path.join(served.directory, 'agent.sock');
	const agent = spawn('ssh-agent', ['-D', '-a', socket], {stdio: 'ignore'});
	t.teardown(() => agent.kill('SIGKILL'));
	await waitFor(() => existsSync(socket), 'the agent socket');
	// eslint-disable-next-line @typescript-eslint/naming-convention -- an environment variable
	const {code, stdout} = await runSsh(served, ['-T', '-A'], {env: {SSH_AUTH_SOCK: socket}});
	t.is(code, 0);
	t.true(stdout.includes('Harbor Robotics'));
	t.like(await served.waitForRecord('session'), {refused: 'auth-agent', kind: 'text'});
});

test('variables other than TERM, COLORTERM and LANG are refused, each named in the log', async t => {
	const served = await startServe(t, {args: data});
	const {code} = await runSsh(served, ['-T', '-o', 'SetEnv=LD_PRELOAD=/tmp/x.so LANG=C.UTF-8 PATH=/tmp']);
	t.is(code, 0);
	t.like(await served.waitForRecord('session'), {refused: 'env:LD_PRELOAD,env:PATH', kind: 'text'});
});

test('only modern algorithms: a client that offers only old key exchange, ciphers or host keys is refused', async t => {
	const served = await startServe(t, {args: data});
	const offers = [
		['KexAlgorithms=diffie-hellman-group14-sha1', /no matching key exchange method/v],
		['Ciphers=aes128-cbc,aes256-ctr', /no matching cipher/v],
		['HostKeyAlgorithms=rsa-sha2-512,ecdsa-sha2-nistp256', /no matching host key type/v],
	] as const;
	for (const [offer, refusal] of offers) {
		// eslint-disable-next-line no-await-in-loop
		const {code, stderr} = await runSsh(served, ['-T', '-o', offer], {logLevel: 'INFO'});
		t.is(code, 255, `status with ${offer}`);
		t.regex(stderr, refusal, `stderr with ${offer}`);
	}

	const records = await served.waitForRecords('session', {}, 3);
	t.true(
		records.every(
			record => record['kind'] === undefined && record['error']?.startsWith('Handshake failed: no matching'),
		),
		`the records: ${JSON.stringify(records)}`,
	);
});
