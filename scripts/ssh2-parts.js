// What of ssh2 the bundle carries: the server and the key functions it uses, in pure JavaScript. Each part left
// out is one this program never runs; each stand-in fails loudly if it ever were.
import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';

/** @param {string} path */
const stub = path => new URL(`stubs/${path}`, import.meta.url).pathname;

/* eslint-disable require-unicode-regexp -- esbuild filters are Go regular expressions, which take no JavaScript flags */
const stubs = [
	{
		// Its native add-ons: sshcrypto.node (faster ciphers) and cpu-features (the cipher order by the CPU's flags).
		// A bundle with them would run on one platform and Node.js ABI only; ssh2 loads both in a try/catch, and
		// without them takes its pure JavaScript paths.
		filter: /^cpu-features$|\/sshcrypto\.node$/,
		path: stub('ssh2-native-addon.cjs'),
	},
	{
		// The server, not the client, the agent or the HTTP agents of its index.
		filter: /^ssh2$/,
		path: stub('ssh2.cjs'),
	},
	{
		// SFTP, which the server only starts for a session that it lets ask for sftp: none.
		filter: /\/protocol\/SFTP\.js$/,
		path: stub('ssh2-sftp.cjs'),
	},
	{
		// Decrypting keys with a passphrase; host keys are unencrypted.
		filter: /^bcrypt-pbkdf$/,
		path: stub('ssh2-bcrypt-pbkdf.cjs'),
	},
];
/* eslint-enable require-unicode-regexp */

/** @type {import('esbuild').Plugin} */
export const ssh2Parts = {
	name: 'ssh2-parts',
	setup(build) {
		// The stand-ins replace files by their path: a new ssh2 that moved one must fail the build, not bundle it.
		const ssh2 = createRequire(import.meta.url).resolve('ssh2');
		for (const file of ['server.js', 'protocol/SFTP.js', 'protocol/keyParser.js', 'keygen.js']) {
			if (!existsSync(new URL(file, `file://${ssh2}`))) {
				throw new Error(`ssh2 no longer has lib/${file}; check scripts/ssh2-parts.js`);
			}
		}

		for (const {filter, path} of stubs) {
			build.onResolve({filter}, ({importer}) =>
				// The stand-in for ssh2 itself requires ssh2's files: those resolve as usual.
				importer === path ? undefined : {path},
			);
		}
	},
};
