/*
Where everything the bench starts runs, and with what environment: a temporary folder that holds an empty
HOME, the packed tarballs and the unpacked package, removed when the bench ends.
*/
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';

export const temporary = mkdtempSync(path.join(os.tmpdir(), 'terminal-resume-bench-'));
export const home = path.join(temporary, 'home');
export const packs = path.join(temporary, 'packs');
/**
The packed package, unpacked: what users get, and a copy that a build running meanwhile (say, another engineer's
tests) cannot change halfway through the bench.
*/
export const packageDirectory = path.join(temporary, 'package');
export const packagedCli = path.join(packageDirectory, 'dist', 'cli.js');

/**
The environment of a user's fresh shell, for everything the bench starts: no NODE_EXTRA_CA_CERTS or NODE_OPTIONS
(which slow every Node start on this machine) and no user configuration (HOME is empty).
*/
export function cleanEnvironment(extra: Readonly<Record<string, string>> = {}): Record<string, string> {
	// eslint-disable-next-line @typescript-eslint/naming-convention -- environment variables are named in UPPER_CASE
	return {PATH: process.env['PATH'] ?? '', HOME: home, TERM: 'xterm-256color', ...extra};
}

/**
This machine's ~/.npmrc turns these off, and the empty HOME drops it: without them every npm command asks the
registry for a newer npm and every install posts an audit, ~0.7 s of network that any package pays alike. No
other setting is needed: the global npmrc (its cafile) is read whatever HOME is, and installing a local tarball
without dependencies fetches nothing.
*/
// eslint-disable-next-line @typescript-eslint/naming-convention -- npm reads its settings from variables named so.
export const npmSettings = {npm_config_update_notifier: 'false', npm_config_audit: 'false'} as const;

export function removeTemporary(): void {
	rmSync(temporary, {recursive: true, force: true});
}
