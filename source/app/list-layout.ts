import {displayWidth, padEnd} from '../text/text.js';
import type {Theme} from '../theme/theme.js';
import type {ListItem, Screen, ViewContext} from '../screens/types.js';

/** The line range a list item occupies, [top, bottom). */
export type ItemRange = {readonly top: number; readonly bottom: number};

/**
A screen drawn as lines, with the line range each list item occupies (for scrolling to the cursor).
Its lines are made when asked for, a range at a time: a frame shows a screenful of a list that may be
thousands of items, or of a paragraph that may be a megabyte, long.
*/
export type ScreenLayout = {
	/** How many lines the whole screen takes. */
	readonly lineCount: number;
	readonly items: readonly ItemRange[];
	/** Lines `start` up to `end` (not included), as `lines.slice(start, end)` would give them. */
	readonly slice: (start: number, end: number) => string[];
};

/**
Lays out a whole screen at `context.width` columns: the header, then each item behind its marker
(the cursor on the selected one), with a blank line between items.

Screens and their items never change, so what an item renders to is remembered per screen, width, theme
and day (see `measured`): a key press renders only the item it selects, and draws only the lines shown.
*/
export function layoutScreen(screen: Screen, context: ViewContext, cursor?: number): ScreenLayout {
	const base = measured(screen, context);
	if (base.kind === 'page') {
		const {lines} = base;
		return {lineCount: lines.length, items: [], slice: (start, end) => lines.slice(start, end)};
	}

	const selected = cursor === undefined || cursor < 0 || cursor >= base.bodies.length ? undefined : cursor;
	const selectedBody = selected === undefined ? undefined : selectedBodyOf(base, selected);
	// Selection restyles an item, which seldom changes its height; when it does, the items below it move.
	const shift = selected === undefined ? 0 : selectedBody!.length - base.bodies[selected]!.length;
	const items =
		shift === 0
			? base.items
			: base.items.map((range, index) =>
					index < selected! ? range : {top: range.top + (index === selected ? 0 : shift), bottom: range.bottom + shift},
				);
	const bodyOf = (index: number) => (index === selected ? selectedBody! : base.bodies[index]!);
	return {
		lineCount: base.lineCount + shift,
		items,
		slice(start, end) {
			const first = Math.max(0, start);
			const last = Math.min(base.lineCount + shift, end);
			const lines: string[] = [];
			for (let row = first; row < Math.min(last, base.header.length); row++) {
				lines.push(base.header[row]!);
			}

			// The items that show, found by a binary search rather than by walking the list from its start.
			for (let index = firstItemEndingAfter(items, first); index < items.length; index++) {
				const {top, bottom} = items[index]!;
				if (top >= last) {
					break;
				}

				const body = bodyOf(index);
				for (let row = Math.max(first, top); row < Math.min(last, bottom); row++) {
					lines.push(
						index === selected
							? selectedLine(base, body[row - top]!, row === top)
							: (row === top ? base.gutters.marker : base.gutters.indent) + body[row - top]!,
					);
				}

				// The blank line between this item and the next.
				if (bottom >= first && bottom < last && index < items.length - 1) {
					lines.push('');
				}
			}

			return lines;
		},
	};
}

/**
A line of the selected item: the cursor on its first line and the selection's edge on the others, the whole
width on the selection bar (where the theme has one), so that the selection shows with or without colour.
*/
function selectedLine(base: Extract<Measured, {kind: 'list'}>, line: string, first: boolean): string {
	const {gutters, width, theme} = base;
	return theme.selection(padEnd((first ? gutters.cursor : gutters.edge) + line, width));
}

/** The index of the first item whose range ends after `row` (the items are in order and do not overlap). */
function firstItemEndingAfter(items: readonly ItemRange[], row: number): number {
	let low = 0;
	let high = items.length;
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		// An item's blank line below it still belongs to it, so that the line is drawn.
		if (items[middle]!.bottom + 1 <= row) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	return low;
}

/** A screen laid out for one context, without a cursor: what every frame of it shares. */
type Measured =
	| {readonly kind: 'page'; readonly lines: readonly string[]}
	| {
			readonly kind: 'list';
			/** The context items render in: the screen's, less the marker's columns. */
			readonly itemContext: ViewContext;
			/** The screen's width, which the selection bar spans, and its theme. */
			readonly width: number;
			readonly theme: Theme;
			readonly screen: Extract<Screen, {kind: 'list'}>;
			/** The header and the blank line under it. */
			readonly header: readonly string[];
			/** What each item renders to when it is not selected. */
			readonly bodies: ReadonlyArray<readonly string[]>;
			readonly items: readonly ItemRange[];
			readonly lineCount: number;
			readonly gutters: Gutters;
			/** What the last few selected items rendered to: moving back and forth renders nothing again. */
			readonly selected: Map<number, readonly string[]>;
	  };

function measure(screen: Screen, context: ViewContext): Measured {
	if (screen.kind === 'page') {
		return {kind: 'page', lines: screen.lines(context)};
	}

	const gutters = guttersOf(screen, context.theme, 'cursor');
	const itemContext = {...context, width: context.width - gutters.width};
	const header = screen.header ? [...screen.header(context), ''] : [];
	const bodies = screen.items.map(item => render(item, itemContext, false));
	let top = header.length;
	const items = bodies.map(body => {
		const range = {top, bottom: top + body.length};
		top = range.bottom + 1;
		return range;
	});
	return {
		kind: 'list',
		itemContext,
		width: context.width,
		theme: context.theme,
		screen,
		header,
		bodies,
		items,
		lineCount: Math.max(header.length, top - 1),
		gutters,
		selected: new Map(),
	};
}

