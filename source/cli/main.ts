import {openSync} from 'node:fs';
import process from 'node:process';
import {ReadStream} from 'node:tty';
import {fileURLToPath} from 'node:url';
import packageJson from '../../package.json' with {type: 'json'};
import {printedChunks} from '../outputs/printed.js';
import {writeChunks} from '../outputs/write-chunks.js';
import {dateFromCalendar} from '../resume/dates.js';
import {checkJsonResume, readResumeForViewing, ResumeError} from '../resume/load.js';
import {readResumeSource} from '../resume/source.js';
import {formatProblem} from '../resume/validate.js';
import {buildResume} from '../resume/build-model.js';
import {safeText, safeLines} from '../text/safe-text.js';
import {createTheme} from '../theme/theme.js';
import {buildSections} from '../screens/sections.js';
import {prePaint} from '../app/pre-paint.js';
import {terminalSizeOf} from '../app/terminal-size.js';
import type {Session} from '../app/interactive.js';
import {dataCommand} from './data-command.js';
import {endProcess, isTerminalLost, signalStatus, superviseSession} from './job-control.js';
import {outputFailure} from './output-errors.js';
import {resolveOptions, UsageError} from './options.js';
import {helpText, parseCommandLine} from './command-line.js';
import {resolveServeOptions, type ServeOptions} from './serve-options.js';

const builtInResume = fileURLToPath(new URL('../data/resume.json', import.meta.url));

async function main(): Promise<number> {
	const {stdin, stdout, stderr, env} = process;
	const commandLine = parseCommandLine(process.argv.slice(2));
	if (commandLine.command === 'help' || commandLine.command === 'version') {
		stdout.write(commandLine.command === 'help' ? helpText : `${packageJson.version}\n`);
		return 0;
	}

	if (commandLine.command === 'validate') {
		const {text, name, format} = await readResumeSource(commandLine.source, stdin);
		const {problems, warnings} = await checkJsonResume(text, name, format);
		stderr.write(warningLines(warnings));
		stdout.write(
			problems.length === 0
				? 'valid\n'
				: safeLines(problems.map(problem => `${formatProblem(name, problem)}\n`).join('')),
		);
		return problems.length === 0 ? 0 : 1;
	}

	if (commandLine.command === 'serve') {
		return serveOverSsh(resolveServeOptions(commandLine.flags, env));
	}

	// With the résumé on stdin, keys come from the terminal itself, as less reads them.
	const dataOnStdin = commandLine.flags.data === '-';
	const keyboard = dataOnStdin ? openTerminal() : stdin.isTTY ? stdin : undefined;
	const options = resolveOptions(commandLine.flags, {
		env,
		stdinIsTerminal: keyboard !== undefined,
		stdoutIsTerminal: Boolean(stdout.isTTY),
		columns: stdout.columns,
	});
	const {resume: json, warnings} = await readResumeForViewing(options.data ?? builtInResume, stdin);
	// Before the app takes the screen: they stay on the terminal's own screen, there to read after it.
	stderr.write(warningLines(warnings));
	if (options.output !== 'interactive' || !keyboard) {
		keyboard?.destroy();
		// Written as it is made: a résumé of 150,000 entries prints without its whole text held at once.
		await writeChunks(
			stdout,
			printedChunks(json, {
				format: options.output === 'interactive' ? 'text' : options.output,
				width: options.width,
				color: options.color,
				ascii: options.ascii,
				today: dateFromCalendar(new Date()),
				command: dataCommand(options.data),
			}),
		);
		return 0;
	}

	const resume = buildResume(json);
	const content = {
		resume,
		sections: buildSections(resume),
		theme: createTheme({mode: options.color ? 'color' : 'mono', ascii: options.ascii}),
		today: dateFromCalendar(new Date()),
	};
	// The first frame is drawn now, from the view alone; Ink, React and Yoga load meanwhile, and take it over.
	// Until the app runs, what gives the terminal back on a signal is the pre-paint's undoing.
	const undoPrePaint = prePaint({content, size: terminalSizeOf(stdout), stdin: keyboard, stdout});
	let session: Session | undefined;
	// Signals, a lost terminal and Ctrl+Z are handled from the first frame on, before Ink has loaded too.
	const job = superviseSession(
		{
			done: Promise.resolve(),
			stop() {
				(session?.stop ?? undoPrePaint)();
			},
			suspend: async () => (session ? session.suspend() : {resume: async () => undefined}),
		},
		keyboard,
	);
	try {
		// Loaded only here: printing needs none of Ink, React or Yoga, and starts much faster without them.
		const {startInteractive} = await import('../app/interactive.js');
		// Ctrl+Z reaches the app, which tells the host, which suspends the session it has just started.
		session = startInteractive({content, stdin: keyboard, stdout, stderr, onSuspend: job.suspend});
		job.listenLast();
	} catch (error) {
		undoPrePaint();
		throw error;
	}

	await session.done;
	if (keyboard !== stdin) {
		keyboard.destroy();
	}

	return 0;
}

