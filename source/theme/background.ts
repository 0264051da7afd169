/*
Whether the terminal's background is light or dark, from what the terminal says: its answer to an OSC 11
query (the background colour), or the COLORFGBG variable some terminals set. Pure functions.
*/
import {contrast, type Rgb} from './colour.js';

export type Background = 'light' | 'dark';

/**
The colour in the body of an OSC 11 answer, "11;rgb:RRRR/GGGG/BBBB" (1 to 4 hex digits a channel; "rgba:"
with an alpha; "#RRGGBB", "#RGB" or "#RRRRGGGGBBBB" in some terminals); undefined for anything else.
*/
export function parseBackgroundReport(body: string): Rgb | undefined {
	const spec = /^11;(.*)$/sv.exec(body)?.[1]?.trim();
	if (spec === undefined) {
		return undefined;
	}

	const channels = /^rgba?:([\da-f]{1,4})\/([\da-f]{1,4})\/([\da-f]{1,4})(?:\/[\da-f]{1,4})?$/iv.exec(spec);
	if (channels) {
		return scaled(channels[1]!, channels[2]!, channels[3]!);
	}

	const hash = /^#([\da-f]+)$/iv.exec(spec)?.[1];
	if (hash !== undefined && hash.length % 3 === 0 && hash.length <= 12) {
		const size = hash.length / 3;
		return scaled(hash.slice(0, size), hash.slice(size, 2 * size), hash.slice(2 * size));
	}

	return undefined;
}

/** Hex channels of 1–4 digits as 0–255: "ffff" and "ff" and "f" are all 255. */
function scaled(red: string, green: string, blue: string): Rgb {
	const channel = (digits: string) => Math.round((Number.parseInt(digits, 16) / (16 ** digits.length - 1)) * 255);
	return [channel(red), channel(green), channel(blue)];
}

/** Light when dark text reads better on it than light text does. */
export function backgroundOfColour(colour: Rgb): Background {
	return contrast(colour, [0, 0, 0]) > contrast(colour, [255, 255, 255]) ? 'light' : 'dark';
}

/**
COLORFGBG ("15;0", "0;default;15"): its last field is the background's ANSI colour; 7 (white) and 9–15 (the
bright ones but for 8, grey) are light, 0–6 and 8 dark; anything else says nothing.
*/
export function backgroundOfColorFgBg(value: string | undefined): Background | undefined {
	const last = value?.split(';').at(-1)?.trim() ?? '';
	if (!/^\d{1,2}$/v.test(last)) {
		return undefined;
	}

	const index = Number(last);
	if (index > 15) {
		return undefined;
	}

	return index === 7 || (index >= 9 && index <= 15) ? 'light' : 'dark';
}