type Gutters = {
	readonly width: number;
	readonly cursor: string;
	readonly edge: string;
	readonly marker: string;
	readonly indent: string;
};

/**
What stands before each item's lines: the cursor before the selected one, a bullet (for paragraphs) or
nothing (for entries) before the others, spaces under them. A printed list has no cursor, so its entries
need no column for one.
*/
function guttersOf(screen: Extract<Screen, {kind: 'list'}>, theme: Theme, space: 'cursor' | 'print'): Gutters {
	const {glyphs} = theme;
	const bullets = screen.marker === 'bullet';
	const width =
		space === 'cursor' || bullets ? Math.max(displayWidth(glyphs.cursor), displayWidth(glyphs.bullet)) + 1 : 0;
	const gutter = (marker: string) => marker + ' '.repeat(Math.max(0, width - displayWidth(marker)));
	return {
		width,
		cursor: gutter(theme.accent(glyphs.cursor)),
		edge: gutter(theme.accent(glyphs.edge)),
		marker: gutter(bullets ? theme.muted(glyphs.bullet) : ''),
		indent: ' '.repeat(width),
	};
}

/** Columns a printed list indents what an item opens onto. */
const nestedIndent = 2;

/**
A screen with everything behind it, as the printed résumé shows it: each item in full (expanded, as it
reads when its children follow), then what opening it shows, indented; the same gutters and spacing as the app.
*/
export function layoutExpanded(screen: Screen, context: ViewContext): string[] {
	return [...expandedItems(screen, context)].flat();
}

/**
The lines of `layoutExpanded`, an item (with what it opens onto, and the blank line after it) at a time, so
that a list of 150,000 items can be printed without holding all of its lines at once; a page comes whole.
*/
export function* expandedItems(screen: Screen, context: ViewContext): Generator<string[]> {
	if (screen.kind === 'page') {
		yield screen.lines(context);
		return;
	}

	const gutters = guttersOf(screen, context.theme, 'print');
	const itemContext = {...context, width: context.width - gutters.width};
	const nested = {...context, width: context.width - nestedIndent};
	const indent = ' '.repeat(nestedIndent);
	for (const [index, item] of screen.items.entries()) {
		const body = item.render(itemContext, {selected: false, expanded: Boolean(item.children)});
		const lines = body.map((line, row) => (row === 0 ? gutters.marker : gutters.indent) + line);
		const children = item.children
			? layoutExpanded(item.children, nested).map(line => (line ? indent + line : line))
			: [];
		const gap = index < screen.items.length - 1 ? [''] : [];
		yield [...lines, ...(children.length > 0 ? ['', ...children] : []), ...gap];
	}
}

function render(item: ListItem, context: ViewContext, selected: boolean): readonly string[] {
	return item.render(context, {selected, expanded: false});
}

/** Selected bodies kept per screen: the item a key press leaves and the one it selects, and a few more. */
const selectedKept = 4;

function selectedBodyOf(base: Extract<Measured, {kind: 'list'}>, index: number): readonly string[] {
	const kept = base.selected.get(index);
	if (kept) {
		return kept;
	}

	const body = render(base.screen.items[index]!, base.itemContext, true);
	base.selected.set(index, body);
	if (base.selected.size > selectedKept) {
		base.selected.delete(base.selected.keys().next().value!);
	}

	return body;
}

/**
Screens laid out lately, least recently used first. The last few are always kept: the list shown, the preview
beside it and the lists above it. A server's sessions share the rest, as many as fit in `linesKept` lines, so
that a screen laid out for one session at a size is there for the next at that size; without the bound, a
megabyte paragraph, wrapped, would be kept for every width it was ever shown at.
*/
const screensKept = 12;
const linesKept = 50_000;
const recent = new Map<Measured, {readonly owner: Map<string, Measured>; readonly key: string}>();
let recentLines = 0;
const byScreen = new WeakMap<Screen, Map<string, Measured>>();

function linesOf(entry: Measured): number {
	return entry.kind === 'page' ? entry.lines.length : entry.lineCount;
}

/** Themes are compared by identity: a theme is made once, at start. */
const themeIds = new WeakMap<Theme, number>();
let themesSeen = 0;

function contextKey({width, height, theme, today, links = 'whole'}: ViewContext): string {
	let id = themeIds.get(theme);
	if (id === undefined) {
		id = themesSeen++;
		themeIds.set(theme, id);
	}

	return `${width} ${height ?? ''} ${id} ${today.year}-${today.month ?? ''}-${today.day ?? ''} ${links}`;
}

/** The screen measured for this context: from the cache when it is there, else measured and kept. */
function measured(screen: Screen, context: ViewContext): Measured {
	const key = contextKey(context);
	let owner = byScreen.get(screen);
	if (!owner) {
		owner = new Map();
		byScreen.set(screen, owner);
	}

	let entry = owner.get(key);
	if (entry) {
		recent.delete(entry);
	} else {
		entry = measure(screen, context);
		owner.set(key, entry);
		recentLines += linesOf(entry);
	}

	recent.set(entry, {owner, key});
	while (recent.size > screensKept && recentLines > linesKept) {
		const [oldest, {owner: oldestOwner, key: oldestKey}] = recent.entries().next().value!;
		recent.delete(oldest);
		oldestOwner.delete(oldestKey);
		recentLines -= linesOf(oldest);
	}

	return entry;
}
