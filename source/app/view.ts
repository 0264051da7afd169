import {padEnd, spread, truncate} from '../text/text.js';
import type {Theme} from '../theme/theme.js';
import {crumbText, footer, headline, tabBar, titledRule} from './chrome.js';
import {maximumSize, minimumSize, readableWidth, type FrameLayout} from './frame-layout.js';
import {withHelpPanel} from './help-panel.js';
import type {Command} from './keymap.js';
import {linksHere} from './link-actions.js';
import {linkLayerLines, type LayerLines} from './link-view.js';
import {hiddenBeyond, moreMarker} from './more.js';
import {currentPath, currentTrail} from './navigation.js';
import {searchFound} from './search-found.js';
import {searchHints} from './search-keys.js';
import {searchLine} from './search-line.js';
import {frameOf, type Model} from './update.js';

/** Everything on screen, as lines: exactly as many as the terminal has rows, none wider than it. */
export function view(model: Model): string[] {
	const frame = frameOf(model);
	const {theme, resume, sections} = model.content;
	if (!frame) {
		return notDrawn(model.size.columns, model.size.rows, theme);
	}

	const {nav, search} = model;
	const {width, height, list, preview, help, screen, crumbs, listWidth} = frame;
	const level = search?.level ?? currentTrail(nav).at(-1)!;
	const inHelp = nav.help !== undefined && !search;
	const layer = search ? undefined : layerOf(model);
	const listLines = list.slice(level.offset, level.offset + height);
	const page = preview ? besideEachOther(listLines, preview, {listWidth, height, theme}) : listLines;
	const body = layer
		? layer.lines
		: inHelp
			? withHelpPanel(page, help, {offset: nav.help, width, height, theme})
			: page;
	const scrolled = inHelp
		? {offset: nav.help, lines: help.lines.length, height: help.height}
		: {offset: level.offset, lines: list.lineCount, height};
	const position =
		!inHelp && screen.kind === 'list'
			? `${level.cursor + 1}/${screen.items.length}`
			: scrolled.lines > scrolled.height
				? `${Math.round((scrolled.offset / (scrolled.lines - scrolled.height)) * 100)}%`
				: '';
	// The page's own "more" markers, but not while the help, with its own, covers it.
	const hidden = inHelp || layer ? {} : hiddenBeyond({items: list.items, lines: list.lineCount}, level.offset, height);
	// At the top of a section the tab says where you are: the crumbs start one level in.
	const trail = layer ? [...crumbs, 'Link'] : crumbs;
	const where = trail.length > 1 ? crumbText(trail, theme) : '';

	const lines = [
		headline(resume, theme, width),
		tabBar(
			sections.map(section => section.title),
			nav.section,
			theme,
			width,
			inHelp,
		),
		// While searching, the search line stands where the rule above the page is.
		search
			? searchLine(search.query, searchFound(model.content, search.query), theme, width)
			: titledRule([where, moreMarker(hidden.above, 'up', theme)], theme, width),
		...Array.from({length: height}, (_, row) => body[row] ?? ''),
		titledRule([moreMarker(hidden.below, 'down', theme)], theme, width),
		search
			? footer({available: searchCommands(frame), position, inHelp, hints: searchHints}, theme, width)
			: model.links.notice
				? (spread(
						truncate(theme.muted(model.links.notice), width - position.length - 2),
						theme.muted(position),
						width,
					) ?? truncate(theme.muted(model.links.notice), width))
				: footer(
						{available: availableCommands(model, frame, scrolled.lines > scrolled.height), position, inHelp},
						theme,
						width,
					),
	];
	return lines.map(line => ` ${line}`);
}

/** The link chooser or panel, when one is open, laid out for the body. */
function layerOf(model: Model): LayerLines | undefined {
	const frame = frameOf(model);
	const {layer} = model.links;
	return frame && layer ? linkLayerLines(layer, model.content.theme, Math.min(frame.width, readableWidth)) : undefined;
}

/** Where the link chooser's choices are drawn, counted in the frame's rows; nothing when it is not open. */
export function chooserPlacement(
	model: Model,
): ({row: number; width: number} & NonNullable<LayerLines['chooser']>) | undefined {
	const frame = frameOf(model);
	const chooser = layerOf(model)?.chooser;
	if (!frame || !chooser) {
		return undefined;
	}

	// Below the headline, the tabs and the rule.
	return {...chooser, row: 3 + chooser.row, width: Math.min(frame.width, readableWidth)};
}

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
function availableCommands(model: Model, frame: FrameLayout, scrollable: boolean): Set<Command> {
	const {nav} = model;
	const {shape} = frame;
	const {layer} = model.links;
	if (layer) {
		return new Set<Command>(layer.kind === 'choose' ? ['up', 'open', 'back', 'quit'] : ['back', 'quit']);
	}

	if (nav.help !== undefined) {
		return new Set<Command>([...(scrollable ? (['up', 'down'] as const) : []), 'back', 'quit']);
	}

	const commands = new Set<Command>(['help', 'quit']);
	if (scrollable || shape.view.items.length > 1) {
		commands.add('up');
	}

	if (shape.canOpen(nav.section, currentPath(nav))) {
		commands.add('open');
	}

	if (currentTrail(nav).length > 1) {
		commands.add('back');
	}

	if (linksHere(frame, nav).length > 0) {
		commands.add('open-link');
		commands.add('copy-link');
	}

	if (shape.sections > 1) {
		commands.add('next-section');
	}

	commands.add('search');
	return commands;
}

/** While searching: moving and going to a match when there are matches; closing and quitting always. */
function searchCommands({shape}: FrameLayout): Set<string> {
	const {items} = shape.view;
	return new Set([...(items.length > 1 ? ['next'] : []), ...(items.length > 0 ? ['jump'] : []), 'close', 'quit']);
}

/** What is shown instead of the app in a terminal too small or too large for it. */
function notDrawn(columns: number, rows: number, theme: Theme): string[] {
	const large = columns > maximumSize.columns || rows > maximumSize.rows;
	const limit = large ? maximumSize : minimumSize;
	const message = [
		theme.strong(large ? 'Terminal too large' : 'Terminal too small'),
		theme.muted(`${large ? 'draws in at most' : 'needs'} ${limit.columns}×${limit.rows}, has ${columns}×${rows}`),
		theme.muted('resize it, or press q'),
	];
	// Too large, it says so in as many lines as it has: a line per row would be all a huge terminal's rows.
	const shown = large ? message.length : Math.max(1, rows);
	const top = large ? 0 : Math.max(0, Math.floor((rows - message.length) / 2));
	return Array.from({length: shown}, (_, row) => {
		const line = message[row - top];
		return line === undefined ? '' : truncate(line, columns, theme.glyphs.ellipsis);
	});
}
