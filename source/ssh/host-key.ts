/*
The server's identity: an ed25519 key in OpenSSH's format (as `ssh-keygen -t ed25519 -N ''` writes it), made on
first start and kept only where its owner alone can read it, as sshd insists for its own keys.
*/
import {createHash} from 'node:crypto';
import {closeSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, type Stats} from 'node:fs';
import path from 'node:path';
import ssh2, {type ParsedKey} from 'ssh2';

export type HostKey = {
	/** The private key, as ssh2 takes it. */
	readonly key: string;
	/** As `ssh-keygen -lf` and the client's first-connection prompt show it: `SHA256:…`. */
	readonly fingerprint: string;
};

/** A host key that cannot be used: a one-line message for the operator. */
export class HostKeyError extends Error {
	override name = 'HostKeyError';
}

/** More than any key file; a bigger file is not a key. */
const maximumBytes = 64 * 1024;

/**
The key at `file`, or a new one written there (mode 0600, its folder 0700) when there is none; `created` says
which. Refuses a key that its group or others may read or write, a file that is not a key, and a key of
another type.
*/
export function loadHostKey(file: string): HostKey & {readonly created: boolean} {
	const stats = statOrUndefined(file);
	if (stats === undefined) {
		return {...createHostKey(file), created: true};
	}

	if (!stats.isFile() || stats.size > maximumBytes) {
		throw new HostKeyError(`host key ${file} is not a key file`);
	}

	/* eslint-disable no-bitwise -- a file's mode is bits */
	if ((stats.mode & 0o077) !== 0) {
		const mode = (stats.mode & 0o777).toString(8).padStart(4, '0');
		/* eslint-enable no-bitwise */
		throw new HostKeyError(
			`host key ${file} may be read by others (mode ${mode}); make it private with: chmod 600 ${file}`,
		);
	}

	return {...parseHostKey(readFileSync(file, 'utf8'), file), created: false};
}

/**
A new ed25519 key in OpenSSH's format. ssh2 writes the 32-byte public key as if it were a number, without its
leading zero byte when it has one (1 key in 256), and then cannot read the key back, nor can OpenSSH: such a
key is made again.
*/
function generateKey(): string {
	for (;;) {
		const {private: key} = ssh2.utils.generateKeyPairSync('ed25519');
		if (!(ssh2.utils.parseKey(key) instanceof Error)) {
			return key;
		}
	}
}

function createHostKey(file: string): HostKey {
	const key = generateKey();
	mkdirSync(path.dirname(file), {recursive: true, mode: 0o700});
	// `wx`: never over a key that another instance wrote meanwhile; the mode applies from the first byte.
	const descriptor = openSync(file, 'wx', 0o600);
	try {
		writeFileSync(descriptor, key);
	} finally {
		closeSync(descriptor);
	}

	return parseHostKey(key, file);
}

function parseHostKey(key: string, file: string): HostKey {
	// One key, or (says ssh2's own server) a list of them, of which the first is used.
	const parsed: unknown = ssh2.utils.parseKey(key);
	const first: unknown = Array.isArray(parsed) ? parsed[0] : parsed;
	if (!isParsedKey(first) || !first.isPrivateKey()) {
		throw new HostKeyError(`host key ${file} is not an unencrypted OpenSSH private key`);
	}

	if (first.type !== 'ssh-ed25519') {
		throw new HostKeyError(`host key ${file} is ${first.type}; only ssh-ed25519 is used`);
	}

	const digest = createHash('sha256').update(first.getPublicSSH()).digest('base64');
	return {key, fingerprint: `SHA256:${digest.replace(/=+$/v, '')}`};
}

function isParsedKey(value: unknown): value is ParsedKey {
	return typeof value === 'object' && value !== null && 'getPublicSSH' in value && 'isPrivateKey' in value;
}

function statOrUndefined(file: string): Stats | undefined {
	try {
		return statSync(file);
	} catch (error) {
		if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
			return undefined;
		}

		throw new HostKeyError(`cannot read host key ${file}: ${error instanceof Error ? error.message : String(error)}`);
	}
}
