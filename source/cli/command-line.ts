import {parseArgs} from 'node:util';
import {quotedText, visibleText} from '../text/safe-text.js';
import {UsageError, type Flags} from './options.js';
import {serveFlagNames, type ServeFlags} from './serve-options.js';

/** The usage text: `--help` prints it and the README quotes it. */
export const helpText = `
  An interactive résumé that lives in the terminal

  Usage
    $ terminal-resume [options]
    $ terminal-resume validate <file|url|->
    $ terminal-resume serve [--host 0.0.0.0] [--port 2222] [--host-key <file>] [--data <source>]

  A résumé is a JSON Resume (jsonresume.org), in JSON or YAML, from a file, a URL (https) or stdin (-).

  Options
    --data <source>    Show this résumé (file, https URL, or - for stdin) instead of the built-in one
    --print            Print the whole résumé as text instead of opening the app
    --format <format>  Print it as text, markdown or json
    --banner           Print a compact card for a login banner or /etc/motd
    --width <columns>  Wrap what is printed to this width (default: the terminal's, else 80)
    --color            Colour even when piped (as FORCE_COLOR=1 does)
    --no-color         No colour (as NO_COLOR=1 does)
    --ascii            Plain ASCII, no box drawing or symbols: for old consoles and banner files
    --theme <theme>    Colours for a dark or light background: auto (ask the terminal), dark or light
    --help             Show this help
    --version          Show the version

  Serve options (the résumé over SSH: ssh -p 2222 your-host)
    --host <address>           Listen on this address (default: 0.0.0.0)
    --port <port>              Listen on this port (default: 2222)
    --host-key <file>          The ed25519 host key, made there on first start
                               (default: ~/.local/state/terminal-resume/ssh_host_ed25519_key)
    --log-format <format>      One line per session on stderr, as logfmt or json (default: logfmt)
    --renderers <count>        Threads that draw the sessions (default: one per CPU, at most 4)
    --handshake-timeout <time> From connecting to starting a session (default: 20s)
    --idle-timeout <time>      Without a key pressed (default: 10m)
    --max-session <time>       The longest a session lasts (default: 1h)
    --max-sessions <count>     Sessions at once (default: 500)
    --max-per-ip <count>       Sessions at once from one address (default: 10)
    --rate-per-ip <count>      New connections per minute from one address (default: 30)
    --input-rate <bytes>       Input a session may send per second (default: 4k)
    --max-unsent <bytes>       Output a client has not read, before it is dropped (default: 1M)
    --max-size <cols>x<rows>   The largest terminal laid out (default: 500x200)

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
    $ terminal-resume serve --port 2222 --host-key /var/lib/terminal-resume/host-key
`;

export type CommandLine =
	| {readonly command: 'help'}
	| {readonly command: 'version'}
	| {readonly command: 'validate'; readonly source: string}
	| {readonly command: 'serve'; readonly flags: ServeFlags & {readonly data?: string}}
	| {readonly command: 'run'; readonly flags: Flags};

const stringOptions = new Set(['data', 'format', 'width', 'theme', ...serveFlagNames] as const);
const booleanOptions = new Set(['print', 'banner', 'color', 'no-color', 'ascii', 'help', 'version'] as const);
type StringOption = typeof stringOptions extends Set<infer Name> ? Name : never;
type BooleanOption = typeof booleanOptions extends Set<infer Name> ? Name : never;

