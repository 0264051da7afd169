import type {SkillGroup} from '../resume/model.js';
import {titleWithNote, wrapParts} from './format.js';
import type {Screen} from './types.js';

export function skillsScreen(skills: readonly SkillGroup[]): Screen {
	return {
		kind: 'list',
		marker: 'none',
		items: skills.map(group => ({
			crumb: group.name,
			search: {title: group.name, text: [group.level, group.keywords.join(', ')]},
			render(context, {selected}) {
				const {theme} = context;
				const name = selected ? theme.selected(group.name) : theme.strong(group.name);
				return [...titleWithNote(name, group.level, context), ...wrapParts(group.keywords, context)];
			},
		})),
	};
}
