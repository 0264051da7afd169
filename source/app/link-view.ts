import type {ItemLink} from '../screens/links.js';
import {truncate, wrap} from '../text/text.js';
import type {Theme} from '../theme/theme.js';
import {linkName, type LinkLayer} from './link-actions.js';

/** One choice of the link chooser, as ink-select-input takes it: its label fits the width beside the cursor. */
export type Choice = {readonly key: string; readonly label: string; readonly value: number};

/** The link layer as the body's lines, and where in them the chooser's choices are (the host draws them). */
export type LayerLines = {
	readonly lines: readonly string[];
	readonly chooser?: {readonly row: number; readonly choices: readonly Choice[]; readonly cursor: number};
};

/** Columns the chooser's cursor takes before each choice. */
export const choiceIndent = 2;

/** The chooser of links ("Open which link?"), or the panel that shows their URLs whole. */
export function linkLayerLines(layer: LinkLayer, theme: Theme, width: number): LayerLines {
	if (layer.kind === 'show') {
		return {lines: panelLines(layer.links, layer.reason, theme, width)};
	}

	const choices = layer.links.map((link, index) => ({
		key: String(index),
		label: truncate(linkName(link, theme.glyphs.separator), width - choiceIndent, theme.glyphs.ellipsis),
		value: index,
	}));
	const verb = layer.action === 'open' ? 'Open' : 'Copy';
	return {
		lines: [
			theme.heading(`${verb} which link?`),
			'',
			...choices.map(choice => choiceLine(choice, choice.value === layer.cursor, theme)),
		],
		chooser: {row: 2, choices, cursor: layer.cursor},
	};
}

/** A choice as the chooser draws it: the cursor glyph beside the selected one, which stands out. */
export function choiceLine(choice: Choice, selected: boolean, theme: Theme): string {
	return selected ? `${theme.selected(theme.glyphs.cursor)} ${theme.selected(choice.label)}` : `  ${choice.label}`;
}

/**
Every URL of the links, whole: the one place a URL wider than the terminal is cut into lines, at the edge, so
that all of it is there to read and type.
*/
function panelLines(links: readonly ItemLink[], reason: string, theme: Theme, width: number): string[] {
	return [
		theme.heading('Link'),
		...wrap(theme.muted(reason), width),
		...links.flatMap(link => [
			'',
			...(link.title ? wrap(theme.strong(linkName(link, theme.glyphs.separator)), width) : []),
			...cut(link.url, width).map(line => theme.link(line)),
		]),
		'',
		theme.muted('esc closes'),
	];
}

/** Text cut every `width` characters (a URL is one column a character, or is shown as it would be typed). */
function cut(text: string, width: number): string[] {
	const characters = [...text];
	const lines: string[] = [];
	for (let start = 0; start < characters.length; start += width) {
		lines.push(truncate(characters.slice(start, start + width).join(''), width));
	}

	return lines;
}
