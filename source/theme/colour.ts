/*
Colour arithmetic for legibility: sRGB colours as numbers, the xterm 256-colour table, relative luminance and
the WCAG contrast ratio. Pure functions; the theme's tests and the contrast table are computed with them.
*/

/** An sRGB colour, each channel 0–255. */
export type Rgb = readonly [red: number, green: number, blue: number];

/** "#1e1e1e" or "1e1e1e" as a colour. */
export function rgbOf(hex: string): Rgb {
	const digits = hex.replace(/^#/v, '');
	if (!/^[\da-f]{6}$/iv.test(digits)) {
		throw new TypeError(`not a colour: ${hex}`);
	}

	const channel = (at: number) => Number.parseInt(digits.slice(at, at + 2), 16);
	return [channel(0), channel(2), channel(4)];
}

export function hexOf([red, green, blue]: Rgb): string {
	return `#${[red, green, blue].map(channel => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** The WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance([red, green, blue]: Rgb): number {
	const linear = (channel: number) => {
		const value = channel / 255;
		return value <= 0.039_28 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
	};

	return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** The WCAG contrast ratio of two colours, 1 to 21. */
export function contrast(first: Rgb, second: Rgb): number {
	const [one, other] = [luminance(first), luminance(second)];
	return (Math.max(one, other) + 0.05) / (Math.min(one, other) + 0.05);
}

const cubeLevels = [0, 95, 135, 175, 215, 255] as const;

/**
Colours 16–255 of the xterm 256-colour table, which terminals share (0–15 are each terminal's own palette):
a 6×6×6 cube from 16, then 24 greys from 232.
*/
export function xterm256(index: number): Rgb {
	if (!Number.isInteger(index) || index < 16 || index > 255) {
		throw new RangeError(`not a colour of the shared 256-colour table: ${index}`);
	}

	if (index >= 232) {
		const grey = 8 + (index - 232) * 10;
		return [grey, grey, grey];
	}

	const cube = index - 16;
	const level = (value: number) => cubeLevels[value]!;
	return [level(Math.floor(cube / 36)), level(Math.floor(cube / 6) % 6), level(cube % 6)];
}
