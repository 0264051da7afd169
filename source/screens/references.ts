import type {Entry} from '../resume/model.js';
import {hanging, wrap} from '../text/text.js';
import type {Screen} from './types.js';

/** What others say, as quotations, each followed by who said it. */
export function referencesScreen(references: readonly Entry[]): Screen {
	return {
		kind: 'list',
		marker: 'none',
		items: references.map(reference => ({
			crumb: reference.title,
			search: {title: reference.title, text: [reference.summary]},
			render(context, {selected}) {
				const {theme, width} = context;
				const name = selected ? theme.selected(reference.title) : theme.strong(reference.title);
				// A reference without its words is still a name to ask.
				return reference.summary
					? [...wrap(`“${reference.summary}”`, width), ...hanging(`${theme.glyphs.dash} `, name, width)]
					: wrap(name, width);
			},
		})),
	};
}
