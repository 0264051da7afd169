/*
Runs the built bundle (dist/cli.js) as a child process with stdout and stderr piped, as a shell pipeline
or a script would.
*/
import {spawn} from 'node:child_process';
import {closeSync, openSync} from 'node:fs';
import process from 'node:process';
import {cliPath, nodePath, projectRoot} from './terminal.js';

export type Result = {
	readonly code: number | undefined;
	readonly signal: NodeJS.Signals | undefined;
	readonly stdout: string;
	readonly stderr: string;
};

export type RunOptions = {
	/** Variables to set (a value) or to remove (undefined), over this process's environment less NO_COLOR and FORCE_COLOR. */
	readonly env?: Readonly<Record<string, string | undefined>>;
	/** `null`: /dev/null; `closed`: a pipe closed at once; `open`: a pipe left open (nothing is ever typed). */
	readonly stdin?: 'null' | 'closed' | 'open';
	/** `closed`: a pipe whose reader has gone (as `| true` or `| head` leaves it); `{file}`: that file, opened for writing. */
	readonly stdout?: 'pipe' | 'closed' | {readonly file: string};
	readonly timeout?: number;
	/** Options for Node before the bundle, such as a heap limit. */
	readonly nodeOptions?: readonly string[];
};

function environment(changes: Readonly<Record<string, string | undefined>>): NodeJS.ProcessEnv {
	// eslint-disable-next-line @typescript-eslint/naming-convention -- environment variables are named in UPPER_CASE
	const merged = {...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...changes};
	return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined));
}

/** Runs `node dist/cli.js …args` with stdout and stderr piped. */
export async function run(
	args: readonly string[],
	{stdin = 'null', stdout: output = 'pipe', timeout = 10_000, env = {}, nodeOptions = []}: RunOptions = {},
): Promise<Result> {
	const file = typeof output === 'object' ? openSync(output.file, 'w') : undefined;
	const child = spawn(nodePath, [...nodeOptions, cliPath, ...args], {
		cwd: projectRoot,
		env: environment(env),
		stdio: [stdin === 'null' ? 'ignore' : 'pipe', file ?? 'pipe', 'pipe'],
	});
	if (file !== undefined) {
		closeSync(file);
	}

	let stdout = '';
	let stderr = '';
	if (!child.stderr) {
		throw new Error('spawn gave no stderr pipe');
	}

	if (output === 'closed') {
		child.stdout?.destroy();
	}

	child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	if (stdin === 'closed') {
		child.stdin?.end();
	}

	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`node dist/cli.js ${args.join(' ')} did not exit within ${timeout} ms\n${stderr}`));
		}, timeout);
		child.on('error', reject);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			child.stdin?.destroy();
			resolve({code: code ?? undefined, signal: signal ?? undefined, stdout, stderr});
		});
	});
}
