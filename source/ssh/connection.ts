/*
One client's TCP connection, from the moment it is accepted to its close: the SSH connection on it (anyone may
log in, with the `none` method), at most one session, the limits that span the connection (the handshake
timeout, the maximum session length), refusals of everything but a session, and the one log line it leaves.
*/
import type {Socket} from 'node:net';
import {performance} from 'node:perf_hooks';
import type {Connection as SshConnection} from 'ssh2';
import type {TerminalSize} from '../app/frame-layout.js';
import type {Limits} from './limits.js';
import type {Log, LogValue} from './log.js';
import type {ResumeSource} from './render-messages.js';
import type {Renderers} from './renderers.js';
import {handleSession, type SessionControl, type SessionEnd} from './session.js';

export type ConnectionEnd = SessionEnd | 'handshake-timeout';

export type ConnectionOptions = {
	readonly limits: Limits;
	readonly log: Log;
	readonly resume: () => ResumeSource;
	readonly renderers: Renderers;
};

export type ClientConnection = {
	/** The SSH connection that ssh2 made of this socket. */
	readonly attach: (ssh: SshConnection) => void;
	/** Ends it from the server's side: a session gets a goodbye, a handshake is cut. */
	readonly stop: (reason: 'shutdown') => void;
	/** Settles once the socket has closed and the log line is written. */
	readonly closed: Promise<void>;
};

/** After a session ends, how long the client has to close its side before the server closes it. */
const closeGrace = 2000;

export function acceptConnection(
	socket: Socket,
	{limits, log, resume, renderers}: ConnectionOptions,
): ClientConnection {
	const startedAt = performance.now();
	const host = socket.remoteAddress ?? '';
	const fields: Record<string, LogValue> = {
		client: host.includes(':') ? `[${host}]:${socket.remotePort}` : `${host}:${socket.remotePort}`,
	};
	const refused = new Set<string>();
	let reason: ConnectionEnd | undefined;
	let session: SessionControl | undefined;
	let ssh: SshConnection | undefined;

	const cut = (why: ConnectionEnd) => {
		reason ??= why;
		socket.destroy();
	};

	const handshake = setTimeout(() => {
		cut('handshake-timeout');
	}, limits.handshakeTimeout);
	const longest = setTimeout(() => {
		if (session) {
			session.stop('max-session');
		} else {
			cut('max-session');
		}
	}, limits.maxSession);

	const closed = new Promise<void>(resolve => {
		socket.once('close', () => {
			clearTimeout(handshake);
			clearTimeout(longest);
			log('session', {
				...fields,
				duration: `${((performance.now() - startedAt) / 1000).toFixed(3)}s`,
				// eslint-disable-next-line @typescript-eslint/naming-convention -- log field names
				bytes_in: socket.bytesRead,
				// eslint-disable-next-line @typescript-eslint/naming-convention -- log field names
				bytes_out: socket.bytesWritten,
				refused: refused.size > 0 ? [...refused].join(',') : undefined,
				ended: reason ?? (fields['kind'] ? 'hangup' : refused.size > 0 ? 'refused' : 'no-session'),
			});
			resolve();
		});
	});
	socket.on('error', (error: Error & {code?: string}) => {
		// Once the session is over, a client that resets rather than closes has what it came for.
		if (reason === undefined) {
			fields['error'] ??= error.code ?? error.message;
		}
	});

	const sessionHost = {
		limits,
		resume,
		renderers: {
			...renderers,
			start(...request: Parameters<Renderers['start']>) {
				const app = renderers.start(...request);
				fields['renderer'] = String(app.renderer);
				return app;
			},
		},
		queuedOutside: () => socket.writableLength,
		refused(request: string) {
			refused.add(request);
		},
		started({kind, command}: {readonly kind: string; readonly command?: string}) {
			clearTimeout(handshake);
			fields['kind'] = kind;
			fields['command'] = command;
		},
		noted({term, size}: {readonly term?: string; readonly size?: TerminalSize}) {
			fields['term'] = term;
			fields['size'] = size && `${size.columns}x${size.rows}`;
		},
		ended(why: SessionEnd) {
			reason ??= why;
			// The client closes the connection once it has closed its side of the channel: it has everything then.
			// One that does not is cut.
			setTimeout(() => {
				socket.destroy();
			}, closeGrace).unref();
		},
	};

	return {
		attach(connection) {
			ssh = connection;
			connection.on('error', (error: Error) => {
				if (reason === undefined) {
					fields['error'] ??= error.message;
				}
			});
			connection.on('authentication', context => {
				fields['user'] = context.username.slice(0, 64);
				if (context.method === 'none') {
					context.accept();
				} else {
					context.reject(['none']);
				}
			});
			connection.on('session', (accept, reject) => {
				// One session per connection: the limits on connections are then limits on sessions.
				if (session) {
					refused.add('second-session');
					reject();
					return;
				}

				const accepted = accept();
				session = handleSession(accepted, sessionHost);
				accepted.once('close', () => {
					ssh?.end();
				});
			});
			connection.on('tcpip', (_accept, reject) => {
				refused.add('port-forwarding');
				reject();
			});
			connection.on('openssh.streamlocal', (_accept, reject) => {
				refused.add('socket-forwarding');
				reject();
			});
			connection.on('request', (_accept, reject, name) => {
				refused.add(name.includes('streamlocal') ? 'socket-forwarding' : 'remote-forwarding');
				reject?.();
			});
		},
		stop(why) {
			if (session) {
				session.stop(why);
			} else {
				cut(why);
			}
		},
		closed,
	};
}
