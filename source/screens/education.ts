import {describeWhen} from '../resume/dates.js';
import type {Education} from '../resume/model.js';
import {wrap} from '../text/text.js';
import {titleWithNote, wrapParts} from './format.js';
import {linkLines} from './links.js';
import type {Screen} from './types.js';

export function educationScreen(education: readonly Education[]): Screen {
	return {
		kind: 'list',
		marker: 'none',
		items: education.map(entry => ({
			crumb: entry.institution,
			search: {
				title: entry.institution,
				text: [entry.degree, entry.score, entry.location, entry.courses.join(', ')],
			},
			render(context, {selected}) {
				const {theme, width} = context;
				const name = selected ? theme.selected(entry.institution) : theme.strong(entry.institution);
				return [
					...titleWithNote(name, describeWhen(entry, theme.glyphs), context),
					...(entry.degree ? wrap(entry.degree, width) : []),
					...wrapParts([entry.score && `Score: ${entry.score}`, entry.location], context, theme.muted),
					...wrapParts(entry.courses, context, theme.muted),
					...(entry.url ? linkLines({url: entry.url}, context) : []),
				];
			},
			links: entry.url ? [{url: entry.url}] : [],
		})),
	};
}
