import {openSync} from 'node:fs';
import process from 'node:process';
import {ReadStream} from 'node:tty';
import {fileURLToPath} from 'node:url';
import packageJson from '../../package.json' with {type: 'json'};
import {toAscii, toAsciiData} from '../text/ascii.js';
import {bannerOutput} from '../outputs/banner.js';
import {jsonOutput} from '../outputs/json.js';
import {markdownOutput} from '../outputs/markdown.js';
import {textOutput} from '../outputs/text.js';
import {dateFromCalendar} from '../resume/dates.js';
import {checkJsonResume, readResumeForViewing, ResumeError} from '../resume/load.js';
import {readResumeSource} from '../resume/source.js';
import {formatProblem} from '../resume/validate.js';
import {buildResume} from '../resume/build-model.js';
import type {JsonResume} from '../resume/json-resume.js';
import {safeText, safeLines} from '../text/safe-text.js';
import {assumedBackground, type Background} from '../theme/background.js';
import {createTheme} from '../theme/theme.js';
import {TerminalInput} from '../app/terminal-input.js';
import {queryBackground} from '../app/background-query.js';
import {dataCommand} from './data-command.js';
import {endProcess, isTerminalLost, signalStatus, superviseSession} from './job-control.js';
import {outputFailure} from './output-errors.js';
import {resolveOptions, UsageError, type Options} from './options.js';
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
		const {problems, warnings} = await checkJsonResume(text, name, format);
		stderr.write(warningLines(warnings));
		stdout.write(
			problems.length === 0
				? 'valid\n'
				: safeLines(problems.map(problem => `${formatProblem(name, problem)}\n`).join('')),
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
	const {resume: json, warnings} = await readResumeForViewing(options.data ?? builtInResume, stdin);
	// Before the app takes the screen: they stay on the terminal's own screen, there to read after it.
	stderr.write(warningLines(warnings));
	if (options.output !== 'interactive' || !keyboard) {
		keyboard?.destroy();
		stdout.write(render(json, options, env));
		return 0;
	}

	// Raw mode first, so that the terminal does not echo its answer to the background query.
	const input = new TerminalInput(keyboard);
	input.setRawMode(true);
	// Asked before Ink is loaded, which takes longer than a terminal takes to answer.
	const query =
		options.color && options.depth !== 'ansi16' && options.theme === 'auto'
			? queryBackground({input, output: stdout, env})
			: undefined;
	// Loaded only here: printing needs none of Ink, React or Yoga, and starts much faster without them.
	const {startInteractive} = await import('../app/interactive.js');
	const themeFor = (background: Background) =>
		createTheme({mode: options.color ? 'color' : 'mono', depth: options.depth, background, ascii: options.ascii});
	const {background} = query ? await query.first() : chosenBackground(options, env);
	// Ctrl+Z reaches the app, which tells the host, which suspends the session it has just started.
	const job: {suspend?: () => void} = {};
	const session = startInteractive({
		resume: buildResume(json),
		theme: themeFor(background),
		...(query ? {restyled: query.late.then(themeFor)} : {}),
		today: dateFromCalendar(new Date()),
		stdin: input,
		stdout,
		stderr,
		onSuspend() {
			job.suspend?.();
		},
	});
	job.suspend = superviseSession(session, keyboard).suspend;
	await session.done;
	input.destroy();
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

/** The background `--theme` names, else what the environment says. */
function chosenBackground(options: Options, env: NodeJS.ProcessEnv): {background: Background} {
	return options.theme === 'auto' ? assumedBackground(env) : {background: options.theme};
}

/** One line a warning, made safe: a warning quotes the résumé, which is someone else's text. */
function warningLines(warnings: readonly string[]): string {
	return warnings.map(warning => `terminal-resume: warning: ${safeText(warning)}\n`).join('');
}

/** Everything but the app: the résumé printed in the format asked for. */
function render(json: JsonResume, options: Options, env: NodeJS.ProcessEnv): string {
	// In ASCII the résumé's own text is made ASCII before layout, so that widths are measured right, and the
	// output is made ASCII after it, for what the layout adds (separators, dashes, glyphs).
	const data = options.ascii ? toAsciiData(json) : json;
	const text = renderFormat(data, options, env);
	return options.ascii ? toAscii(text) : text;
}

function renderFormat(json: JsonResume, options: Options, env: NodeJS.ProcessEnv): string {
	if (options.output === 'json') {
		return jsonOutput(json);
	}

	const today = dateFromCalendar(new Date());
	const resume = buildResume(json);
	if (options.output === 'markdown') {
		return markdownOutput(resume, {width: options.width, today});
	}

	const theme = createTheme({
		mode: options.color ? 'color' : 'plain',
		depth: options.depth,
		background: chosenBackground(options, env).background,
		ascii: options.ascii,
	});
	const context = {theme, width: options.width, today};
	return options.output === 'banner'
		? bannerOutput(resume, {...context, command: dataCommand(options.data)})
		: textOutput(resume, context);
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
