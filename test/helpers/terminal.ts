/*
A small harness for end-to-end tests: runs the built CLI (dist/cli.js) in a real pseudo-terminal and feeds
everything it writes into a headless xterm of the same size, so that a test sees the screen a person sees.
*/
import {Buffer} from 'node:buffer';
import {execFile} from 'node:child_process';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import process from 'node:process';
import {StringDecoder} from 'node:string_decoder';
import {setTimeout as delay} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';
import pty, {type IPty} from '@lydell/node-pty';
import {Unicode11Addon} from '@xterm/addon-unicode11';
import xtermHeadless, {type IBuffer, type Terminal} from '@xterm/headless';

/** The project's root folder. */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The bundle that `npm run build` writes and the package ships. */
export const cliPath = path.join(projectRoot, 'dist', 'cli.js');
/** The Node.js that runs the CLI under test: the one running the tests (scripts/node-versions.sh runs them on each). */
export const nodePath = process.execPath;

/** Keys as a terminal sends them. */
export const keys = {
	enter: '\r',
	escape: '\u001B',
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	tab: '\t',
	shiftTab: '\u001B[Z',
	backspace: '\u007F',
	ctrlC: '\u0003',
} as const;

export type StartOptions = {
	/**
	The program and its first arguments: `node dist/cli.js` unless told. The bench runs a packed copy of the
	bundle, `node -e 0`, and either under GNU time.
	*/
	readonly command?: readonly string[];
	/** Arguments after the command (`dist/cli.js`). */
	readonly args?: readonly string[];
	readonly columns?: number;
	readonly rows?: number;
	/** `null` runs the CLI with stdin from /dev/null; `{file}` with stdin read from that file. */
	readonly stdin?: 'terminal' | 'null' | {readonly file: string};
	/**
	`pipe` runs the CLI with stdout into a pipe to `cat`, which writes to the terminal, as in
	`terminal-resume | less`; the exit code is still the CLI's, unless the CLI exits 0 and `cat` fails.
	*/
	readonly stdout?: 'terminal' | 'pipe';
	/** Variables to add to the environment (NO_COLOR and FORCE_COLOR are always removed first). */
	readonly env?: Readonly<Record<string, string>>;
	/**
	`false` gives the program only `env` and TERM, as a user's fresh shell would, instead of this process's
	environment with `env` added: the bench measures start-up without this machine's NODE_OPTIONS and the like.
	*/
	readonly inheritEnv?: boolean;
	/** The working folder: the project's root unless told. */
	readonly cwd?: string;
	/** Character widths as xterm's Unicode 6 tables (its default) or its Unicode 11 ones (VS Code's terminal). */
	readonly unicode?: '6' | '11';
};

/** How the process ended: its exit code, or the number of the signal that killed it. */
export type Exit = {readonly exitCode: number; readonly signal?: number};

export type WaitOptions = {
	/** Milliseconds; 10 s unless told. */
	readonly timeout?: number;
	/** What is awaited, for the failure message. */
	readonly description?: string;
};

export type SettleOptions = WaitOptions & {
	/** Milliseconds without output after the screen matched; 0 (the next turn of the event loop) unless told. */
	readonly quiet?: number;
};

/** A settled screen, and when its output arrived (`performance.now()`, as `startedAt`). */
export type Settled = {
	readonly lines: string[];
	/** When the output arrived whose drawing first made the screen match. */
	readonly matchedAt: number;
	/** When the last output before the quiet arrived. */
	readonly lastOutputAt: number;
};

/** What a test waits for: text on the screen, a pattern, or a predicate on the visible lines. */
export type Expectation = string | RegExp | ((lines: readonly string[]) => boolean);

const defaultTimeout = 10_000;
const pollInterval = 25;

/** The environment the CLI gets: the test's own (unless `inherit` is false), as a terminal, with no colour overrides. */
function childEnvironment(extra: Readonly<Record<string, string>> = {}, inherit = true): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [name, value] of Object.entries(inherit ? process.env : {})) {
		if (value !== undefined && name !== 'NO_COLOR' && name !== 'FORCE_COLOR') {
			env[name] = value;
		}
	}

	env['TERM'] = 'xterm-256color';
	return {...env, ...extra};
}

function matches(expected: Expectation, lines: readonly string[]): boolean {
	if (typeof expected === 'function') {
		return expected(lines);
	}

	const text = lines.join('\n');
	// `search` ignores the `lastIndex` of a global pattern.
	return typeof expected === 'string' ? text.includes(expected) : text.search(expected) !== -1;
}

function describe(expected: Expectation, description: string | undefined): string {
	if (description) {
		return description;
	}

	return typeof expected === 'function' ? 'the screen to match a predicate' : `the screen to show ${String(expected)}`;
}

