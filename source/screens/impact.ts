import type {Theme} from '../theme/theme.js';

/**
Figures of impact in an achievement: money ($6 million, $90+ million), percentages (60%, 10–20%),
counts with a plus (2400+) and big numbers with their scale (24 trillion, 95+ million dollars).
*/
const impactPattern =
	/\$\d[\d,.]*\+?(?:\s(?:million|billion|trillion))?|\d[\d,.]*\+?\s(?:million|billion|trillion)(?:\sdollars)?|\d[\d,.]*(?:[–\-]\d[\d,.]*)?%|\d[\d,.]*\+/gv;

const noBreakSpace = '\u00A0';

/**
Styles every figure of impact, and joins its words with no-break spaces so that wrapping keeps a figure
on one line; `unbreak` turns them back into spaces once the text is wrapped.
*/
export function markImpact(text: string, theme: Theme): string {
	return text.replaceAll(impactPattern, figure => theme.impact(keepTogether(figure)));
}

/** Text that wrapping keeps on one line, its spaces made no-break spaces until `unbreak`. */
export function keepTogether(text: string): string {
	return text.replaceAll(' ', noBreakSpace);
}

export function unbreak(line: string): string {
	return line.replaceAll(noBreakSpace, ' ');
}

/** How many figures of impact a text has: what makes an achievement one of the strongest at a glance. */
export function impactCount(text: string): number {
	return [...text.matchAll(impactPattern)].length;
}
