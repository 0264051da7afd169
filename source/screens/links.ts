import {hyperlink, isLinkable} from '../text/hyperlink.js';
import {displayWidth, shortenMiddle, wrap} from '../text/text.js';
import {keepTogether, unbreak} from './impact.js';
import type {ViewContext} from './types.js';

/** A link an item shows, opens and copies: its URL, maybe what kind of thing it is ("paper") and its title. */
export type ItemLink = {
	readonly url: string;
	readonly kind?: string;
	readonly title?: string;
};

/**
How links are shown:
- `hyperlink`: the title is an OSC 8 hyperlink and the URL is not printed (a terminal that shows them);
- `shortened`: the URL is printed on its own line, shortened in the middle when wider than the space (the app);
- `whole`: the URL is printed whole on its own line, even past the width (printed text, which a reader copies).
*/
export type LinkDisplay = 'hyperlink' | 'shortened' | 'whole';

/**
A link as every screen shows it: "↗ blog post · Introducing mutual TLS…", the kind muted and the title in the
link style, then (where the title is no hyperlink) the URL, never broken across lines. A link without a title is
its URL, in the link style.
*/
export function linkLines(link: ItemLink, context: ViewContext): string[] {
	const {theme, width} = context;
	const display = context.links ?? 'whole';
	const prefix = `${theme.glyphs.link} `;
	const indent = ' '.repeat(displayWidth(prefix));
	const room = width - indent.length;
	const linked = display === 'hyperlink' && isLinkable(link.url);
	const styled = (text: string): string => (linked ? hyperlink(theme.link(text), link.url) : theme.link(text));
	const url = urlText(link.url, room, context);
	if (!link.title) {
		return [prefix + styled(url)];
	}

	const lines = titleLines(link, room, theme.glyphs.separator).map(
		({kind, title}, index) =>
			(index === 0 ? prefix : indent) +
			[kind ? theme.muted(kind) : '', title ? styled(title) : ''].filter(Boolean).join(' '),
	);
	return linked ? lines : [...lines, indent + theme.muted(url)];
}

/** A URL as shown in `room` columns: whole when it fits or when links are shown whole, else shortened in the middle. */
export function urlText(url: string, room: number, context: ViewContext): string {
	return (context.links ?? 'whole') === 'whole' ? url : shortenMiddle(url, room, context.theme.glyphs.ellipsis);
}

/** "blog post ·" and the title, wrapped together, the kind never broken and first; each line's kind and title apart. */
function titleLines(
	{kind, title = ''}: ItemLink,
	room: number,
	separator: string,
): Array<{kind?: string; title?: string}> {
	if (!kind) {
		return wrap(title, room).map(line => ({title: line}));
	}

	const kindText = `${kind} ${separator}`;
	if (displayWidth(kindText) > room) {
		return [...wrap(kindText, room).map(line => ({kind: line})), ...wrap(title, room).map(line => ({title: line}))];
	}

	return wrap(`${keepTogether(kindText)} ${title}`, room).map((line, index) => {
		const text = unbreak(line);
		if (index > 0 || !text.startsWith(kindText)) {
			return {title: text};
		}

		const rest = text.slice(kindText.length).trimStart();
		return rest ? {kind: kindText, title: rest} : {kind: kindText};
	});
}
