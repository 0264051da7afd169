import {plainColumns} from '../text/columns.js';
import {RecentlyUsed} from '../text/recently-used.js';
import {displayWidth, padEnd} from '../text/text.js';
import type {Theme} from '../theme/theme.js';
import {helpLines, titledRule} from './chrome.js';
import {hiddenBeyond, moreMarker} from './more.js';

/** The help, laid out for a frame: its lines and how much of them its panel shows. */
export type HelpPanel = {
	readonly lines: readonly string[];
	/** Columns of text inside the border and its padding. */
	readonly width: number;
	/** Lines of text the panel shows at once: the rest scrolls. */
	readonly height: number;
};

/** The widest the help's text is set: a panel over the page, not a page of its own. */
const panelMeasure = 60;

/** Columns a panel takes besides its text: a border and a space of padding on each side. */
const panelFrame = 4;

/**
The help's lines and their width, per theme and measure: every frame lays the panel out (its size steers the
keys that scroll it), and a session sees only a few widths.
*/
const laidOut = new WeakMap<Theme, RecentlyUsed<number, {lines: readonly string[]; width: number}>>();

/** The help laid out to fit a content area of `width` × `height`, with its border, inside it. */
export function helpPanel(theme: Theme, {width, height}: {width: number; height: number}): HelpPanel {
	const measure = Math.max(1, Math.min(width - panelFrame, panelMeasure));
	let kept = laidOut.get(theme);
	if (!kept) {
		kept = new RecentlyUsed(4);
		laidOut.set(theme, kept);
	}

	const help = kept.get(measure, () => {
		const lines = helpLines(theme, measure);
		return {lines, width: Math.max(...lines.map(line => displayWidth(line)))};
	});
	return {...help, height: Math.max(1, Math.min(help.lines.length, height - 2))};
}

/**
The content rows with the help panel over their middle, scrolled to `offset`: a border titled "Keys", a
"↓ N more" in it where the help goes on; the page around it dimmed, there but out of the way.
*/
export function withHelpPanel(
	page: readonly string[],
	{lines, width: textWidth, height: textHeight}: HelpPanel,
	{offset, width, height, theme}: {offset: number; width: number; height: number; theme: Theme},
): string[] {
	const {box} = theme.glyphs;
	const panelWidth = Math.min(width, textWidth + panelFrame);
	const left = Math.floor((width - panelWidth) / 2);
	const top = Math.max(0, Math.floor((height - textHeight - 2) / 2));
	const hidden = hiddenBeyond({items: [], lines: lines.length}, offset, textHeight);
	const border = (parts: readonly string[], [start, end]: readonly [string, string]): string =>
		theme.muted(start) + titledRule(parts, theme, panelWidth - 2) + theme.muted(end);
	const panel = [
		border([theme.heading('Keys'), moreMarker(hidden.above, 'up', theme)], [box.topLeft, box.topRight]),
		...Array.from(
			{length: textHeight},
			(_, row) =>
				`${theme.muted(box.left)} ${padEnd(lines[offset + row] ?? '', panelWidth - panelFrame)} ${theme.muted(box.right)}`,
		),
		border([moreMarker(hidden.below, 'down', theme)], [box.bottomLeft, box.bottomRight]),
	];
	return Array.from({length: height}, (_, row) => {
		// Trailing blanks are left off: the row is erased to its end anyway.
		const dimmed = (start: number, end: number, last: boolean) => {
			const text = plainColumns(page[row] ?? '', start, end);
			const kept = last ? text.trimEnd() : text;
			return kept.trim() === '' ? kept : theme.muted(kept);
		};

		const inside = panel[row - top];
		return inside === undefined
			? dimmed(0, width, true)
			: dimmed(0, left, false) + inside + dimmed(left + panelWidth, width, true);
	});
}
