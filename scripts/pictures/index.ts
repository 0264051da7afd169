/*
Makes the README's pictures from the built program (npm run pictures builds it first):
	tsx scripts/pictures/index.ts [--out media] [--today YYYY-MM-DD]
*/
import {Buffer} from 'node:buffer';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {parseArgs} from 'node:util';
import {projectRoot} from '../../test/helpers/terminal.js';
import {animationSvg} from './animation.js';
import {palettes, session, stills, stillSize} from './pictures.js';
import {screenshotSvg} from './screenshot.js';
import {hasThemeFlag, record, type Theme} from './session.js';

/** The day the pictures' tenures are counted to, unless told: fixed, so that a new day makes no new pictures. */
const defaultToday = '2026-12-01';

const {values} = parseArgs({
	options: {
		out: {type: 'string', default: path.join(projectRoot, 'media')},
		today: {type: 'string', default: defaultToday},
	},
});
const out = path.resolve(values.out);
const {today} = values;
mkdirSync(out, {recursive: true});

function write(name: string, svg: string): void {
	const file = path.join(out, `${name}.svg`);
	writeFileSync(file, svg);
	console.log(`${path.relative(process.cwd(), file)}  ${(Buffer.byteLength(svg) / 1024).toFixed(1)} kB`);
}

if (!hasThemeFlag()) {
	console.warn('The app has no --theme flag yet: the pictures only hint the background (COLORFGBG).');
}

for (const theme of ['dark', 'light'] as const satisfies readonly Theme[]) {
	const palette = palettes[theme];
	for (const still of stills) {
		// eslint-disable-next-line no-await-in-loop
		const {frames} = await record({...stillSize, theme, today, firstHold: 0, steps: still.steps});
		write(`${still.name}-${theme}`, screenshotSvg(frames.at(-1)!.screen, palette, `terminal-resume — ${still.title}`));
	}

	// eslint-disable-next-line no-await-in-loop
	const {frames, duration} = await record({...session, theme, today});
	write(`${session.name}-${theme}`, animationSvg(frames, duration, palette, session.title));
}
