import {padEnd, truncate} from '../text/text.js';
import type {PartialDate, Resume} from '../resume/model.js';
import type {Theme} from '../theme/theme.js';
import {descend} from '../screens/sections.js';
import type {Section} from '../screens/types.js';
import {layoutScreen} from './list-layout.js';
import {currentPath, currentTrail, fitNavState, type NavShape, type NavState} from './update.js';
import {breadcrumb, footer, headline, helpLines, rule, tabBar} from './chrome.js';
import type {Command} from './keymap.js';

/** The smallest terminal the app draws itself in; below it, a polite message. */
export const minimumSize = {columns: 40, rows: 12} as const;

export type FrameInput = {
	readonly resume: Resume;
	readonly sections: readonly Section[];
	readonly state: NavState;
	readonly columns: number;
	readonly rows: number;
	readonly theme: Theme;
	readonly today: PartialDate;
};

/** Everything on screen, as lines, for one state of the app at one terminal size. */
export type Frame =
	| {readonly kind: 'too-small'; readonly lines: readonly string[]}
	| {
			readonly kind: 'app';
			readonly lines: readonly string[];
			/** The state as drawn: cursors and scroll positions brought inside the content. */
			readonly state: NavState;
			readonly shape: NavShape;
	  };

/** Text wider than this is hard to read: wider terminals leave the rest of the line empty. */
const readableWidth = 100;

/**
From this width, a list whose items open onto more shows, beside it, what the selected item opens onto:
the roles of a company, the achievements of a role.
*/
const splitWidth = 110;
const listPaneWidth = 56;

/** Below this height the rules around the content give their rows to the content. */
const roomyRows = 16;

/**
Lays out a frame. It is one line shorter than the terminal: a frame as tall as the terminal makes Ink
clear the whole screen on every update instead of rewriting the lines that changed.
*/
export function buildFrame(input: FrameInput): Frame {
	const {resume, sections, columns, rows, theme} = input;
	if (columns < minimumSize.columns || rows < minimumSize.rows) {
		return {kind: 'too-small', lines: tooSmall(columns, rows, theme)};
	}

	const width = columns - 2;
	// Headline, tabs and breadcrumb above the content and the footer below it, with rules when there is room.
	const rules = rows >= roomyRows;
	const height = rows - 1 - (rules ? 6 : 4);
	const measured = measure(input, input.state, width, height);
	const state = fitNavState(input.state, measured.shape);
	const {screen, crumbs, layout, listWidth, preview, shape} =
		state === input.state ? measured : measure(input, state, width, height);
	const level = currentTrail(state).at(-1)!;
	const inHelp = state.help !== undefined;
	const help = helpLines(theme, Math.min(width, readableWidth));
	const listLines = layout.slice(level.offset, level.offset + height);
	const body = inHelp
		? help.slice(state.help, state.help + height)
		: preview
			? besideEachOther(listLines, preview, {listWidth, height, theme})
			: listLines;
	const scrolled = inHelp ? {offset: state.help, lines: help.length} : {offset: level.offset, lines: layout.lineCount};
	const position =
		!inHelp && screen.kind === 'list'
			? `${level.cursor + 1}/${screen.items.length}`
			: scrolled.lines > height
				? `${Math.round((scrolled.offset / (scrolled.lines - height)) * 100)}%`
				: '';

	const lines = [
		headline(resume, theme, width),
		tabBar(
			sections.map(section => section.title),
			state.section,
			theme,
			width,
		),
		breadcrumb(inHelp ? ['Help'] : crumbs, theme, width),
		...(rules ? [rule(theme, width)] : []),
		...Array.from({length: height}, (_, row) => body[row] ?? ''),
		...(rules ? [rule(theme, width)] : []),
		footer({available: availableCommands(state, shape, scrolled.lines > height), position, inHelp}, theme, width),
	];
	return {kind: 'app', lines: lines.map(line => ` ${line}`), state, shape};
}

function measure(input: FrameInput, state: NavState, width: number, height: number) {
	const {sections, theme, today} = input;
	const section = sections[state.section]!;
	const path = currentPath(state);
	const cursor = path.at(-1)!;
	const {screen, crumbs} = descend(section, path.slice(0, -1));
	const split = width >= splitWidth && screen.kind === 'list' && screen.items.some(item => item.children);
	const listWidth = split ? Math.min(listPaneWidth, Math.floor(width * 0.42)) : Math.min(width, readableWidth);
	const layout = layoutScreen(screen, {width: listWidth, theme, today}, cursor);
	const opened = screen.kind === 'list' ? screen.items[cursor]?.children : undefined;
	const previewWidth = Math.min(width - listWidth - paneGap, readableWidth);
	// One line more than fits, so that a preview too long can say so.
	const preview =
		split && opened ? layoutScreen(opened, {width: previewWidth, theme, today}).slice(0, height + 1) : undefined;
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
		view: {items: layout.items, lines: layout.lineCount, height},
		helpLines: helpLines(theme, width).length,
	};
	return {screen, crumbs, layout, listWidth, preview, shape};
}

/** Columns between the list and the preview beside it: a space, a divider, a space. */
const paneGap = 3;

/** The list on the left and the preview of its selected item on the right; a preview too long ends in "…". */
function besideEachOther(
	list: readonly string[],
	preview: readonly string[],
	{listWidth, height, theme}: {listWidth: number; height: number; theme: Theme},
): string[] {
	const shown =
		preview.length > height ? [...preview.slice(0, height - 1), theme.muted(theme.glyphs.ellipsis)] : preview;
	const divider = ` ${theme.muted(theme.glyphs.divider)} `;
	return Array.from({length: height}, (_, row) => padEnd(list[row] ?? '', listWidth) + divider + (shown[row] ?? ''));
}

/** The commands that do something in this state: the footer shows only these. */
function availableCommands(state: NavState, shape: NavShape, scrollable: boolean): Set<Command> {
	const commands = new Set<Command>(['help', 'quit']);
	const movable = scrollable || shape.view.items.length > 1;
	if (state.help !== undefined) {
		return new Set<Command>([...(scrollable ? (['up', 'down'] as const) : []), 'back', 'quit']);
	}

	if (movable) {
		commands.add('up');
	}

	if (shape.canOpen(state.section, currentPath(state))) {
		commands.add('open');
	}

	if (currentTrail(state).length > 1) {
		commands.add('back');
	}

	if (shape.sections > 1) {
		commands.add('next-section');
	}

	return commands;
}

function tooSmall(columns: number, rows: number, theme: Theme): string[] {
	const needed = `${minimumSize.columns}×${minimumSize.rows}`;
	const message = [
		theme.strong('Terminal too small'),
		theme.muted(`needs ${needed}, has ${columns}×${rows}`),
		theme.muted('resize it, or press q'),
	];
	const top = Math.max(0, Math.floor((rows - 1 - message.length) / 2));
	const lines = [
		...Array.from({length: top}, () => ''),
		...message.map(line => truncate(line, columns, theme.glyphs.ellipsis)),
	];
	return lines.slice(0, Math.max(1, rows - 1));
}
