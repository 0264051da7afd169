import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import {App} from '../../source/app/app.js';
import type {TerminalSize} from '../../source/app/frame-layout.js';
import type {Resume} from '../../source/resume/model.js';
import {buildSections} from '../../source/screens/sections.js';
import {createTheme, type ColorMode} from '../../source/theme/theme.js';
import {today} from './model.js';
import {waitFor} from './wait-for.js';

export {today} from './model.js';

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
Renders the app in Ink and drives it like a person: `press` types a key and waits until the frame it
causes has been drawn; `resize` gives it a new size, as the host does when the terminal is resized.
*/
export async function renderApp(resume: Resume, size: TerminalSize, mode: ColorMode = 'plain') {
	const content = {resume, sections: buildSections(resume), theme: createTheme({mode}), today};
	const app = (size: TerminalSize) => <App isInteractive content={content} size={size} />;
	const instance = render(app(size));
	const frame = () => instance.lastFrame() ?? '';
	// Keys typed before Ink listens for them would be lost.
	await waitFor(() => instance.stdin.listenerCount('readable') > 0, 'the app to listen for keys');
	return {
		...instance,
		frame,
		lines: () => frame().split('\n'),
		resize(size: TerminalSize) {
			instance.rerender(app(size));
		},
		/** The line with the cursor on it, without the cursor glyph. */
		selected: () => /❯ (.*)/v.exec(stripVTControlCharacters(frame()))?.[1]?.trim(),
		async press(key: string, until?: (frame: string) => boolean) {
			const before = instance.frames.length;
			instance.stdin.write(key);
			await waitFor(
				() => (until ? until(frame()) : instance.frames.length > before),
				`a frame after pressing ${JSON.stringify(key)}; the last one was:\n${frame()}`,
			);
		},
	};
}
