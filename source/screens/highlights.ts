import type {Achievement} from '../resume/model.js';
import {hanging, wrap} from '../text/text.js';
import {joinParts} from './format.js';
import {markImpact, unbreak} from './impact.js';
import type {ListItem} from './types.js';

/** A highlight as a paragraph, its figures of impact standing out, with the links that belong to it. */
export function highlightItem(achievement: Achievement): ListItem {
	return {
		crumb: achievement.text,
		search: {text: [achievement.text, ...achievement.links.map(link => link.title ?? link.label)]},
		render(context) {
			const {theme, width} = context;
			const text = wrap(markImpact(achievement.text, theme), width).map(line => unbreak(line));
			const prefix = `${theme.glyphs.link} `;
			const links = achievement.links.flatMap(link => [
				...hanging(prefix, theme.link(joinParts([link.label, link.title], context)), width),
				...hanging(' '.repeat(prefix.length), theme.muted(link.url), width),
			]);
			return [...text, ...links];
		},
	};
}
