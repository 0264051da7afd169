/*
`terminal-resume serve` for the tests: the built bundle listening on 127.0.0.1 (and never anywhere else) on a
port of the system's choosing, with a host key in a folder of its own, and the real OpenSSH client pointed at
it with a throwaway known_hosts, in batch mode so that it never asks anything.
*/
import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {setTimeout as delay} from 'node:timers/promises';
import type {ExecutionContext} from 'ava';
import {cliPath, nodePath, projectRoot, TerminalSession, type StartOptions} from './terminal.js';

export type LogRecord = Readonly<Record<string, string>>;

/** One logfmt line as its fields: `a=1 b="two words"` → {a: '1', b: 'two words'}. */
export function parseLogfmt(line: string): LogRecord {
	const fields: Record<string, string> = {};
	for (const match of line.matchAll(/([\w\-]+)=(?:"((?:[^"\\]|\\.)*)"|(\S*))/gv)) {
		fields[match[1]!] = match[2] === undefined ? match[3]! : match[2].replaceAll(/\\(.)/gv, '$1');
	}

	return fields;
}

export type Served = {
	readonly port: number;
	/** The folder of this server's host key and its clients' known_hosts. */
	readonly directory: string;
	readonly hostKey: string;
	/** Everything the server wrote to stderr: its log. */
	readonly log: () => string;
	/** The log's `event=session` records so far. */
	readonly sessions: () => LogRecord[];
	/** Waits (10 s, unless told) for a log record of `event` whose fields include `fields`; returns it. */
	readonly waitForRecord: (event: string, fields?: LogRecord, timeout?: number) => Promise<LogRecord>;
	/** Waits for `count` such records; returns them all. */
	readonly waitForRecords: (event: string, fields: LogRecord, count: number, timeout?: number) => Promise<LogRecord[]>;
	readonly kill: (signal: NodeJS.Signals) => void;
	readonly exited: Promise<{readonly code: number | undefined; readonly signal: NodeJS.Signals | undefined}>;
};

export type ServeOptions = {
	/** Flags after `serve --host 127.0.0.1 --port 0 --host-key …`. */
	readonly args?: readonly string[];
	/** A folder that holds the host key already (as one made by an earlier server). */
	readonly directory?: string;
	readonly env?: Readonly<Record<string, string>>;
};

/** Starts the server for one test; it is killed, and its folder removed, when the test ends. */
export async function startServe(t: ExecutionContext, {args = [], directory, env}: ServeOptions = {}): Promise<Served> {
	const folder = directory ?? mkdtempSync(path.join(tmpdir(), 'terminal-resume-serve-'));
	const hostKey = path.join(folder, 'host-key');
	const child = spawn(
		nodePath,
		[cliPath, 'serve', '--host', '127.0.0.1', '--port', '0', '--host-key', hostKey, ...args],
		// CI=true as on a CI machine: Ink then writes nothing unless told it is interactive, which serve does.
		// eslint-disable-next-line @typescript-eslint/naming-convention -- an environment variable
		{cwd: projectRoot, env: {...process.env, CI: 'true', ...env}, stdio: ['ignore', 'ignore', 'pipe']},
	);
	const served = watch(child, folder, hostKey);
	t.teardown(async () => {
		child.kill('SIGKILL');
		await served.exited;
		if (directory === undefined) {
			rmSync(folder, {recursive: true, force: true});
		}
	});
	const listening = await served.waitForRecord('listening');
	return {...served, port: Number(listening['port'])};
}