/**
Reads the arguments with Node's own parser (meow cost ~75 ms of start-up and 150 KB of bundle for the
same job), token by token, so that order counts: the last of --color and --no-color wins, and a value
given twice is refused rather than one of them silently kept. Anything else it does not know, or of the
wrong kind, is a UsageError.
*/
export function parseCommandLine(args: readonly string[]): CommandLine {
	const {tokens} = parseArgs({
		args: [...args],
		// Not strict: unknown options come back as tokens, to be refused with our own message.
		strict: false,
		allowPositionals: true,
		tokens: true,
		options: {
			...Object.fromEntries([...stringOptions].map(name => [name, {type: 'string'}])),
			...Object.fromEntries([...booleanOptions].map(name => [name, {type: 'boolean'}])),
		},
	});
	const texts = new Map<StringOption, string>();
	const switches = new Map<BooleanOption, true>();
	const positionals: string[] = [];
	for (const token of tokens) {
		if (token.kind === 'positional') {
			positionals.push(token.value);
		} else if (token.kind === 'option') {
			readOption(token, texts, switches);
		}
	}

	const [first, ...rest] = positionals;
	const validating = first === 'validate';
	const serving = first === 'serve';
	const extra = validating ? rest[1] : serving ? rest[0] : first;
	if (extra !== undefined) {
		throw new UsageError(`unexpected argument ${quotedText(extra)}`);
	}

	if (switches.has('help')) {
		return {command: 'help'};
	}

	if (switches.has('version')) {
		return {command: 'version'};
	}

	if (serving) {
		return {command: 'serve', flags: serveFlags(texts, switches)};
	}

	const serveFlag = serveFlagNames.find(name => texts.has(name));
	if (serveFlag !== undefined) {
		throw new UsageError(`--${serveFlag} is an option of serve`, `For example: terminal-resume serve --${serveFlag} …`);
	}

	if (validating) {
		const [source] = rest;
		if (source === undefined || texts.size + switches.size > 0) {
			throw new UsageError(
				source === undefined ? 'validate needs a résumé to check' : 'validate takes no options',
				'For example: terminal-resume validate ./resume.json',
			);
		}

		return {command: 'validate', source};
	}

	const flag = (name: BooleanOption) => (switches.has(name) ? true : undefined);
	const lastColor = tokens.findLast(token => token.kind === 'option' && /^(?:no-)?color$/v.test(token.name));
	const color = lastColor?.kind === 'option' ? lastColor.name === 'color' : undefined;
	return {
		command: 'run',
		flags: {
			...defined({data: texts.get('data'), format: texts.get('format'), width: texts.get('width')}),
			...defined({theme: texts.get('theme')}),
			...defined({print: flag('print'), banner: flag('banner'), ascii: flag('ascii'), color}),
		},
	};
}

/** The flags of `serve`, which takes --data and its own, and no other. */
function serveFlags(
	texts: ReadonlyMap<StringOption, string>,
	switches: ReadonlyMap<BooleanOption, true>,
): ServeFlags & {readonly data?: string} {
	const other = [
		...switches.keys(),
		...[...texts.keys()].filter(name => name === 'format' || name === 'width' || name === 'theme'),
	];
	if (other.length > 0) {
		throw new UsageError(`serve takes no --${other[0]}`, 'See terminal-resume --help, under "Serve options".');
	}

	return Object.fromEntries(texts);
}

type OptionToken = {readonly name: string; readonly rawName: string; readonly value?: string};

/** One option into its map, or a UsageError: unknown, of the wrong kind, or a value given twice. */
function readOption(
	{name, rawName, value}: OptionToken,
	texts: Map<StringOption, string>,
	switches: Map<BooleanOption, true>,
): void {
	const option = visibleText(rawName);
	if (isStringOption(name)) {
		if (value === undefined) {
			throw new UsageError(`${option} needs a value`);
		}

		if (texts.has(name)) {
			throw new UsageError(`${option} was given twice; give it once`);
		}

		texts.set(name, value);
	} else if (isBooleanOption(name)) {
		if (value !== undefined) {
			throw new UsageError(`${option} takes no value; got ${quotedText(value)}`);
		}

		switches.set(name, true);
	} else {
		throw new UsageError(`unknown option ${option}`);
	}
}

function isStringOption(name: string): name is StringOption {
	return (stringOptions as ReadonlySet<string>).has(name);
}

function isBooleanOption(name: string): name is BooleanOption {
	return (booleanOptions as ReadonlySet<string>).has(name);
}

/** The entries whose value is not undefined, so that "not given" stays absent. */
function defined<T extends Record<string, unknown>>(entries: T): Partial<T> {
	const present = Object.entries(entries).filter(([, value]) => value !== undefined);
	// The same keys and values as `entries`, less some: a Partial<T> by construction.
	// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion
	return Object.fromEntries(present) as Partial<T>;
}
