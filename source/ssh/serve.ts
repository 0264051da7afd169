/*
`terminal-resume serve`: the host key, the résumé and the server, started in that order, each failure a
one-line message; then reloads and a shutdown as the command line's signals ask. Loaded only for serve.
*/
import type {ServeOptions} from '../cli/serve-options.js';
import type {JsonResume} from '../resume/json-resume.js';
import {formatBytes, formatDuration} from '../text/units.js';
import {HostKeyError, loadHostKey} from './host-key.js';
import {createLog} from './log.js';
import {startServer} from './server.js';

export type ServeHost = {
	readonly options: ServeOptions;
	/** The log: stderr. */
	readonly stderr: NodeJS.WritableStream;
	/** What the banner tells a reader to run for the full résumé. */
	readonly command: string;
	/** Reads the résumé, with a warning for each problem shown around; throws a ResumeError if it cannot be. */
	readonly load: () => Promise<{readonly resume: JsonResume; readonly warnings: readonly string[]}>;
};

export type Serving = {
	/** Reads the résumé again for new sessions; a résumé that cannot be used leaves the old one, and a log line. */
	readonly reload: () => Promise<void>;
	/** Closes every session with a goodbye and stops. */
	readonly close: () => Promise<void>;
};

/** A reason the server cannot start, for a one-line message and exit code 1. */
export class ServeError extends Error {
	override name = 'ServeError';
}

export async function serve({options, stderr, command, load}: ServeHost): Promise<Serving> {
	const {limits} = options;
	const log = createLog(stderr, options.logFormat);
	const hostKey = readHostKey(options.hostKey);
	if (hostKey.created) {
		log('host-key-created', {file: options.hostKey});
	}

	const loaded = async () => {
		const {resume, warnings} = await load();
		for (const warning of warnings) {
			log('warning', {message: warning});
		}

		return {json: resume, command};
	};

	const resume = await loaded();
	const server = await startServer({...options, hostKey, log, resume}).catch((error: unknown) => {
		throw new ServeError(listenFailure(options, error));
	});
	log('listening', {
		address: server.host,
		port: server.port,
		fingerprint: hostKey.fingerprint,
		/* eslint-disable @typescript-eslint/naming-convention -- log field names */
		handshake_timeout: formatDuration(limits.handshakeTimeout),
		idle_timeout: formatDuration(limits.idleTimeout),
		max_session: formatDuration(limits.maxSession),
		max_sessions: limits.maxSessions,
		max_per_ip: limits.maxPerIp,
		rate_per_ip: `${limits.ratePerIp}/min`,
		input_rate: `${formatBytes(limits.inputRate)}/s`,
		max_unsent: formatBytes(limits.maxUnsent),
		max_size: `${limits.maxSize.columns}x${limits.maxSize.rows}`,
		/* eslint-enable @typescript-eslint/naming-convention */
	});

	return {
		async reload() {
			try {
				server.reload(await loaded());
				log('reloaded');
			} catch (error) {
				log('reload-failed', {message: error instanceof Error ? error.message : String(error)});
			}
		},
		async close() {
			log('stopping');
			await server.close();
			log('stopped');
		},
	};
}

function readHostKey(file: string): ReturnType<typeof loadHostKey> {
	try {
		return loadHostKey(file);
	} catch (error) {
		if (error instanceof HostKeyError) {
			throw new ServeError(error.message);
		}

		throw new ServeError(`cannot make host key ${file}: ${error instanceof Error ? error.message : String(error)}`);
	}
}

function listenFailure({host, port}: ServeOptions, error: unknown): string {
	const code = error instanceof Error && 'code' in error ? String(error.code) : '';
	const where = `${host}:${port}`;
	if (code === 'EADDRINUSE') {
		return `cannot listen on ${where}: something else listens there; pick another --port`;
	}

	if (code === 'EACCES') {
		return `cannot listen on ${where}: ports below 1024 need root or CAP_NET_BIND_SERVICE (see the README's systemd unit)`;
	}

	return `cannot listen on ${where}: ${error instanceof Error ? error.message : String(error)}`;
}
