/*
One SSH session: the client's requests (a pty and its size, TERM, COLORTERM and LANG, window changes), then
what it asks for: the app in a terminal, the text résumé without one, or a printed output by name. Everything
else a session may ask (X11, an agent, a subsystem such as sftp, a signal, other variables) is refused.
*/
import type {ServerChannel, Session} from 'ssh2';
import type {TerminalSize} from '../app/frame-layout.js';
import {printResume} from '../outputs/printed.js';
import {dateFromCalendar} from '../resume/dates.js';
import {formatDuration} from '../text/units.js';
import {startAppSession, type AppEnd, type AppSession} from './app-session.js';
import {toTerminalNewlines} from './channel-streams.js';
import {clampSize, type Limits} from './limits.js';
import type {ResumeSource} from './render-messages.js';
import type {Renderers} from './renderers.js';
import {allowedEnvironment, lookOf, parseCommand, type ClientTerminal} from './session-request.js';

export type SessionEnd = AppEnd | 'done' | 'refused-command' | 'max-session' | 'shutdown';

/** What the session tells its connection, for the log and the limits that span the connection. */
export type SessionHost = {
	readonly limits: Limits;
	/** The résumé as it is when the session starts: a reload changes it for sessions started later. */
	readonly resume: () => ResumeSource;
	/** Where the app of a session in a terminal runs. */
	readonly renderers: Renderers;
	/** Output queued for the client outside the channel (the socket's buffer). */
	readonly queuedOutside: () => number;
	readonly refused: (request: string) => void;
	/** The session asked for what it wants: the handshake is over. */
	readonly started: (details: {readonly kind: 'app' | 'text' | 'command'; readonly command?: string}) => void;
	readonly noted: (details: {readonly term?: string; readonly size?: TerminalSize}) => void;
	/** The session is over, for this reason: the connection closes once the channel has. */
	readonly ended: (reason: SessionEnd) => void;
};

export type SessionControl = {
	/** Ends the session from the server's side, with a goodbye on the client's terminal. */
	readonly stop: (reason: 'max-session' | 'shutdown') => void;
};

const refusedRequests = ['x11', 'auth-agent', 'signal', 'sftp', 'subsystem'] as const;

/** Longest value kept of a variable a client sets; TERM, COLORTERM and LANG are short. */
const maximumValue = 64;

export function handleSession(session: Session, host: SessionHost): SessionControl {
	const {limits} = host;
	let terminal: (ClientTerminal & {size: TerminalSize}) | undefined;
	const environment: {colorterm?: string; lang?: string} = {};
	let channel: ServerChannel | undefined;
	let app: AppSession | undefined;
	let reason: SessionEnd | undefined;

	session.on('pty', (accept, _reject, {term, cols, rows}) => {
		terminal = {term: term.slice(0, maximumValue), size: clampSize(cols, rows, limits.maxSize)};
		host.noted(terminal);
		accept?.();
	});
	session.on('window-change', (accept, _reject, {cols, rows}) => {
		if (terminal) {
			terminal.size = clampSize(cols, rows, limits.maxSize);
			app?.resize(terminal.size);
		}

		accept?.();
	});
	session.on('env', (accept, reject, {key, val}) => {
		if ((allowedEnvironment as readonly string[]).includes(key)) {
			environment[key === 'LANG' ? 'lang' : 'colorterm'] = String(val).slice(0, maximumValue);
			accept?.();
		} else {
			host.refused(`env:${String(key).slice(0, maximumValue)}`);
			reject?.();
		}
	});
	for (const request of refusedRequests) {
		session.on(request, (_accept: unknown, reject?: () => void, info?: {name?: unknown}) => {
			const name = request === 'subsystem' && typeof info?.name === 'string' ? `:${info.name.slice(0, 32)}` : '';
			host.refused(request + name);
			reject?.();
		});
	}

	const end = (why: SessionEnd, message?: string) => {
		reason ??= why;
		if (!channel?.writable) {
			host.ended(reason);
			return;
		}

		if (message !== undefined) {
			const line = `terminal-resume: ${message}\n`;
			channel.stderr.write(terminal ? toTerminalNewlines(line) : line);
		}

		channel.exit(reason === 'quit' || reason === 'done' ? 0 : 1);
		channel.end();
		host.ended(reason);
	};

	const print = (open: ServerChannel, command: string | undefined) => {
		const parsed = command === undefined ? {format: 'text' as const} : parseCommand(command);
		if ('error' in parsed) {
			end('refused-command', parsed.error.replace(/^terminal-resume: /v, ''));
			return;
		}

		const look = lookOf({...terminal, ...environment});
		const {json, command: bannerCommand} = host.resume();
		const text = printResume(json, {
			format: parsed.format,
			width: parsed.width ?? terminal?.size.columns ?? 80,
			// Colour only for a terminal: `ssh -T host > resume.txt` and `ssh host json | jq` get none.
			color: terminal !== undefined && look.color === 'color',
			ascii: look.ascii,
			depth: look.depth,
			today: dateFromCalendar(new Date()),
			command: bannerCommand,
		});
		open.write(terminal ? toTerminalNewlines(text) : text);
		end('done');
	};

	const start = (open: ServerChannel, command: string | undefined) => {
		channel = open;
		channel.on('error', () => undefined);
		const look = lookOf({...terminal, ...environment});
		const interactive = terminal !== undefined && look.interactive && command === undefined;
		host.started(
			command === undefined ? {kind: interactive ? 'app' : 'text'} : {kind: 'command', command: command.slice(0, 200)},
		);
		if (!interactive || !terminal) {
			print(open, command);
			return;
		}

		app = startAppSession({
			channel: open,
			renderers: host.renderers,
			look,
			size: terminal.size,
			limits,
			queuedOutside: host.queuedOutside,
		});
		void app.ended.then(why => {
			end(why ?? 'quit', goodbye(reason ?? why, limits));
		});
	};

	session.on('shell', accept => {
		start(accept(), undefined);
	});
	session.on('exec', (accept, _reject, {command}) => {
		start(accept(), command);
	});

	return {
		stop(why) {
			reason ??= why;
			if (app) {
				app.stop(undefined);
			} else {
				end(why, goodbye(why, limits));
			}
		},
	};
}

/** What a client is told when the server ends its session; nothing when the client ended it or cannot read. */
function goodbye(reason: SessionEnd | undefined, limits: Limits): string | undefined {
	switch (reason) {
		case 'idle-timeout': {
			return `no key pressed for ${formatDuration(limits.idleTimeout)}; goodbye`;
		}

		case 'max-session': {
			return `sessions last at most ${formatDuration(limits.maxSession)}; goodbye`;
		}

		case 'input-rate': {
			return 'more input than anyone types; goodbye';
		}

		case 'shutdown': {
			return 'the server is shutting down; goodbye';
		}

		// The client ended it, or cannot be told.
		case 'quit':
		case 'done':
		case 'refused-command':
		case 'hangup':
		case 'unsent-output':
		case 'error':
		case undefined: {
			return undefined;
		}
	}
}