/** A screen, framed so that blank rows and trailing spaces show in a failure message. */
export function formatScreen(lines: readonly string[]): string {
	const width = Math.max(0, ...lines.map(line => line.length));
	const border = `+${'-'.repeat(width)}+`;
	return [border, ...lines.map(line => `|${line.padEnd(width)}|`), border].join('\n');
}

/** The CLI running in a pseudo-terminal of `columns`×`rows`, drawn into a headless xterm. */
export class TerminalSession {
	/** Starts `node dist/cli.js …args` in a new pseudo-terminal. */
	static start(options: StartOptions = {}): TerminalSession {
		return new TerminalSession(options);
	}

	/** When the program was started, by `performance.now()`: the origin of the bench's timings. */
	readonly startedAt: number;
	/** Every byte the program wrote so far; the bench counts a key's bytes as the difference. */
	bytesReceived = 0;
	/** When the program's last output arrived; `startedAt` until some does. */
	lastOutputAt: number;
	/** When the program's exit was reported, or undefined while it runs. */
	exitedAt: number | undefined;

	private readonly pty: IPty;
	private readonly terminal: Terminal;
	private readonly exited: Promise<Exit>;
	/** Called with its arrival time once each piece of output has been drawn. */
	private readonly drawnListeners = new Set<(arrivedAt: number) => void>();
	private lastDrawnAt: number;
	private exit: Exit | undefined;
	private alternateScrolls = 0;
	private alternateSwitches = 0;
	private disposed = false;
	private exitSettled = false;
	private written = '';

	private constructor({
		command = [nodePath, cliPath],
		args = [],
		columns = 80,
		rows = 24,
		stdin = 'terminal',
		stdout = 'terminal',
		env,
		inheritEnv = true,
		cwd = projectRoot,
		unicode = '6',
	}: StartOptions) {
		this.terminal = new xtermHeadless.Terminal({cols: columns, rows, allowProposedApi: true, scrollback: 1000});
		if (unicode === '11') {
			this.terminal.loadAddon(new Unicode11Addon());
			this.terminal.unicode.activeVersion = '11';
		}

		// Switching to the alternate screen reports one scroll; any other scroll there means that something
		// was written past the last row: a frame taller than the terminal.
		this.terminal.onScroll(() => {
			if (this.terminal.buffer.active.type === 'alternate') {
				this.alternateScrolls++;
			}
		});
		this.terminal.buffer.onBufferChange(buffer => {
			if (buffer.type === 'alternate') {
				this.alternateSwitches++;
			}
		});

		const commandLine = [...command, ...args];
		const fromFile = typeof stdin === 'object' ? stdin.file : undefined;
		const redirected = stdin !== 'terminal' || stdout === 'pipe';
		// A shell sets up the redirections; without a pipe it `exec`s, so the pid is the CLI's.
		const script =
			(stdout === 'pipe' ? 'set -o pipefail; "$@"' : 'exec "$@"') +
			(stdin === 'null' ? ' </dev/null' : '') +
			(fromFile === undefined ? '' : ` <'${fromFile.replaceAll("'", String.raw`'\''`)}'`) +
			(stdout === 'pipe' ? ' | cat' : '');
		const [file, argv] = redirected
			? ['/bin/bash', ['-c', script, 'bash', ...commandLine]]
			: [commandLine[0]!, commandLine.slice(1)];
		this.startedAt = performance.now();
		this.lastOutputAt = this.startedAt;
		this.lastDrawnAt = this.startedAt;
		// Raw bytes (encoding null), counted exactly; xterm decodes them as a terminal does, and the decoder
		// keeps a character split between two reads whole in `output`.
		const decoder = new StringDecoder('utf8');
		this.pty = pty.spawn(file, argv, {
			name: 'xterm-256color',
			cols: columns,
			rows,
			cwd,
			env: childEnvironment(env, inheritEnv),
			encoding: null,
		});
		// Typed as a string, which it is only with an encoding.
		this.pty.onData((data: string | Uint8Array) => {
			const arrivedAt = performance.now();
			const bytes = typeof data === 'string' ? Buffer.from(data) : data;
			this.bytesReceived += bytes.length;
			this.lastOutputAt = arrivedAt;
			this.written += decoder.write(bytes);
			this.terminal.write(bytes, () => {
				this.lastDrawnAt = arrivedAt;
				for (const listener of this.drawnListeners) {
					listener(arrivedAt);
				}
			});
		});
		this.exited = new Promise(resolve => {
			this.pty.onExit(({exitCode, signal}) => {
				this.exitedAt = performance.now();
				this.exit = signal ? {exitCode, signal} : {exitCode};
				resolve(this.exit);
			});
		});
	}

	/** Everything the program wrote, as it wrote it. */
	get output(): string {
		return this.written;
	}

	get pid(): number {
		return this.pty.pid;
	}

	get columns(): number {
		return this.terminal.cols;
	}

