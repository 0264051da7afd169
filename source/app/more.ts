import type {Theme} from '../theme/theme.js';
import type {ItemRange} from './list-layout.js';

/** What lies past one edge of the viewport: whole list items, or (a page, or the rest of a tall item) lines. */
export type Hidden = {readonly count: number; readonly unit: 'item' | 'line'};

/** A screen's line ranges, as the viewport sees them. */
type Extent = {readonly items: readonly ItemRange[]; readonly lines: number};

/**
What is above and below a viewport of `height` lines scrolled to `offset`: the items wholly out of sight on
each side, or, where none is, the lines out of sight (of a page, a header, or the item the cursor is in).
*/
export function hiddenBeyond(
	{items, lines}: Extent,
	offset: number,
	height: number,
): {readonly above?: Hidden; readonly below?: Hidden} {
	const end = offset + height;
	const itemsAbove = countBefore(items, item => item.bottom <= offset);
	const itemsBelow = items.length - countBefore(items, item => item.top < end);
	const above: Hidden | undefined =
		itemsAbove > 0 ? {count: itemsAbove, unit: 'item'} : offset > 0 ? {count: offset, unit: 'line'} : undefined;
	const below: Hidden | undefined =
		itemsBelow > 0 ? {count: itemsBelow, unit: 'item'} : lines > end ? {count: lines - end, unit: 'line'} : undefined;
	return {...(above ? {above} : {}), ...(below ? {below} : {})};
}

/** How many items, from the first, pass `test`: items are in order, so those that pass come first. */
function countBefore(items: readonly ItemRange[], test: (item: ItemRange) => boolean): number {
	let low = 0;
	let high = items.length;
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		if (test(items[middle]!)) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	return low;
}

/** "↓ 3 more", "↑ 12 more lines": what a rule at that edge of the content says. */
export function moreMarker(hidden: Hidden | undefined, direction: 'up' | 'down', theme: Theme): string {
	if (!hidden) {
		return '';
	}

	const {count, unit} = hidden;
	const what = unit === 'item' ? 'more' : count === 1 ? 'more line' : 'more lines';
	return theme.muted(`${theme.glyphs[direction]} ${count} ${what}`);
}
