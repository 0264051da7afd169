/*
The app's start beside its peers' and on Node.js 24, cold and warm: in one interleaved run, each beside the
`node -e 0` of its own Node.js. The app's figure is its first complete frame; a peer's, its first output.
*/
import {mkdtempSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {packagedCli, temporary} from './environment.js';
import {preparePeers, type Peer} from './peers.js';
import {progress} from './progress.js';
import type {Comparison} from './results.js';
import {runs} from './runs.js';
import {interleave, median} from './statistics.js';
import {exitSuccessfully, inTerminal, isFirstFrame, quit} from './terminal.js';

/** Where Node.js keeps compiled code (module.enableCompileCache reads NODE_COMPILE_CACHE); a new folder is a cold cache. */
function compileCache(): Record<string, string> {
	// eslint-disable-next-line @typescript-eslint/naming-convention -- Node reads it so
	return {NODE_COMPILE_CACHE: mkdtempSync(path.join(temporary, 'compile-cache-'))};
}

async function appFirstFrame(node: string, env: Readonly<Record<string, string>>): Promise<number> {
	return inTerminal(
		[node, packagedCli],
		async app => {
			const {matchedAt} = await app.settle(isFirstFrame, {description: 'the first frame'});
			await quit(app);
			return matchedAt - app.startedAt;
		},
		{env},
	);
}

async function nodeStart(node: string): Promise<number> {
	return inTerminal([node, '-e', '0'], async run => (await exitSuccessfully(run)) - run.startedAt);
}

/** Milliseconds to a peer's first output: a screen with anything on it. */
async function firstOutput(command: readonly string[]): Promise<number> {
	return inTerminal(command, async peer => {
		const {matchedAt} = await peer.settle(lines => lines.some(line => line.trim() !== ''), {
			description: `${command.at(-1)}'s first output`,
		});
		return matchedAt - peer.startedAt;
	});
}

export type Started = 'app' | 'app24Cold' | 'app24Warm' | Peer;

export async function comparedStarts(): Promise<{
	readonly figures: Record<Started, Comparison>;
	readonly samples: Record<string, number[]>;
}> {
	const {peers, node24} = await preparePeers();
	const warm = compileCache();
	// One run fills the warm cache.
	await appFirstFrame(node24, warm);
	progress(`Start-up beside peers and on Node.js 24, ${runs.compared} runs…`);
	const samples = await interleave(runs.compared, {
		node: async () => nodeStart(process.execPath),
		app: async () => appFirstFrame(process.execPath, {}),
		node24: async () => nodeStart(node24),
		app24Cold: async () => appFirstFrame(node24, compileCache()),
		app24Warm: async () => appFirstFrame(node24, warm),
		sindresorhus: async () => firstOutput(peers.sindresorhus),
		clifolio: async () => firstOutput(peers.clifolio),
		inkBundled: async () => firstOutput(peers.inkBundled),
		inkUnbundled: async () => firstOutput(peers.inkUnbundled),
	});
	const versus = (name: keyof typeof samples, baseline: 'node' | 'node24', target?: number): Comparison => {
		const value = median(samples[name]);
		const base = median(samples[baseline]);
		return {
			value,
			baseline: base,
			baselineLabel: baseline === 'node' ? 'node -e 0' : 'node 24 -e 0',
			unit: 'ms',
			ratio: value / base,
			...(target === undefined ? {} : {target: {ratio: target}}),
		};
	};

	return {
		figures: {
			app: versus('app', 'node', 2),
			app24Cold: versus('app24Cold', 'node24', 2),
			app24Warm: versus('app24Warm', 'node24'),
			sindresorhus: versus('sindresorhus', 'node'),
			clifolio: versus('clifolio', 'node'),
			inkBundled: versus('inkBundled', 'node'),
			inkUnbundled: versus('inkUnbundled', 'node'),
		},
		samples,
	};
}
