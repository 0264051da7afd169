import {openSync} from 'node:fs';
import process from 'node:process';
import {ReadStream} from 'node:tty';
import {fileURLToPath} from 'node:url';
import packageJson from '../../package.json' with {type: 'json'};
import {printResume} from '../outputs/printed.js';
import {dateFromCalendar} from '../resume/dates.js';
import {checkJsonResume, readJsonResume, ResumeError} from '../resume/load.js';
import {readResumeSource} from '../resume/source.js';
import {formatProblem} from '../resume/validate.js';
import {buildResume} from '../resume/build-model.js';
import {createTheme} from '../theme/theme.js';
import {resolveOptions, UsageError} from './options.js';
import {helpText, parseCommandLine} from './command-line.js';

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
		const {problems} = await checkJsonResume(text, name, format);
		stdout.write(
			problems.length === 0 ? 'valid\n' : problems.map(problem => `${formatProblem(name, problem)}\n`).join(''),
		);
		return problems.length === 0 ? 0 : 1;
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
	const json = await readJsonResume(options.data ?? builtInResume, stdin);
	if (options.output !== 'interactive' || !keyboard) {
		keyboard?.destroy();
		stdout.write(
			printResume(json, {
				format: options.output === 'interactive' ? 'text' : options.output,
				width: options.width,
				color: options.color,
				ascii: options.ascii,
				today: dateFromCalendar(new Date()),
				command: options.data === undefined ? 'npx terminal-resume' : `terminal-resume --data ${options.data}`,
			}),
		);
		return 0;
	}

	// Loaded only here: printing needs none of Ink, React or Yoga, and starts much faster without them.
	const {startInteractive} = await import('../app/interactive.js');
	const session = startInteractive({
		resume: buildResume(json),
		theme: createTheme({mode: options.color ? 'color' : 'mono', ascii: options.ascii}),
		today: dateFromCalendar(new Date()),
		stdin: keyboard,
		stdout,
		stderr,
	});
	// Exit codes as a shell reports a death by these signals (128 + the signal's number).
	const signals = [
		['SIGTERM', 143],
		['SIGHUP', 129],
		['SIGINT', 130],
	] as const;
	for (const [signal, code] of signals) {
		process.once(signal, () => {
			session.stop();
			process.exit(code);
		});
	}

	await session.done;
	if (keyboard !== stdin) {
		keyboard.destroy();
	}

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

try {
	process.exitCode = await main();
} catch (error) {
	const {stderr} = process;
	if (error instanceof UsageError) {
		stderr.write(`terminal-resume: ${error.message}\n${error.hint}\n`);
		process.exitCode = 2;
	} else if (error instanceof ResumeError) {
		stderr.write(`terminal-resume: ${error.message}\n`);
		process.exitCode = 1;
	} else {
		stderr.write(`terminal-resume: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exitCode = 1;
	}
}
