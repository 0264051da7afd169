/** The size of a cell in SVG user units (pixels): a 15 px monospace font, 0.6 em wide and 1.2 em high. */
export type Metrics = {
	readonly cellWidth: number;
	readonly lineHeight: number;
	readonly fontSize: number;
	/** From a row's top to its text's baseline. */
	readonly baseline: number;
};

export const metrics: Metrics = {cellWidth: 9, lineHeight: 18, fontSize: 15, baseline: 13};

/** Monospace fonts that a reader's browser likely has, most terminal-like first. */
export const fontStack =
	"ui-monospace, 'SF Mono', SFMono-Regular, Menlo, 'Cascadia Mono', Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace";

/** A number for an attribute: at most two decimals, no trailing zeros. */
export function number(value: number): string {
	return String(Math.round(value * 100) / 100);
}
