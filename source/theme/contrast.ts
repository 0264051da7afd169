/** A colour as red, green and blue from 0 to 255. */
export type Rgb = readonly [red: number, green: number, blue: number];

/** "#5fafff" → [95, 175, 255]. */
export function parseHex(hex: string): Rgb {
	const match = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/iv.exec(hex);
	if (!match) {
		throw new Error(`Not a colour like #5fafff: ${hex}`);
	}

	return [Number.parseInt(match[1]!, 16), Number.parseInt(match[2]!, 16), Number.parseInt(match[3]!, 16)];
}

/** Relative luminance as WCAG 2 defines it: 0 for black, 1 for white. */
export function relativeLuminance([red, green, blue]: Rgb): number {
	const linear = (channel: number) => {
		const value = channel / 255;
		return value <= 0.039_28 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
	};

	return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
export function contrastRatio(first: Rgb, second: Rgb): number {
	const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].toSorted((a, b) => b - a);
	return (lighter! + 0.05) / (darker! + 0.05);
}

/**
Whether a background is light: dark text contrasts with it more than light text does (relative luminance
above about 0.18, a mid grey).
*/
export function isLight(background: Rgb): boolean {
	return contrastRatio(background, [0, 0, 0]) > contrastRatio(background, [255, 255, 255]);
}
