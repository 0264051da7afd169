/*
What `terminal-resume serve` is asked for: where to listen, the host key, the log's format and every limit,
each with a default that suits one small machine facing the internet. Pure, so that every flag can be tested.
*/
import os from 'node:os';
import path from 'node:path';
import {drawable, maximumSize, minimumSize, type TerminalSize} from '../app/frame-layout.js';
import type {Limits} from '../ssh/limits.js';
import type {LogFormat} from '../ssh/log.js';
import {quotedText} from '../text/safe-text.js';
import {parseBytes, parseDuration} from '../text/units.js';
import {UsageError} from './options.js';

/** The serve flags as the command line has them: text, checked here. */
export type ServeFlags = Readonly<Partial<Record<FlagName, string>>>;

export type ServeOptions = {
	readonly host: string;
	readonly port: number;
	readonly hostKey: string;
	readonly data?: string;
	readonly logFormat: LogFormat;
	/** Worker threads that draw the sessions' apps. */
	readonly renderers: number;
	readonly limits: Limits;
};

/** The flags of `serve` beyond --data; each limit's is its name in kebab-case. */
export const serveFlagNames = [
	'host',
	'port',
	'host-key',
	'log-format',
	'renderers',
	'handshake-timeout',
	'idle-timeout',
	'max-session',
	'max-sessions',
	'max-per-ip',
	'rate-per-ip',
	'input-rate',
	'max-unsent',
	'max-size',
] as const;

export const serveDefaults = {
	host: '0.0.0.0',
	port: 2222,
	limits: {
		handshakeTimeout: 20_000,
		idleTimeout: 600_000,
		maxSession: 3_600_000,
		maxSessions: 500,
		maxPerIp: 10,
		ratePerIp: 30,
		inputRate: 4096,
		maxUnsent: 1024 * 1024,
		maxSize: {columns: 500, rows: 200},
	},
} as const satisfies {host: string; port: number; limits: Limits};

export function resolveServeOptions(
	flags: ServeFlags & {readonly data?: string},
	env: Readonly<Record<string, string | undefined>>,
): ServeOptions {
	const {limits} = serveDefaults;
	const logFormat = flags['log-format'] ?? 'logfmt';
	if (logFormat !== 'logfmt' && logFormat !== 'json') {
		throw new UsageError(`--log-format must be logfmt or json; got ${quotedText(logFormat)}`);
	}

	const hostKey = flags['host-key'] ?? defaultHostKey(env);
	if (hostKey === undefined || hostKey === '') {
		throw new UsageError('serve needs --host-key: there is no HOME to keep the key in');
	}

	if (flags.data === '') {
		throw new UsageError('--data needs a file', 'For example: terminal-resume serve --data ./resume.json');
	}

	const flag = <T>(name: FlagName, fallback: T, reader: Reader<T>) => read(flags[name], name, fallback, reader);
	return {
		host: flags.host ?? serveDefaults.host,
		port: flag('port', serveDefaults.port, readers.port),
		hostKey,
		...(flags.data === undefined ? {} : {data: flags.data}),
		logFormat,
		renderers: flag('renderers', defaultRenderers(), readers.count),
		limits: {
			handshakeTimeout: flag('handshake-timeout', limits.handshakeTimeout, readers.duration),
			idleTimeout: flag('idle-timeout', limits.idleTimeout, readers.duration),
			maxSession: flag('max-session', limits.maxSession, readers.duration),
			maxSessions: flag('max-sessions', limits.maxSessions, readers.count),
			maxPerIp: flag('max-per-ip', limits.maxPerIp, readers.count),
			ratePerIp: flag('rate-per-ip', limits.ratePerIp, readers.count),
			inputRate: flag('input-rate', limits.inputRate, readers.rate),
			maxUnsent: flag('max-unsent', limits.maxUnsent, readers.bytes),
			maxSize: flag('max-size', limits.maxSize, readers.size),
		},
	};
}

/**
A renderer per CPU, up to 4: drawing is most of a key's work, and each renderer holds its own Ink, React and
Yoga (about 20 MB).
*/
function defaultRenderers(): number {
	return Math.min(os.availableParallelism(), 4);
}

/** Where a key is kept without being asked: the XDG state folder, as ~/.local/state/terminal-resume. */
function defaultHostKey(env: Readonly<Record<string, string | undefined>>): string | undefined {
	const state = env['XDG_STATE_HOME'] ?? (env['HOME'] ? path.join(env['HOME'], '.local', 'state') : undefined);
	return state && path.join(state, 'terminal-resume', 'ssh_host_ed25519_key');
}

type FlagName = (typeof serveFlagNames)[number];

/** How a flag's text is read, and what it should have been when it cannot be. */
type Reader<T> = {readonly parse: (text: string) => T | undefined; readonly expected: string};

const readers = {
	port: {parse: parsePort, expected: 'a port from 0 to 65535'},
	duration: {parse: parseDuration, expected: 'a duration such as 30s, 10m or 1h'},
	count: {parse: parseCount, expected: 'a whole number from 1'},
	rate: {parse: parseBytes, expected: 'bytes per second, such as 4096 or 4k'},
	bytes: {parse: parseBytes, expected: 'bytes, such as 65536, 64k or 1M'},
	size: {
		parse: parseSize,
		expected: `columns x rows, from ${minimumSize.columns}x${minimumSize.rows} to ${maximumSize.columns}x${maximumSize.rows}`,
	},
} as const;

function read<T>(text: string | undefined, name: FlagName, fallback: T, {parse, expected}: Reader<T>): T {
	if (text === undefined) {
		return fallback;
	}

	const value = parse(text);
	// Zero of anything (a timeout, a limit) would refuse everyone; a port is the exception, 0 picks a free one.
	if (value === undefined || (value === 0 && name !== 'port')) {
		throw new UsageError(`--${name} must be ${expected}; got ${quotedText(text)}`);
	}

	return value;
}

function parseCount(text: string): number | undefined {
	return /^\d+$/v.test(text) ? Number(text) : undefined;
}

function parsePort(text: string): number | undefined {
	const port = parseCount(text);
	return port !== undefined && port <= 65_535 ? port : undefined;
}

/** A size the app can draw in (see frame-layout.ts): beyond it, it shows a message instead. */
function parseSize(text: string): TerminalSize | undefined {
	const match = /^(\d+)x(\d+)$/v.exec(text);
	const size = match ? {columns: Number(match[1]), rows: Number(match[2])} : undefined;
	return size && drawable(size) ? size : undefined;
}
