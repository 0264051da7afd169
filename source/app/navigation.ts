import type {Command} from './keymap.js';

/** The cursor in one list and how far that list is scrolled (in lines). */
export type Level = {readonly cursor: number; readonly offset: number};

/**
Where the reader is: the current section and, for every section, the trail of levels from its top list
down to the screen shown, so that going back, or returning to a section, lands where they left.
*/
export type NavState = {
	readonly section: number;
	readonly trails: ReadonlyArray<readonly Level[]>;
	/** How far the help overlay is scrolled, when it is open. */
	readonly help?: number;
};

/** The line ranges of the screen shown, as laid out for the terminal's size. */
export type ViewMetrics = {
	/** Lines each list item occupies, [top, bottom). Empty for a page of text. */
	readonly items: ReadonlyArray<{readonly top: number; readonly bottom: number}>;
	readonly lines: number;
	/** Lines the viewport shows. */
	readonly height: number;
};

/** What the reducer needs to know of the content. */
export type NavShape = {
	readonly sections: number;
	/** Items in the list reached by opening the items at `parents`, from the section's top list. */
	readonly count: (section: number, parents: readonly number[]) => number;
	/** Whether the item at `path` has a screen of its own to open. */
	readonly canOpen: (section: number, path: readonly number[]) => boolean;
	/** The screen shown now. */
	readonly view: ViewMetrics;
	/** Lines of the help overlay. */
	readonly helpLines: number;
	/** Lines the help overlay shows at once, when it has a viewport of its own (a panel); else the screen's. */
	readonly helpHeight?: number;
};

export type NavAction = {readonly command: Command; readonly argument?: number};

const top: Level = {cursor: 0, offset: 0};

export function initialNavState(sections: number): NavState {
	return {section: 0, trails: Array.from({length: sections}, () => [top])};
}

export function currentTrail(state: NavState): readonly Level[] {
	return state.trails[state.section] ?? [top];
}

/** Cursor positions from the section's top list down to the screen shown. */
export function currentPath(state: NavState): number[] {
	return currentTrail(state).map(level => level.cursor);
}

export function navigate(state: NavState, action: NavAction, shape: NavShape): NavState {
	if (state.help !== undefined) {
		return navigateHelp(state, action, shape);
	}

	const trail = currentTrail(state);
	const {command} = action;
	if (isMovement(command)) {
		return withTrail(state, [...trail.slice(0, -1), moveLevel(trail.at(-1) ?? top, command, shape.view)]);
	}

	switch (command) {
		case 'open': {
			return shape.canOpen(state.section, currentPath(state)) ? withTrail(state, [...trail, top]) : state;
		}

		case 'back': {
			return trail.length > 1 ? withTrail(state, trail.slice(0, -1)) : state;
		}

		case 'next-section': {
			return {...state, section: (state.section + 1) % shape.sections};
		}

		case 'previous-section': {
			return {...state, section: (state.section - 1 + shape.sections) % shape.sections};
		}

		case 'go-to-section': {
			const section = action.argument ?? 0;
			return section < shape.sections ? {...state, section} : state;
		}

		case 'help': {
			return {...state, help: 0};
		}

		case 'open-link':
		case 'copy-link':
		case 'search':
		case 'suspend':
		case 'quit': {
			return state;
		}
	}
}

const movements = ['up', 'down', 'top', 'bottom', 'page-up', 'page-down'] as const;
export type Movement = (typeof movements)[number];

/** Moves the cursor of a list, or scrolls a page of text. */
export function moveLevel(level: Level, movement: Movement, view: ViewMetrics): Level {
	return view.items.length === 0 ? scrollPage(level, movement, view) : moveInList(level, movement, view);
}

/**
Where a search result is, reached as if the reader had opened each item on the way to it: its section's
trail is the path to it, the other sections as they were. Scroll positions are fitted afterwards.
*/
export function jumpTo(state: NavState, section: number, path: readonly number[]): NavState {
	const {help: _, ...closed} = state;
	return withTrail(
		{...closed, section},
		path.map(cursor => ({cursor, offset: 0})),
	);
}

function isMovement(command: Command): command is Movement {
	return (movements as readonly Command[]).includes(command);
}

/** A page of text scrolls by line. */
function scrollPage(level: Level, movement: Movement, view: ViewMetrics): Level {
	const page = Math.max(1, view.height - 1);
	const targets: Record<Movement, number> = {
		up: level.offset - 1,
		down: level.offset + 1,
		top: 0,
		bottom: Number.POSITIVE_INFINITY,
		'page-up': level.offset - page,
		'page-down': level.offset + page,
	};
	return {cursor: 0, offset: clampOffset(targets[movement], view)};
}

