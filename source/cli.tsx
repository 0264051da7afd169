import process from 'node:process';
import {fileURLToPath} from 'node:url';
import meow from 'meow';
import packageJson from '../package.json' with {type: 'json'};
import {startInteractive} from './interactive.js';
import {printText} from './print/text.js';
import {dateFromCalendar} from './resume/dates.js';
import {loadResume, ResumeError} from './resume/load.js';
import {createTheme} from './theme.js';

const cli = meow(
	`
	Usage
	  $ terminal-resume [options]

	Options
	  --data <file>  Show this JSON Resume file instead of the built-in résumé
	  --print        Print the whole résumé as text instead of opening the app
	  --help         Show this help
	  --version      Show the version

	In a terminal it opens full-screen: press ? for keys, q to quit.
	When stdout or stdin is not a terminal, it prints the résumé as text.

	Examples
	  $ npx terminal-resume
	  $ terminal-resume --print | less
	  $ terminal-resume --data ./resume.json
`,
	{
		importMeta: import.meta,
		pkg: packageJson,
		allowUnknownFlags: false,
		flags: {
			data: {type: 'string'},
			print: {type: 'boolean', default: false},
		},
	},
);

const defaultData = fileURLToPath(new URL('../data/resume.json', import.meta.url));

async function main(): Promise<number> {
	const resume = await loadResume(cli.flags.data ?? defaultData);
	const today = dateFromCalendar(new Date());
	const {stdin, stdout, stderr} = process;
	if (cli.flags.print || !stdout.isTTY || !stdin.isTTY) {
		stdout.write(
			printText(resume, {
				theme: createTheme({mode: stdout.isTTY ? 'color' : 'plain'}),
				width: stdout.columns || 80,
				today,
			}),
		);
		return 0;
	}

	const session = startInteractive({resume, theme: createTheme({mode: 'color'}), today, stdin, stdout, stderr});
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

try {
	process.exitCode = await main();
} catch (error) {
	if (error instanceof ResumeError) {
		process.stderr.write(`terminal-resume: ${error.message}\n`);
	} else {
		process.stderr.write(
			`terminal-resume: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
		);
	}

	process.exitCode = 1;
}
