/*
Key-to-frame latency while typing a query into the search line, on the 2,000-entry résumé of `npm run bench`,
from the built bundle: `npm run build && tsx scripts/bench/search.ts [runs]`. `npm run bench` measures the same
inside its big-input session; this runs it alone, in a few seconds.
*/
import {mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {longCareerResume} from '../../test/helpers/big-resume.js';
import {cliPath, keys, nodePath, TerminalSession} from '../../test/helpers/terminal.js';
import {spread} from './statistics.js';
import {breadcrumbChanged, isFirstFrame, quietMs, screenChanged, timedPress} from './terminal.js';

const query = 'availability';
const runs = Number(process.argv[2] ?? 3);
const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'terminal-resume-search-')), 'long-career.json');
writeFileSync(file, JSON.stringify(longCareerResume()));
const session = TerminalSession.start({command: [nodePath, cliPath], args: ['--data', file], columns: 80, rows: 24});
try {
	await session.settle(isFirstFrame, {quiet: quietMs, timeout: 60_000, description: 'the first frame'});
	await session.waitForKeyboard();
	const samples: number[] = [];
	for (let run = 0; run <= runs; run++) {
		/* eslint-disable no-await-in-loop */
		await timedPress(session, '/', breadcrumbChanged, 60_000);
		for (const character of query) {
			const {ms} = await timedPress(session, character, screenChanged, 60_000);
			// The first round warms the code up, as the bench's do.
			if (run > 0) {
				samples.push(ms);
			}
		}

		await timedPress(session, keys.escape, breadcrumbChanged, 60_000);
		/* eslint-enable no-await-in-loop */
	}

	const {median, p95} = spread(samples);
	console.log(
		`typing "${query}" into the search line, 2,000 entries, 80×24, ${samples.length} keys: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
	);
} finally {
	await session.dispose();
}
