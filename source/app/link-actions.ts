import type {ItemLink} from '../screens/links.js';
import type {FrameLayout} from './frame-layout.js';
import type {Command} from './keymap.js';
import {currentTrail, type NavState} from './navigation.js';

/** What `o` and `y` do with a link: open it in the browser, or copy its URL to the clipboard. */
export type LinkAction = 'open' | 'copy';

/**
A layer over the screen while a link is being dealt with: a chooser of the selected item's links, or a panel
that shows their URLs whole (where no browser can be opened).
*/
export type LinkLayer =
	| {readonly kind: 'choose'; readonly action: LinkAction; readonly links: readonly ItemLink[]; readonly cursor: number}
	| {readonly kind: 'show'; readonly links: readonly ItemLink[]; readonly reason: string};

/** What the host is asked to do, once, for the model that carries it: open or copy exactly this URL. */
export type LinkRequest = {readonly action: LinkAction; readonly url: string};

/** The part of the model that links change. */
export type LinkState = {
	readonly layer?: LinkLayer;
	readonly request?: LinkRequest;
	/** What the footer says instead of its hints until the next key: what was opened or copied. */
	readonly notice?: string;
};

/** The links `o` and `y` act on here: the selected item's, or the page's; none under the help. */
export function linksHere(frame: FrameLayout, nav: NavState): readonly ItemLink[] {
	if (nav.help !== undefined) {
		return [];
	}

	const {screen} = frame;
	if (screen.kind === 'page') {
		return screen.links ?? [];
	}

	return screen.items[currentTrail(nav).at(-1)!.cursor]?.links ?? [];
}

/** How a link is named in a chooser and the footer: "blog post · Announcing HTTP APIs…", or its URL. */
export function linkName(link: ItemLink, separator: string): string {
	return link.title ? [link.kind, link.title].filter(Boolean).join(` ${separator} `) : link.url;
}

/**
`o` or `y` pressed with these links here: one link is acted on at once, several open a chooser; opening where
there is no browser shows the URLs instead.
*/
export function startLinkAction(
	action: LinkAction,
	links: readonly ItemLink[],
	{browser, separator}: {readonly browser: boolean; readonly separator: string},
): LinkState {
	if (links.length === 0) {
		return {};
	}

	if (action === 'open' && !browser) {
		const what = links.length === 1 ? 'this address' : 'these addresses';
		return {layer: {kind: 'show', links, reason: `No browser can be opened from here; open ${what} yourself:`}};
	}

	return links.length === 1 ? act(action, links[0]!, separator) : {layer: {kind: 'choose', action, links, cursor: 0}};
}

/** A key pressed while a layer is open: Esc closes it; the chooser's own keys reach it as `highlight` and `choose`. */
export function layerCommand(layer: LinkLayer, command: Command): LinkState {
	return command === 'back' ? {} : {layer};
}

/** The chooser's highlighted link moved (it reads ↑↓ j k itself). */
export function highlightLink(layer: LinkLayer, index: number): LinkState {
	return layer.kind === 'choose' && index >= 0 && index < layer.links.length
		? {layer: {...layer, cursor: index}}
		: {layer};
}

/** A link chosen in the chooser (Enter, or its number). */
export function chooseLink(layer: LinkLayer, index: number, separator: string): LinkState {
	const link = layer.kind === 'choose' ? layer.links[index] : undefined;
	return link && layer.kind === 'choose' ? act(layer.action, link, separator) : {layer};
}

/** The browser could not be opened for `url`: the panel shows it instead. */
export function openFailed(url: string): LinkState {
	return {
		layer: {kind: 'show', links: [{url}], reason: 'The browser could not be opened; open this address yourself:'},
	};
}

function act(action: LinkAction, link: ItemLink, separator: string): LinkState {
	const name = linkName(link, separator);
	return {
		request: {action, url: link.url},
		notice: action === 'open' ? `Opened in the browser: ${name}` : `Copied to the clipboard: ${link.url}`,
	};
}
