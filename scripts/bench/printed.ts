/* The printed outputs, piped: from spawning the CLI to its exit, beside `node -e 0` piped the same way. */
import process from 'node:process';
import {packagedCli} from './environment.js';
import {timePiped} from './processes.js';

export async function timeCli(flag: string): Promise<number> {
	const {ms} = await timePiped(process.execPath, [packagedCli, flag]);
	return ms;
}

export async function timeNode(): Promise<number> {
	const {ms} = await timePiped(process.execPath, ['-e', '0']);
	return ms;
}

/** What `--print` writes: a cold npx must print the same. */
export async function printedResume(): Promise<string> {
	const {stdout} = await timePiped(process.execPath, [packagedCli, '--print']);
	return stdout;
}
