/*
Servers for download tests, all on 127.0.0.1: plain http, https with a certificate made at test time (and
trusted by this test process only), and a raw TCP server that answers bytes no HTTP library would write.
*/
import {execFileSync} from 'node:child_process';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {createServer as createHttpServer, type RequestListener, type Server} from 'node:http';
import {createServer as createHttpsServer, globalAgent} from 'node:https';
import {createServer as createTcpServer, type AddressInfo, type Server as TcpServer} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';

export type Running = {readonly port: number; readonly requests: () => number; readonly close: () => Promise<void>};

/** A self-signed certificate for localhost, 127.0.0.1 and `names`, trusted by this process's https requests. */
export async function trustedCertificate(names: readonly string[]): Promise<{key: string; cert: string}> {
	const directory = await mkdtemp(path.join(tmpdir(), 'terminal-resume-tls-'));
	const [key, cert] = [path.join(directory, 'key.pem'), path.join(directory, 'cert.pem')];
	const altNames = ['DNS:localhost', 'IP:127.0.0.1', ...names.map(name => `DNS:${name}`)].join(',');
	// prettier-ignore
	execFileSync('openssl', [
		'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
		'-subj', '/CN=localhost', '-addext', `subjectAltName=${altNames}`, '-keyout', key, '-out', cert,
	], {stdio: 'ignore'});
	const pair = {key: await readFile(key, 'utf8'), cert: await readFile(cert, 'utf8')};
	await rm(directory, {recursive: true, force: true});
	globalAgent.options.ca = pair.cert;
	return pair;
}

/** An http server, or an https one with `tls`, on 127.0.0.1, counting the requests it gets. */
export async function serve(
	handler: RequestListener,
	tls?: {readonly key: string; readonly cert: string},
): Promise<Running> {
	let count = 0;
	const counted: RequestListener = (request, response) => {
		count++;
		handler(request, response);
	};

	const server: Server = tls ? createHttpsServer(tls, counted) : createHttpServer(counted);
	return listen(
		server,
		() => count,
		() => {
			server.closeAllConnections();
		},
	);
}

/** A TCP server on 127.0.0.1 that answers every connection with `bytes` (latin1) and closes it. */
export async function serveRaw(bytes: string): Promise<Running> {
	let count = 0;
	const server = createTcpServer(socket => {
		count++;
		// A client that gives up (a redirect refused, a timeout) may reset the connection: that is no failure here.
		socket.on('error', () => undefined);
		socket.once('data', () => {
			socket.end(bytes, 'latin1');
		});
	});
	return listen(server, () => count);
}

async function listen(server: Server | TcpServer, requests: () => number, closeAll?: () => void): Promise<Running> {
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const {port} = server.address() as AddressInfo; // eslint-disable-line @typescript-eslint/no-unsafe-type-assertion -- listening on a port
	return {
		port,
		requests,
		async close() {
			closeAll?.();
			await new Promise(resolve => {
				server.close(resolve);
			});
		},
	};
}