function watch(child: ChildProcess, directory: string, hostKey: string): Omit<Served, 'port'> {
	let log = '';
	child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
		log += chunk;
	});
	const exited = new Promise<{code: number | undefined; signal: NodeJS.Signals | undefined}>(resolve => {
		child.once('exit', (code, signal) => {
			resolve({code: code ?? undefined, signal: signal ?? undefined});
		});
	});
	let gone = false;
	void exited.then(() => {
		gone = true;
	});
	const records = () =>
		log
			.split('\n')
			.filter(Boolean)
			.map(line => parseLogfmt(line));
	const waitForRecords = async (event: string, fields: LogRecord, count: number, timeout = 10_000) => {
		const deadline = Date.now() + timeout;
		for (;;) {
			const found = records().filter(
				record => record['event'] === event && Object.entries(fields).every(([key, value]) => record[key] === value),
			);
			if (found.length >= count) {
				return found;
			}

			if (gone || Date.now() > deadline) {
				throw new Error(`No ${count} of ${event} ${JSON.stringify(fields)} in the server's log:\n${log}`);
			}

			// eslint-disable-next-line no-await-in-loop
			await delay(25);
		}
	};

	return {
		directory,
		hostKey,
		log: () => log,
		sessions: () => records().filter(record => record['event'] === 'session'),
		async waitForRecord(event, fields = {}, timeout?: number) {
			const [found] = await waitForRecords(event, fields, 1, timeout);
			return found!;
		},
		waitForRecords,
		kill(signal) {
			child.kill(signal);
		},
		exited,
	};
}

/**
The OpenSSH client's options for this server: no user configuration, a throwaway known_hosts, no prompts, and
errors only, unless `logLevel` asks for more (OpenSSH says why it could not negotiate, or that a forwarded
channel was refused, at INFO).
*/
export function sshOptions(
	{port, directory}: Pick<Served, 'port' | 'directory'>,
	logLevel: 'ERROR' | 'INFO' = 'ERROR',
): string[] {
	return [
		'-F',
		'/dev/null',
		'-o',
		`UserKnownHostsFile=${path.join(directory, 'known_hosts')}`,
		'-o',
		'GlobalKnownHostsFile=/dev/null',
		'-o',
		'StrictHostKeyChecking=accept-new',
		'-o',
		'BatchMode=yes',
		'-o',
		`LogLevel=${logLevel}`,
		'-p',
		String(port),
	];
}

/**
`ssh -tt … 127.0.0.1` in a pseudo-terminal, ended when the test ends; `term` is the TERM it sends (the
pseudo-terminal's own is xterm-256color).
*/
export function sshTerminal(
	t: ExecutionContext,
	served: Served,
	{args = [], term = 'xterm-256color', ...options}: Omit<StartOptions, 'command'> & {readonly term?: string} = {},
): TerminalSession {
	const command = ['env', `TERM=${term}`, 'ssh', '-tt', ...sshOptions(served), ...args, '127.0.0.1'];
	const session = TerminalSession.start({command, ...options});
	t.teardown(async () => session.dispose());
	return session;
}

export type SshResult = {readonly code: number | undefined; readonly stdout: string; readonly stderr: string};

/** `ssh … 127.0.0.1 [command]` with stdin from /dev/null and its output piped. */
export async function runSsh(
	served: Served,
	args: readonly string[],
	{
		env,
		timeout = 15_000,
		logLevel,
	}: {
		readonly env?: Readonly<Record<string, string>>;
		readonly timeout?: number;
		readonly logLevel?: 'ERROR' | 'INFO';
	} = {},
): Promise<SshResult> {
	const [options, command] = splitCommand(args);
	const child = spawn('ssh', [...sshOptions(served, logLevel), ...options, '127.0.0.1', ...command], {
		env: {...process.env, ...env},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const timer = setTimeout(() => {
		child.kill('SIGKILL');
	}, timeout);
	const code = await new Promise<number | undefined>(resolve => {
		child.once('close', resolve);
	});
	clearTimeout(timer);
	return {code, stdout, stderr};
}

/** Options before `--`, the remote command after it: `['-T', '--', 'json']`. */
function splitCommand(args: readonly string[]): [readonly string[], readonly string[]] {
	const split = args.indexOf('--');
	return split === -1 ? [args, []] : [args.slice(0, split), args.slice(split + 1)];
}
