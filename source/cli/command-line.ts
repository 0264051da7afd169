import {parseArgs} from 'node:util';
import {UsageError, type Flags} from './options.js';

/** The usage text: `--help` prints it and the README quotes it. */
export const helpText = `
  An interactive résumé that lives in the terminal

  Usage
    $ terminal-resume [options]
    $ terminal-resume validate <file|url|->

  A résumé is a JSON Resume (jsonresume.org), in JSON or YAML, from a file, a URL (https) or stdin (-).

  Options
    --data <source>    Show this résumé (file, https URL, or - for stdin) instead of the built-in one
    --print            Print the whole résumé as text instead of opening the app
    --format <format>  Print it as text, markdown or json
    --banner           Print a compact card for a login banner or /etc/motd
    --width <columns>  Wrap what is printed to this width (default: the terminal's, else 80)
    --color            Colour even when piped (as FORCE_COLOR=1 does)
    --no-color         No colour (as NO_COLOR=1 does)
    --theme <theme>    Colours for a light or dark background: auto (ask the terminal), light or dark
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
    $ curl -s https://example.com/resume.yaml | terminal-resume --data -
    $ terminal-resume validate ./resume.json
`;

export type CommandLine =
	| {readonly command: 'help'}
	| {readonly command: 'version'}
	| {readonly command: 'validate'; readonly source: string}
	| {readonly command: 'run'; readonly flags: Flags};

const stringOptions = ['data', 'format', 'width', 'theme'] as const;
const booleanOptions = ['print', 'banner', 'color', 'no-color', 'ascii', 'help', 'version'] as const;

/**
Reads the arguments with Node's own parser (meow cost ~75 ms of start-up and 150 KB of bundle for the
same job). Anything it does not know, or of the wrong kind, is a UsageError.
*/
export function parseCommandLine(args: readonly string[]): CommandLine {
	const {values, positionals} = parseArgs({
		args: [...args],
		// Not strict: unknown options come back as values, to be refused with our own message.
		strict: false,
		allowPositionals: true,
		options: {
			...Object.fromEntries(stringOptions.map(name => [name, {type: 'string'}])),
			...Object.fromEntries(booleanOptions.map(name => [name, {type: 'boolean'}])),
		},
	});
	const [first, ...rest] = positionals;
	const validating = first === 'validate';
	const extra = validating ? rest[1] : first;
	if (extra !== undefined) {
		throw new UsageError(`unexpected argument "${extra}"`);
	}

	for (const [name, value] of Object.entries(values)) {
		const option = name.length === 1 ? `-${name}` : `--${name}`;
		if ((stringOptions as readonly string[]).includes(name)) {
			if (typeof value !== 'string') {
				throw new UsageError(`${option} needs a value`);
			}
		} else if (!(booleanOptions as readonly string[]).includes(name)) {
			throw new UsageError(`unknown option ${option}`);
		} else if (typeof value === 'string') {
			throw new UsageError(`${option} takes no value; got "${value}"`);
		}
	}

	if (values['help'] === true) {
		return {command: 'help'};
	}

	if (values['version'] === true) {
		return {command: 'version'};
	}

	if (validating) {
		const [source] = rest;
		if (source === undefined || Object.keys(values).length > 0) {
			throw new UsageError(
				source === undefined ? 'validate needs a résumé to check' : 'validate takes no options',
				'For example: terminal-resume validate ./resume.json',
			);
		}

		return {command: 'validate', source};
	}

	const text = (name: (typeof stringOptions)[number]) => (typeof values[name] === 'string' ? values[name] : undefined);
	const flag = (name: (typeof booleanOptions)[number]) => (values[name] === true ? true : undefined);
	const color = values['no-color'] === true ? false : flag('color');
	return {
		command: 'run',
		flags: {
			...defined({data: text('data'), format: text('format'), width: text('width'), theme: text('theme')}),
			...defined({print: flag('print'), banner: flag('banner'), ascii: flag('ascii'), color}),
		},
	};
}

/** The entries whose value is not undefined, so that "not given" stays absent. */
function defined<T extends Record<string, unknown>>(entries: T): Partial<T> {
	const present = Object.entries(entries).filter(([, value]) => value !== undefined);
	// The same keys and values as `entries`, less some: a Partial<T> by construction.
	// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion
	return Object.fromEntries(present) as Partial<T>;
}
