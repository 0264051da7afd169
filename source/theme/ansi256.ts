import type {Rgb} from './contrast.js';

/** The levels of each channel in the 6×6×6 colour cube of the 256-colour palette (indices 16–231). */
const cubeLevels = [0, 95, 135, 175, 215, 255] as const;

/**
The colour of a 256-colour palette index from 16 up, as xterm and nearly every terminal define it; the
first 16 are the terminal's own and are not asked for here.
*/
export function ansi256Rgb(index: number): Rgb {
	if (index >= 232) {
		const grey = 8 + (index - 232) * 10;
		return [grey, grey, grey];
	}

	const cube = index - 16;
	return [cubeLevels[Math.floor(cube / 36)]!, cubeLevels[Math.floor(cube / 6) % 6]!, cubeLevels[cube % 6]!];
}

/** The index from 16 to 255 whose colour is nearest to `rgb` (so the terminal's own 16 never stand in). */
export function nearestAnsi256(rgb: Rgb): number {
	let best = 16;
	let bestDistance = Number.POSITIVE_INFINITY;
	for (let index = 16; index < 256; index++) {
		const candidate = ansi256Rgb(index);
		const distance = candidate.reduce((sum, channel, at) => sum + (channel - rgb[at]!) ** 2, 0);
		if (distance < bestDistance) {
			best = index;
			bestDistance = distance;
		}
	}

	return best;
}