/**
A list moves its cursor and scrolls to keep the selected item in view. An item taller than the viewport
is scrolled through line by line before the cursor moves on, so every line of it can be read.
*/
function moveInList(level: Level, movement: Movement, view: ViewMetrics): Level {
	const last = view.items.length - 1;
	const cursor = clamp(level.cursor, last);
	const item = view.items[cursor]!;
	const page = Math.max(1, view.height - 1);
	switch (movement) {
		case 'up': {
			if (item.top < level.offset) {
				return {cursor, offset: level.offset - 1};
			}

			return reveal(cursor - 1, level.offset, view);
		}

		case 'down': {
			if (item.bottom > level.offset + view.height) {
				return {cursor, offset: level.offset + 1};
			}

			return reveal(cursor + 1, level.offset, view);
		}

		case 'top': {
			return reveal(0, 0, view);
		}

		case 'bottom': {
			return reveal(last, Number.POSITIVE_INFINITY, view);
		}

		case 'page-up':
		case 'page-down': {
			const offset = clampOffset(level.offset + (movement === 'page-up' ? -page : page), view);
			if (offset === level.offset) {
				return reveal(movement === 'page-up' ? 0 : last, offset, view);
			}

			// The cursor lands on the first item that starts on the new page, else the one the page is inside.
			const starting = view.items.findIndex(
				candidate => candidate.top >= offset && candidate.top < offset + view.height,
			);
			const inside = view.items.findIndex(candidate => candidate.bottom > offset);
			return {cursor: starting === -1 ? Math.max(0, inside) : starting, offset};
		}
	}
}

/** Selects item `index` and scrolls as little as possible from `offset` to show it (its top, if it is tall). */
function reveal(index: number, offset: number, view: ViewMetrics): Level {
	const cursor = clamp(index, view.items.length - 1);
	const item = view.items[cursor]!;
	// The first item brings the header above it into view, the last one the end of the screen.
	const top = cursor === 0 ? 0 : item.top;
	const bottom = cursor === view.items.length - 1 ? view.lines : item.bottom;
	let next = clampOffset(offset, view);
	if (bottom - top > view.height || top < next) {
		next = top;
	} else if (bottom > next + view.height) {
		next = bottom - view.height;
	}

	return {cursor, offset: clampOffset(next, view)};
}

/** The help overlay scrolls like a page; back or ? closes it; other keys wait until it is closed. */
function navigateHelp(state: NavState, {command}: NavAction, shape: NavShape): NavState {
	if (isMovement(command)) {
		const help = {items: [], lines: shape.helpLines, height: shape.helpHeight ?? shape.view.height};
		return {...state, help: scrollPage({cursor: 0, offset: state.help ?? 0}, command, help).offset};
	}

	if (command === 'help' || command === 'back') {
		const {help: _, ...closed} = state;
		return closed;
	}

	return state;
}

/**
Brings the cursor and the scroll position back inside the content, after it changed size (a resize).
Returns the same object when nothing changed.
*/
export function fitNavState(state: NavState, shape: NavShape): NavState {
	const trail = currentTrail(state);
	const path = trail.map(level => level.cursor);
	const fitted = trail.map((level, depth) => {
		if (depth < trail.length - 1) {
			return {...level, cursor: clamp(level.cursor, shape.count(state.section, path.slice(0, depth)) - 1)};
		}

		return fitLevel(level, shape.view);
	});
	const help =
		state.help === undefined
			? undefined
			: clampOffset(state.help, {items: [], lines: shape.helpLines, height: shape.helpHeight ?? shape.view.height});
	const unchanged =
		fitted.every((level, depth) => level.cursor === trail[depth]!.cursor && level.offset === trail[depth]!.offset) &&
		help === state.help;
	if (unchanged) {
		return state;
	}

	return {...withTrail(state, fitted), ...(help === undefined ? {} : {help})};
}

/** A list's level (or a page's) brought inside the view, keeping the reader's place where it still shows. */
export function fitLevel(level: Level, view: ViewMetrics): Level {
	const offset = clampOffset(level.offset, view);
	if (view.items.length === 0) {
		return {cursor: 0, offset};
	}

	// Keep the reader's place while the selected item still shows (the first item with the header above
	// it, the last with the end of the screen, as reveal sees them); otherwise bring it back.
	const last = view.items.length - 1;
	const cursor = clamp(level.cursor, last);
	const item = view.items[cursor]!;
	const top = cursor === 0 ? 0 : item.top;
	const bottom = cursor === last ? view.lines : item.bottom;
	return bottom > offset && top < offset + view.height ? {cursor, offset} : reveal(cursor, offset, view);
}

function withTrail(state: NavState, trail: readonly Level[]): NavState {
	return {...state, trails: state.trails.map((old, section) => (section === state.section ? trail : old))};
}

function clampOffset(offset: number, view: ViewMetrics): number {
	return clamp(offset, view.lines - view.height);
}

function clamp(value: number, max: number): number {
	return Math.max(0, Math.min(value, max));
}