/** Serves the app over SSH until SIGTERM or SIGINT; SIGHUP reads the résumé again. */
async function serveOverSsh(options: ServeOptions): Promise<number> {
	// Loaded only here, in a chunk of its own: ssh2 and the server cost the other commands nothing.
	const ssh = await import('../ssh/serve.js');
	const {stdin, stderr} = process;
	let serving;
	try {
		serving = await ssh.serve({
			options,
			stderr,
			command: dataCommand(options.data),
			load: async () => readResumeForViewing(options.data ?? builtInResume, stdin),
		});
	} catch (error) {
		if (error instanceof ssh.ServeError) {
			stderr.write(safeLines(`terminal-resume: ${error.message}\n`));
			return 1;
		}

		throw error;
	}

	process.on('SIGHUP', () => {
		void serving.reload();
	});
	// `on`, not `once`: Ink's signal-exit ends the process itself on a signal that has no other listener left.
	await new Promise(resolve => {
		process.on('SIGTERM', resolve);
		process.on('SIGINT', resolve);
	});
	await serving.close();
	return 0;
}

/** The controlling terminal as a keyboard, when stdin is taken by the résumé; none without a terminal. */
function openTerminal(): ReadStream | undefined {
	try {
		return new ReadStream(openSync('/dev/tty', 'r'));
	} catch {
		return undefined;
	}
}

/** One line a warning, made safe: a warning quotes the résumé, which is someone else's text. */
function warningLines(warnings: readonly string[]): string {
	return warnings.map(warning => `terminal-resume: warning: ${safeText(warning)}\n`).join('');
}

/** The one line (or lines) and status for an error that ends the program. */
function failure(error: unknown): {readonly message: string; readonly code: number} {
	if (error instanceof UsageError) {
		return {message: `terminal-resume: ${error.message}\n${error.hint}\n`, code: 2};
	}

	if (error instanceof ResumeError) {
		return {message: `terminal-resume: ${error.message}\n`, code: 1};
	}

	const reason = error instanceof Error ? error.message : String(error);
	return {message: `terminal-resume: unexpected error: ${reason}\n`, code: 1};
}

process.stdout.on('error', (error: unknown) => {
	// A terminal that went away is a hang-up; the status says so, as a shell would.
	if (isTerminalLost(error)) {
		endProcess(signalStatus('SIGHUP'), true);
	}

	const {code, message} = outputFailure(error);
	if (message) {
		process.stderr.write(message);
	}

	// Nothing more can be written: the program ends here, as a pipeline's writer does when its reader goes.
	endProcess(code);
});
// Nothing is left to tell when stderr itself cannot be written to; the status still says it.
process.stderr.on('error', () => undefined);

try {
	process.exitCode = await main();
} catch (error) {
	const {message, code} = failure(error);
	process.stderr.write(safeLines(message));
	process.exitCode = code;
}