	get rows(): number {
		return this.terminal.rows;
	}

	/** The active buffer's cells, colours and styles as drawn so far: the README's pictures are made from them. */
	get buffer(): IBuffer {
		return this.terminal.buffer.active;
	}

	/** Whether the process has ended. */
	get hasExited(): boolean {
		return this.exit !== undefined;
	}

	/** The visible lines of the active buffer (the alternate screen while the app runs), right-trimmed. */
	screen(): string[] {
		const buffer = this.terminal.buffer.active;
		return Array.from(
			{length: this.terminal.rows},
			// Only the columns the terminal has, without the blanks that end them: after it is made narrower,
			// xterm keeps the cells beyond its right edge, which no one sees, and blanks before them read as spaces.
			(_, row) =>
				buffer
					.getLine(buffer.viewportY + row)
					?.translateToString(true, 0, this.terminal.cols)
					.trimEnd() ?? '',
		);
	}

	/** The visible screen as one string, for messages. */
	screenText(): string {
		return formatScreen(this.screen());
	}

	/**
	Visible rows that continue the row above because text ran past the right edge: a line wider than the
	terminal. Empty when every line fits.
	*/
	wrappedRows(): number[] {
		const buffer = this.terminal.buffer.active;
		const rows: number[] = [];
		for (let row = 0; row < this.terminal.rows; row++) {
			if (buffer.getLine(buffer.viewportY + row)?.isWrapped) {
				rows.push(row);
			}
		}

		return rows;
	}

	/** How often the alternate screen scrolled because something was written below its last row. */
	overflowScrolls(): number {
		return this.alternateScrolls - this.alternateSwitches;
	}

	isAlternateScreen(): boolean {
		return this.terminal.buffer.active.type === 'alternate';
	}

	/** Whether the last cursor-visibility sequence the program wrote (DECTCEM) hid the cursor. */
	isCursorHidden(): boolean {
		return this.written.lastIndexOf('\u001B[?25l') > this.written.lastIndexOf('\u001B[?25h');
	}

	/**
	Waits until the program reads the keyboard key by key (the terminal is in raw mode, as Ink sets it just after
	its first frame): a key typed before that is echoed by the terminal and waits for Enter.
	*/
	async waitForKeyboard({timeout = defaultTimeout}: {readonly timeout?: number} = {}): Promise<void> {
		const deadline = Date.now() + timeout;
		for (;;) {
			// eslint-disable-next-line no-await-in-loop
			const canonical = await this.isCanonical();
			if (canonical === false) {
				return;
			}

			if (canonical === undefined) {
				// No way to ask the terminal: give the program a moment instead.
				// eslint-disable-next-line no-await-in-loop
				await delay(100);
				return;
			}

			if (this.exit !== undefined || Date.now() > deadline) {
				throw new Error(`The program never read the keyboard in raw mode. The screen:\n${this.screenText()}`);
			}

			// eslint-disable-next-line no-await-in-loop
			await delay(pollInterval);
		}
	}

	/**
	Types keys: raw bytes, as a terminal sends them (see `keys`). Each argument is one write, but a program
	that has not read the previous one yet gets them together: to type keys one by one, wait for the screen
	after each.
	*/
	press(...input: string[]): void {
		if (this.exit) {
			throw new Error(`Cannot press ${JSON.stringify(input.join(''))}: the program has exited\n${this.screenText()}`);
		}

		for (const data of input) {
			this.pty.write(data);
		}
	}

	/** Resizes the pseudo-terminal (the program gets SIGWINCH) and the headless terminal alike. */
	resize(columns: number, rows: number): void {
		this.terminal.resize(columns, rows);
		this.pty.resize(columns, rows);
	}

	/** Resolves once everything received so far has been drawn. */
	async flush(): Promise<void> {
		await new Promise<void>(resolve => {
			this.terminal.write('', resolve);
		});
	}

	/** Waits until the screen shows `expected`, and returns it; fails with the screen as it is after the timeout. */
	async waitFor(expected: Expectation, {timeout = defaultTimeout, description}: WaitOptions = {}): Promise<string[]> {
		const deadline = Date.now() + timeout;
		for (;;) {
			// eslint-disable-next-line no-await-in-loop
			await this.flush();
			const lines = this.screen();
			if (matches(expected, lines)) {
				return lines;
			}

			if (Date.now() > deadline || (this.exit && this.exitSettled)) {
				const state = this.exit ? `the program exited (${JSON.stringify(this.exit)})` : `${timeout} ms passed`;
				throw new Error(
					`Waited for ${describe(expected, description)}, but ${state}. The screen (${this.columns}×${this.rows}):\n${formatScreen(lines)}`,
				);
			}

			if (this.exit) {
				// One more look once the last output has been drawn.
				this.exitSettled = true;
			}

			// eslint-disable-next-line no-await-in-loop
			await delay(pollInterval);
		}
	}

