import type {PartialDate, Resume} from '../resume/model.js';
import {descend} from '../screens/sections.js';
import type {Screen, Section} from '../screens/types.js';
import type {Theme} from '../theme/theme.js';
import {helpPanel, type HelpPanel} from './help-panel.js';
import {layoutScreen, type ScreenLayout} from './list-layout.js';
import {currentPath, type NavShape, type NavState} from './navigation.js';
import {searchScreen} from './search-found.js';
import type {SearchState} from './search-update.js';

/** What a session shows: fixed for its whole life. */
export type Content = {
	readonly resume: Resume;
	readonly sections: readonly Section[];
	readonly theme: Theme;
	/** The day "present" means, for spans and tenures. */
	readonly today: PartialDate;
	/** Whether the terminal shows OSC 8 hyperlinks: titles are links, and URLs are not printed. */
	readonly hyperlinks?: boolean;
	/** Whether `o` can open a browser here; else it shows the URL (a server, a machine with no display). */
	readonly browser?: boolean;
};

export type TerminalSize = {readonly columns: number; readonly rows: number};

/** The smallest terminal the app draws itself in; below it, a polite message. */
export const minimumSize: TerminalSize = {columns: 40, rows: 12};

/**
The largest it draws itself in; beyond it, a message of three lines. Ink holds a cell for every column of
every line it draws: a 3000×3000 frame took 6 s and 1.9 GB, and 10000×10000 ran out of memory.
*/
export const maximumSize: TerminalSize = {columns: 1000, rows: 500};

/** Whether the app can be drawn at this size. */
export function drawable({columns, rows}: TerminalSize): boolean {
	return (
		columns >= minimumSize.columns &&
		rows >= minimumSize.rows &&
		columns <= maximumSize.columns &&
		rows <= maximumSize.rows
	);
}

/** Text wider than this is hard to read: wider terminals leave the rest of the line empty. */
export const readableWidth = 100;

/**
From this width, a list whose items open onto more shows, beside it, what the selected item opens onto:
the roles of a company, the achievements of a role.
*/
const splitWidth = 110;
const listPaneWidth = 56;

/** Columns between the list and the preview beside it: a space, a divider, a space. */
export const paneGap = 3;

/** Columns the preview leaves empty on its right, so that its text does not run into the terminal's edge. */
const previewMargin = 2;

/** The longest line the preview sets its paragraphs in: wider ones are hard to read beside a list. */
const previewMeasure = 80;

/** Rows of chrome: the headline, the tabs and the rule under them; the rule over the footer and the footer. */
export const chromeRows = 5;

/** Where everything goes in a frame of one size, for one navigation state. */
export type FrameLayout = {
	/** Columns inside the one-column margin on the left. */
	readonly width: number;
	/** Rows of content between the chrome above and below. */
	readonly height: number;
	readonly screen: Screen;
	readonly crumbs: readonly string[];
	readonly list: ScreenLayout;
	readonly listWidth: number;
	/** What the selected item opens onto, beside the list on a wide terminal: one line more than fits. */
	readonly preview?: readonly string[];
	readonly help: HelpPanel;
	readonly shape: NavShape;
};

/**
Lays out the frame for `nav` at `size`, or for the matches of `search` while it is open; nothing when the
terminal is too small or too large for the app.
*/
export function layoutFrame(
	content: Content,
	size: TerminalSize,
	nav: NavState,
	search?: SearchState,
): FrameLayout | undefined {
	if (!drawable(size)) {
		return undefined;
	}

	const {sections, theme, today} = content;
	const links = content.hyperlinks ? 'hyperlink' : 'shortened';
	const width = size.columns - 2;
	// Headline, tabs and a rule (which says where you are) above the content; a rule and the footer below it.
	const height = size.rows - chromeRows;
	const path = currentPath(nav);
	const cursor = search ? search.level.cursor : path.at(-1)!;
	const {screen, crumbs} = search
		? {screen: searchScreen(content, search.query), crumbs: ['Search']}
		: descend(sections[nav.section]!, path.slice(0, -1));
	const split = !search && width >= splitWidth && screen.kind === 'list' && screen.items.some(item => item.children);
	const listWidth = split ? Math.min(listPaneWidth, Math.floor(width * 0.42)) : Math.min(width, readableWidth);
	// A page may use the rows it is given (About fills a big screen); a list is the same at any height.
	const list = layoutScreen(
		screen,
		{width: listWidth, theme, today, links, ...(screen.kind === 'page' ? {height} : {})},
		cursor,
	);
	const opened = screen.kind === 'list' ? screen.items[cursor]?.children : undefined;
	const previewWidth = Math.min(width - listWidth - paneGap - previewMargin, previewMeasure);
	const preview =
		split && opened ? layoutScreen(opened, {width: previewWidth, theme, today, links}).slice(0, height + 1) : undefined;
	const help = helpPanel(theme, {width, height});
	const shape: NavShape = {
		sections: sections.length,
		count(sectionIndex, parents) {
			const {screen} = descend(sections[sectionIndex]!, parents);
			return screen.kind === 'list' ? screen.items.length : 0;
		},
		canOpen(sectionIndex, openPath) {
			const {screen} = descend(sections[sectionIndex]!, openPath.slice(0, -1));
			return screen.kind === 'list' && Boolean(screen.items[openPath.at(-1)!]?.children);
		},
		view: {items: list.items, lines: list.lineCount, height},
		helpLines: help.lines.length,
		helpHeight: help.height,
	};
	return {width, height, screen, crumbs, list, listWidth, ...(preview ? {preview} : {}), help, shape};
}
