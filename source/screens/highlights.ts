import type {Achievement} from '../resume/model.js';
import {wrap} from '../text/text.js';
import {markImpact, unbreak} from './impact.js';
import {linkLines, type ItemLink} from './links.js';
import type {ListItem} from './types.js';

/** A highlight as a paragraph, its figures of impact standing out, with the links that belong to it. */
export function highlightItem(achievement: Achievement): ListItem {
	const links: ItemLink[] = achievement.links.map(({url, label, title}) => ({url, kind: label, title}));
	return {
		crumb: achievement.text,
		search: {text: [achievement.text, ...achievement.links.map(link => link.title ?? link.label)]},
		render(context) {
			const {theme, width} = context;
			const text = wrap(markImpact(achievement.text, theme), width).map(line => unbreak(line));
			return [...text, ...links.flatMap(link => linkLines(link, context))];
		},
		links,
	};
}
