import process from 'node:process';
import {fileURLToPath} from 'node:url';
import meow from 'meow';
import packageJson from '../package.json' with {type: 'json'};
import {startInteractive} from './interactive.js';
import {resolveOptions, UsageError, type Options} from './options.js';
import {toAscii, toAsciiData} from './print/ascii.js';
import {printBanner} from './print/banner.js';
import {printJson} from './print/json.js';
import {printMarkdown} from './print/markdown.js';
import {printText} from './print/text.js';
import {dateFromCalendar} from './resume/dates.js';
import {readJsonResume, ResumeError} from './resume/load.js';
import {buildResume} from './resume/model.js';
import type {JsonResume} from './resume/types.js';
import {createTheme} from './theme.js';

const cli = meow(
	`
	Usage
	  $ terminal-resume [options]

	Options
	  --data <file>      Show this JSON Resume file instead of the built-in résumé
	  --print            Print the whole résumé as text instead of opening the app
	  --format <format>  Print it as text, markdown or json
	  --banner           Print a compact card for a login banner or /etc/motd
	  --width <columns>  Wrap what is printed to this width (default: the terminal's, else 80)
	  --color            Colour even when piped (as FORCE_COLOR=1 does)
	  --no-color         No colour (as NO_COLOR=1 does)
	  --ascii            Plain ASCII, no box drawing or symbols: for old consoles and banner files
	  --help             Show this help
	  --version          Show the version

	In a terminal it opens full-screen: press ? for keys, q to quit.
	When stdout or stdin is not a terminal, it prints the résumé as text.

	Examples
	  $ npx terminal-resume
	  $ terminal-resume | less -R
	  $ terminal-resume --format markdown > resume.md
	  $ terminal-resume --format json | jq '.work[0]'
	  $ terminal-resume --banner --no-color --ascii > /etc/ssh/resume-banner
	  $ terminal-resume --data ./resume.json
`,
	{
		importMeta: import.meta,
		pkg: packageJson,
		// Unknown flags get our own one-line message and exit code 2 (see resolveOptions).
		allowUnknownFlags: true,
		// Absent booleans stay absent, so that "no --color flag" differs from --no-color.
		booleanDefault: undefined,
		flags: {
			data: {type: 'string'},
			print: {type: 'boolean'},
			banner: {type: 'boolean'},
			format: {type: 'string'},
			width: {type: 'string'},
			color: {type: 'boolean'},
			ascii: {type: 'boolean'},
		},
	},
);

const builtInResume = fileURLToPath(new URL('../data/resume.json', import.meta.url));

async function main(): Promise<number> {
	const {stdin, stdout, stderr, env} = process;
	const options = resolveOptions(cli.flags, cli.input, {
		env,
		stdinIsTerminal: Boolean(stdin.isTTY),
		stdoutIsTerminal: Boolean(stdout.isTTY),
		columns: stdout.columns,
	});
	const json = await readJsonResume(options.data ?? builtInResume);
	if (options.output !== 'interactive') {
		stdout.write(render(json, options));
		return 0;
	}

	const session = startInteractive({
		resume: buildResume(json),
		theme: createTheme({mode: options.color ? 'color' : 'mono', ascii: options.ascii}),
		today: dateFromCalendar(new Date()),
		stdin,
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
	return 0;
}

/** Everything but the app: the résumé printed in the format asked for. */
function render(json: JsonResume, options: Options): string {
	if (options.output === 'json') {
		return printJson(json);
	}

	const today = dateFromCalendar(new Date());
	if (options.output === 'markdown') {
		return printMarkdown(buildResume(json), {width: options.width, today});
	}

	// In ASCII the résumé's own text is made ASCII before layout, so that widths are measured right.
	const resume = buildResume(options.ascii ? toAsciiData(json) : json);
	const theme = createTheme({mode: options.color ? 'color' : 'plain', ascii: options.ascii});
	const context = {theme, width: options.width, today};
	const command = options.data === undefined ? 'npx terminal-resume' : `terminal-resume --data ${options.data}`;
	const text = options.output === 'banner' ? printBanner(resume, {...context, command}) : printText(resume, context);
	return options.ascii ? toAscii(text) : text;
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
