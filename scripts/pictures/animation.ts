/*
A recorded session as one animated SVG: every distinct screen is drawn once, side by side on a strip, and
one CSS animation moves the strip so that the window shows each recorded frame for as long as it lasted.
A screen that comes back (Experience again after going back) reuses its first drawing.
*/
import {number} from './metrics.js';
import type {Palette} from './palettes.js';
import {sameScreen, type Screen} from './screen.js';
import {screenElements, screenSize, textAttributes} from './svg-screen.js';
import {windowDocument} from './svg-window.js';

/** A screen as it was `at` milliseconds after the recording started. */
export type Frame = {readonly at: number; readonly screen: Screen};

/** Which distinct screen shows from when (ms). */
export type Slot = {readonly start: number; readonly screen: number};

export type Plan = {readonly screens: readonly Screen[]; readonly slots: readonly Slot[]; readonly duration: number};

/** Space between two screens on the strip, so that no edge of one shows beside the other. */
const gap = 16;

/**
The distinct screens of `frames` (in time order) and when each shows: a frame that looks like the one before
it is no new slot, and one that looks like an earlier one shows that one again. The last shows until `duration`.
*/
export function planAnimation(frames: readonly Frame[], duration: number): Plan {
	const screens: Screen[] = [];
	const slots: Slot[] = [];
	for (const {at, screen} of frames.toSorted((a, b) => a.at - b.at)) {
		if (at >= duration) {
			break;
		}

		let index = screens.findIndex(known => sameScreen(known, screen));
		if (index === -1) {
			index = screens.push(screen) - 1;
		}

		if (slots.at(-1)?.screen !== index) {
			slots.push({start: slots.length === 0 ? 0 : at, screen: index});
		}
	}

	return {screens, slots, duration};
}

function keyframes({slots, duration}: Plan, step: number): string {
	const percent = (ms: number) => `${number((ms / duration) * 100)}%`;
	const at = (start: number, screen: number) => `${percent(start)}{transform:translateX(${-screen * step}px)}`;
	const last = slots.at(-1)!;
	return [...slots.map(slot => at(slot.start, slot.screen)), at(duration, last.screen)].join('');
}

/** The recording as an SVG document that plays in a loop (and shows its first frame where nothing moves). */
export function animationSvg(frames: readonly Frame[], duration: number, palette: Palette, title: string): string {
	const plan = planAnimation(frames, duration);
	if (plan.screens.length === 0) {
		throw new Error('A recording needs at least one frame before its end.');
	}

	const {width, height} = screenSize(plan.screens[0]!);
	const step = width + gap;
	const strip = plan.screens
		.map((screen, index) => `<g transform="translate(${index * step} 0)">${screenElements(screen, palette)}</g>`)
		.join('');
	const style = [
		`.strip{animation:play ${number(duration / 1000)}s step-end infinite}`,
		`@keyframes play{${keyframes(plan, step)}}`,
		'@media (prefers-reduced-motion:reduce){.strip{animation:none}}',
	].join('');
	const content = `<svg width="${width}" height="${height}" overflow="hidden"><g class="strip" ${textAttributes(palette)}>${strip}</g></svg>`;
	return windowDocument({title, palette, width, height, style, content});
}
