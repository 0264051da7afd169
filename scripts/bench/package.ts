/*
The package as users get it: built, packed and unpacked into the temporary folder; and the smallest package
`npx` can run, to measure a cold npx against.
*/
import {spawnSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {cleanEnvironment, home, npmSettings, packs, temporary} from './environment.js';
import {progress} from './progress.js';

/** A packed tarball: its file name in the packs folder and its size in bytes, as npm reports them. */
export type Tarball = {readonly filename: string; readonly size: number};

/** Runs an npm command to completion; its output is shown only when it fails. */
function npm(arguments_: readonly string[], cwd: string): string {
	const result = spawnSync('npm', arguments_, {cwd, env: cleanEnvironment(npmSettings), encoding: 'utf8'});
	if (result.status !== 0) {
		throw new Error(`npm ${arguments_.join(' ')} failed:\n${result.stdout}${result.stderr}`);
	}

	return result.stdout;
}

/** Packs a package into the packs folder; the build ran already, so the prepack script is skipped. */
function pack(directory: string): Tarball {
	// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- npm pack --json's documented output
	const [{filename, size}] = JSON.parse(
		npm(['pack', '--json', '--ignore-scripts', '--pack-destination', packs], directory),
	) as [Tarball];
	return {filename, size};
}

/** The smallest package `npx` can run: a bin that does nothing, the floor under any package's cold start. */
function packEmptyPackage(): Tarball {
	const directory = path.join(temporary, 'empty');
	mkdirSync(directory);
	const manifest = {name: 'bench-empty', version: '1.0.0', bin: {'bench-empty': 'cli.js'}};
	writeFileSync(path.join(directory, 'package.json'), JSON.stringify(manifest));
	writeFileSync(path.join(directory, 'cli.js'), '#!/usr/bin/env node\n', {mode: 0o755});
	return pack(directory);
}

/** Builds and packs the package at `root`, unpacks it to run it (as packageDirectory), and packs the empty one. */
export function preparePackages(root: string): {readonly tarball: Tarball; readonly empty: Tarball} {
	progress('Building and packing…');
	mkdirSync(home);
	mkdirSync(packs);
	npm(['run', 'build'], root);
	const tarball = pack(root);
	// Its files are under package/ in the tarball: this makes packageDirectory.
	const unpacked = spawnSync('tar', ['-xzf', path.join(packs, tarball.filename), '-C', temporary]);
	if (unpacked.status !== 0) {
		throw new Error(`Could not unpack ${tarball.filename}: ${unpacked.stderr.toString()}`);
	}

	return {tarball, empty: packEmptyPackage()};
}