	/**
	Waits until the screen shows `expected` and then nothing arrives for `quiet` ms, and tells when the output
	arrived. Unlike `waitFor` it looks at each piece of output as soon as it is drawn, without polling, so that
	the times measure the program and not the wait (the bench times first frames and key presses with it).
	*/
	async settle(
		expected: Expectation,
		{quiet = 0, timeout = defaultTimeout, description}: SettleOptions = {},
	): Promise<Settled> {
		let matchedAt: number | undefined;
		let quietTimer: NodeJS.Timeout | undefined;
		let check: (arrivedAt: number) => void = () => undefined;
		const controller = new AbortController();
		const fail = (state: string) =>
			new Error(
				`Waited for ${describe(expected, description)} to settle, but ${state}. The screen (${this.columns}×${this.rows}):\n${this.screenText()}`,
			);
		const settled = new Promise<Settled>((resolve, reject) => {
			check = arrivedAt => {
				clearTimeout(quietTimer);
				if (!matches(expected, this.screen())) {
					return;
				}

				matchedAt ??= arrivedAt;
				quietTimer = setTimeout(() => {
					// Output that arrived but is not drawn yet checks again once it is.
					if (this.lastOutputAt === arrivedAt) {
						resolve({lines: this.screen(), matchedAt: matchedAt!, lastOutputAt: arrivedAt});
					}
				}, quiet);
			};

			delay(timeout, undefined, {signal: controller.signal}).then(
				() => {
					reject(fail(`${timeout} ms passed`));
				},
				() => undefined,
			);
			this.exited
				// As `waitFor`, one more look once the last output has been drawn.
				.then(async () => delay(pollInterval, undefined, {signal: controller.signal}))
				.then(async () => this.flush())
				.then(
					() => {
						if (matchedAt === undefined) {
							reject(fail(`the program exited (${JSON.stringify(this.exit)})`));
						}
					},
					() => undefined,
				);
		});
		this.drawnListeners.add(check);
		try {
			// The screen may show it already.
			await this.flush();
			if (matchedAt === undefined) {
				check(this.lastDrawnAt);
			}

			return await settled;
		} finally {
			clearTimeout(quietTimer);
			controller.abort();
			this.drawnListeners.delete(check);
		}
	}

	/** Waits for the process to end; fails with the screen when it does not within the timeout. */
	async waitForExit({timeout = defaultTimeout}: {readonly timeout?: number} = {}): Promise<Exit> {
		const controller = new AbortController();
		const timedOut = delay(timeout, undefined, {signal: controller.signal}).then(() => {
			throw new Error(`The program did not exit within ${timeout} ms. The screen:\n${this.screenText()}`);
		});
		try {
			const exit = await Promise.race([this.exited, timedOut]);
			await this.flush();
			return exit;
		} finally {
			controller.abort();
			timedOut.catch(() => undefined);
		}
	}

	/** Closes the terminal under the program, as closing its window or losing the ssh connection does. */
	hangUp(): void {
		(this.pty as IPty & {readonly destroy?: () => void}).destroy?.();
	}

	/** Sends a signal to the program (SIGTERM unless told). */
	kill(signal: NodeJS.Signals = 'SIGTERM'): void {
		if (!this.exit) {
			this.pty.kill(signal);
		}
	}

	/**
	Ends the program if it still runs, with whatever it started (a pipe to `cat`, the CLI under GNU time), and
	frees the terminal. Safe to call twice.
	*/
	async dispose(): Promise<void> {
		if (this.disposed) {
			return;
		}

		this.disposed = true;
		if (!this.exit) {
			this.killGroup();
			await Promise.race([this.exited, delay(2000)]);
		}

		this.terminal.dispose();
	}

	/** SIGKILL to the program's process group: it leads a session of its own, as a pseudo-terminal's program does. */
	private killGroup(): void {
		try {
			process.kill(-this.pid, 'SIGKILL');
		} catch {
			// No such group (another platform, or it is gone): kill the program alone.
			this.kill('SIGKILL');
		}
	}

	/** Whether the terminal is in canonical (line) mode, per `stty`; undefined when that cannot be told. */
	private async isCanonical(): Promise<boolean | undefined> {
		// The pseudo-terminal's device, e.g. /dev/pts/3: node-pty has it, without declaring it.
		const device = (this.pty as IPty & {readonly ptsName?: string}).ptsName;
		if (!device || process.platform !== 'linux') {
			return undefined;
		}

		return new Promise(resolve => {
			execFile('stty', ['-F', device, '-a'], {encoding: 'utf8'}, (error, stdout) => {
				resolve(error ? undefined : !/(?:^|\s)-icanon(?:\s|$)/v.test(stdout));
			});
		});
	}
}
