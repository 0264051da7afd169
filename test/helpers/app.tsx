import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import {App} from '../../source/app/app.js';
import type {PartialDate, Resume} from '../../source/resume/model.js';
import {createTheme, type ColorMode} from '../../source/theme/theme.js';
import {waitFor} from './wait-for.js';

export const today: PartialDate = {year: 2026, month: 11, day: 26};

/** Named keys as a terminal sends them. */
export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	shiftTab: '\u001B[Z',
	ctrlC: '\u0003',
} as const;

/**
Renders the app at a fixed size and drives it like a person: `press` types a key and waits until the
frame it causes has been drawn.
*/
export async function renderApp(resume: Resume, size: {columns: number; rows: number}, mode: ColorMode = 'plain') {
	const instance = render(
		<App
			isInteractive
			resume={resume}
			theme={createTheme({mode})}
			today={today}
			columns={size.columns}
			rows={size.rows}
		/>,
	);
	// Ink subscribes to input after its first commit.
	await waitFor(() => instance.stdin.listenerCount('readable') > 0, 'the app to listen for keys');
	const frame = () => instance.lastFrame() ?? '';
	return {
		...instance,
		frame,
		lines: () => frame().split('\n'),
		/** The line with the cursor on it, without the cursor glyph. */
		selected: () => /❯ (.*)/v.exec(stripVTControlCharacters(frame()))?.[1]?.trim(),
		async press(key: string, until?: (frame: string) => boolean) {
			const before = instance.frames.length;
			instance.stdin.write(key);
			await waitFor(
				() => (until ? until(frame()) : instance.frames.length > before),
				`a frame after pressing ${JSON.stringify(key)}; the last one was:\n${frame()}`,
			);
			// Ink 6.8 subscribes its input handlers again after each commit.
			await new Promise(resolve => {
				setImmediate(resolve);
			});
		},
	};
}
