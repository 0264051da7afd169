import {describeDate} from '../resume/dates.js';
import type {Publication} from '../resume/model.js';
import {wrap} from '../text/text.js';
import {wrapParts} from './format.js';
import {linkLines} from './links.js';
import type {Screen} from './types.js';

export function publicationsScreen(publications: readonly Publication[]): Screen {
	return {
		kind: 'list',
		marker: 'none',
		items: publications.map(publication => ({
			crumb: publication.name,
			search: {title: publication.name, text: [publication.publisher, publication.summary]},
			render(context, {selected}) {
				const {theme, width} = context;
				const name = selected ? theme.selected(publication.name) : theme.strong(publication.name);
				return [
					...wrap(name, width),
					...wrapParts([publication.publisher, describeDate(publication)], context, theme.muted),
					...(publication.summary ? wrap(publication.summary, width) : []),
					...(publication.url ? linkLines({url: publication.url}, context) : []),
				];
			},
			links: publication.url ? [{url: publication.url}] : [],
		})),
	};
}
