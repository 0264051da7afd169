/*
The SSH server: a plain TCP server that refuses, on the raw socket and before any SSH work, connections beyond
the limits (in all, per address, per address per minute), and hands the rest to ssh2, which speaks only modern
algorithms with an ed25519 host key.
*/
import {createServer, type Socket} from 'node:net';
import {performance} from 'node:perf_hooks';
import ssh2, {type Algorithms} from 'ssh2';
import {acceptConnection, type ClientConnection} from './connection.js';
import type {HostKey} from './host-key.js';
import {addressKey, createGate, type Limits, type Refusal} from './limits.js';
import type {Log} from './log.js';
import type {ResumeSource} from './render-messages.js';
import {startRenderers} from './renderers.js';

/** What OpenSSH 8.5 and later offer first; nothing of SHA-1, CBC, or small or suspect groups. */
const algorithms: Algorithms = {
	kex: ['curve25519-sha256', 'curve25519-sha256@libssh.org'],
	serverHostKey: ['ssh-ed25519'],
	cipher: ['chacha20-poly1305@openssh.com', 'aes256-gcm@openssh.com', 'aes128-gcm@openssh.com'],
	// Unused with the AEAD ciphers above, which authenticate themselves; the protocol asks for a list.
	hmac: ['hmac-sha2-256-etm@openssh.com', 'hmac-sha2-512-etm@openssh.com'],
	compress: ['none'],
};

/** The line a refused client sees before the connection closes (SSH allows lines before its version). */
const refusalLines: Record<Refusal, string> = {
	'max-sessions': 'the server is full; try again later',
	'max-per-ip': 'too many connections from your address; close one and try again',
	'rate-per-ip': 'too many new connections from your address; try again in a minute',
};

export type ServerOptions = {
	readonly host: string;
	readonly port: number;
	readonly hostKey: HostKey;
	readonly limits: Limits;
	readonly log: Log;
	readonly resume: ResumeSource;
	/** Worker threads that draw the sessions' apps. */
	readonly renderers: number;
};

export type RunningServer = {
	readonly host: string;
	readonly port: number;
	/** The résumé for sessions started from now on; those running keep theirs. */
	readonly reload: (resume: ResumeSource) => void;
	/** Stops listening, says goodbye to every session and resolves once every connection has closed. */
	readonly close: () => Promise<void>;
};

/** How long closing waits for clients to take their goodbye before their connections are cut. */
const closeGrace = 3000;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
	const {host, port, hostKey, limits, log, resume} = options;
	let current = resume;
	const renderers = startRenderers(options.renderers, resume);
	const gate = createGate(limits);
	const connections = new Map<Socket, ClientConnection>();
	/** Sockets by their peer's address and port: how ssh2's connection is matched to the socket it was handed. */
	const byPeer = new Map<string, ClientConnection>();
	const ssh = new ssh2.Server({hostKeys: [hostKey.key], algorithms, ident: 'terminal-resume'});
	ssh.on('connection', (client, {ip, port: peerPort}) => {
		const connection = byPeer.get(`${ip} ${peerPort}`);
		if (connection) {
			connection.attach(client);
		} else {
			client.end();
		}
	});
	ssh.on('error', () => undefined);

	const server = createServer({noDelay: true}, socket => {
		socket.on('error', () => undefined);
		const address = socket.remoteAddress;
		// Without an address the client has gone already.
		if (address === undefined) {
			socket.destroy();
			return;
		}

		const key = addressKey(address);
		const refusal = gate.enter(key, performance.now());
		if (refusal !== undefined) {
			log('refused', {client: address, reason: refusal});
			socket.end(`terminal-resume: ${refusalLines[refusal]}\r\n`);
			setTimeout(() => {
				socket.destroy();
			}, 1000).unref();
			return;
		}

		const peer = `${address} ${socket.remotePort}`;
		const connection = acceptConnection(socket, {limits, log, resume: () => current, renderers});
		connections.set(socket, connection);
		byPeer.set(peer, connection);
		void connection.closed.then(() => {
			connections.delete(socket);
			byPeer.delete(peer);
			gate.leave(key);
		});
		ssh.injectSocket(socket);
	});

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve();
		});
	}).catch(async (error: unknown) => {
		await renderers.close();
		throw error;
	});
	server.on('error', error => {
		log('error', {message: error.message});
	});
	const address = server.address();
	const listening = typeof address === 'object' && address !== null ? address : {address: host, port};

	return {
		host: listening.address,
		port: listening.port,
		reload(next) {
			current = next;
			renderers.reload(next);
		},
		async close() {
			server.close();
			const open = [...connections.values()];
			for (const connection of open) {
				connection.stop('shutdown');
			}

			const cut = setTimeout(() => {
				for (const socket of connections.keys()) {
					socket.destroy();
				}
			}, closeGrace);
			await Promise.all(open.map(async connection => connection.closed));
			clearTimeout(cut);
			await renderers.close();
		},
	};
}
