import {displayWidth} from '../layout/text.js';
import type {Screen, ViewContext} from './types.js';

/** A screen drawn as lines, with the line range each list item occupies (for scrolling to the cursor). */
export type ScreenLayout = {
	readonly lines: readonly string[];
	readonly items: ReadonlyArray<{readonly top: number; readonly bottom: number}>;
};

/**
Lays out a whole screen at `context.width` columns: the header, then each item behind its marker
(the cursor on the selected one), with a blank line between items.
*/
export function layoutScreen(screen: Screen, context: ViewContext, cursor?: number): ScreenLayout {
	if (screen.kind === 'page') {
		return {lines: screen.lines(context), items: []};
	}

	const {theme} = context;
	const {glyphs} = theme;
	const markerWidth = Math.max(displayWidth(glyphs.cursor), displayWidth(glyphs.bullet)) + 1;
	const itemContext = {...context, width: context.width - markerWidth};
	const lines: string[] = screen.header ? [...screen.header(context), ''] : [];
	const items = screen.items.map((item, index) => {
		const selected = index === cursor;
		const marker = selected
			? theme.accent(glyphs.cursor)
			: screen.marker === 'bullet'
				? theme.muted(glyphs.bullet)
				: ' '.repeat(displayWidth(glyphs.cursor));
		const gutter = marker + ' '.repeat(markerWidth - displayWidth(marker));
		const top = lines.length;
		const body = item.render(itemContext, {selected, expanded: false});
		lines.push(...body.map((line, row) => (row === 0 ? gutter : ' '.repeat(markerWidth)) + line));
		const bottom = lines.length;
		if (index < screen.items.length - 1) {
			lines.push('');
		}

		return {top, bottom};
	});
	return {lines, items};
}
