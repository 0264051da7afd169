/*
The programs the app is compared with, installed from the npm registry at bench time into .cache/bench-peers/
(never devDependencies): the published `sindresorhus` card, `clifolio`, and an Ink hello-world, bundled as the
app is and not; and the Node.js 24 of scripts/node-versions/, to time the app on a Node with a compile cache.
*/
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {build} from 'esbuild';
import {projectRoot} from '../../test/helpers/terminal.js';
import {cleanEnvironment, npmSettings} from './environment.js';
import {progress} from './progress.js';

const folder = path.join(projectRoot, '.cache', 'bench-peers');
const ownPackage = path.join(projectRoot, 'package.json');

/** What is installed: the peers as published, and Ink and React at the versions the app bundles. */
function wanted(): Record<string, string> {
	// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- the project's own manifest
	const {devDependencies} = JSON.parse(readFileSync(ownPackage, 'utf8')) as {devDependencies: Record<string, string>};
	return {sindresorhus: '3', clifolio: '1', ink: devDependencies['ink']!, react: devDependencies['react']!};
}

function run(command: string, arguments_: readonly string[], cwd: string): void {
	const result = spawnSync(command, arguments_, {cwd, env: cleanEnvironment(npmSettings), encoding: 'utf8'});
	if (result.status !== 0) {
		throw new Error(`${command} ${arguments_.join(' ')} failed:\n${result.stdout}${result.stderr}`);
	}
}

/** The smallest Ink app: one line of text, drawn once, then waiting as an app does. */
const helloWorld = `import React from 'react';
import {render, Text} from 'ink';
render(React.createElement(Text, null, 'Hello, world'));
setInterval(() => {}, 1000);
`;

export type Peer = 'sindresorhus' | 'clifolio' | 'inkBundled' | 'inkUnbundled';

/** Installs what is missing and returns how to start each peer (Node.js 20, the machine's) and Node.js 24. */
export async function preparePeers(): Promise<{readonly peers: Record<Peer, string[]>; readonly node24: string}> {
	progress('Peers from the npm registry, into .cache/bench-peers…');
	mkdirSync(folder, {recursive: true});
	const manifest = JSON.stringify({private: true, type: 'module', dependencies: wanted()});
	const manifestPath = path.join(folder, 'package.json');
	if (!existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== manifest) {
		writeFileSync(manifestPath, manifest);
		run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], folder);
	}

	const hello = path.join(folder, 'hello.js');
	writeFileSync(hello, helloWorld);
	// Bundled as scripts/build.js bundles the app: one minified ESM file, production React, no DevTools.
	await build({
		entryPoints: [hello],
		outfile: path.join(folder, 'hello-bundled.js'),
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		minify: true,
		// eslint-disable-next-line @typescript-eslint/naming-convention -- the expression esbuild replaces
		define: {'process.env.NODE_ENV': '"production"'},
		alias: {'react-devtools-core': path.join(projectRoot, 'scripts', 'stubs', 'react-devtools-core.js')},
		banner: {
			js: "import {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);",
		},
		logLevel: 'error',
	});

	const versions = path.join(projectRoot, 'scripts', 'node-versions');
	const node24 = path.join(versions, 'node_modules', 'node-24', 'bin', 'node');
	if (!existsSync(node24)) {
		run('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], versions);
	}

	const bin = (name: string, file: string) => [process.execPath, path.join(folder, 'node_modules', name, file)];
	return {
		peers: {
			sindresorhus: bin('sindresorhus', 'dist/cli.js'),
			clifolio: bin('clifolio', 'dist/index.js'),
			inkBundled: [process.execPath, path.join(folder, 'hello-bundled.js')],
			inkUnbundled: [process.execPath, hello],
		},
		node24,
	};
}
