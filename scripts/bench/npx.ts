/* A cold `npx` of a tarball: an empty npm cache, as for someone who never ran it. */
import {mkdtempSync, rmSync} from 'node:fs';
import path from 'node:path';
import {cleanEnvironment, npmSettings, packs, temporary} from './environment.js';
import {timePiped} from './processes.js';

/** Milliseconds for `npx --yes ./<tarball> --print` with an empty npm cache, checking that all was printed. */
export async function coldNpx(tarball: string, expectedOutput: string): Promise<number> {
	const cache = mkdtempSync(path.join(temporary, 'npm-cache-'));
	try {
		// eslint-disable-next-line @typescript-eslint/naming-convention -- as npmSettings
		const env = cleanEnvironment({...npmSettings, npm_config_cache: cache});
		// `npx /absolute/path.tgz` fails; a path relative to the working folder works.
		const {ms, stdout} = await timePiped('npx', ['--yes', `./${tarball}`, '--print'], {
			cwd: packs,
			env,
			timeout: 120_000,
		});
		if (stdout !== expectedOutput) {
			throw new Error(`npx ${tarball} printed something else than node dist/cli.js --print:\n${stdout}`);
		}

		return ms;
	} finally {
		rmSync(cache, {recursive: true, force: true});
	}
}
