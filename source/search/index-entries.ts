import type {Findable, Screen, Section} from '../screens/types.js';
import {fold} from './fold.js';

/** Where a thing search found is: a section, and the cursor in each list from its top one down to the thing. */
export type Target = {readonly section: number; readonly path: readonly number[]};

/** One text of a thing search can find, as written and as search compares it. */
export type Field = {readonly text: string; readonly folded: string; readonly title: boolean};

/** One thing search can find: its words, what it belongs to (the section, the company, the role) and where it is. */
export type IndexEntry = {
	readonly fields: readonly Field[];
	readonly context: readonly string[];
	readonly target: Target;
};

const indexes = new WeakMap<readonly Section[], readonly IndexEntry[]>();

/**
Everything search can find in the sections, in reading order, folded once: every list item at every depth
(companies, roles, achievements, projects, skills…) and what a page lists (languages). The same sections
give the same index, made on the first search.
*/
export function searchIndex(sections: readonly Section[]): readonly IndexEntry[] {
	let index = indexes.get(sections);
	if (!index) {
		index = sections.flatMap((section, sectionIndex) => entriesOf(section.screen, sectionIndex, [section.title], []));
		indexes.set(sections, index);
	}

	return index;
}

function entriesOf(screen: Screen, section: number, crumbs: readonly string[], path: readonly number[]): IndexEntry[] {
	if (screen.kind === 'page') {
		const target = {section, path: [...path, 0]};
		return (screen.search ?? []).map(findable => ({fields: fieldsOf(findable), context: crumbs, target}));
	}

	const context = screen.about ? [crumbs[0]!, ...screen.about] : crumbs;
	const entries: IndexEntry[] = [];
	for (const [index, item] of screen.items.entries()) {
		const target = {section, path: [...path, index]};
		entries.push({fields: fieldsOf(item.search ?? {title: item.crumb, text: []}), context, target});
		if (item.children) {
			// One by one: a spread of thousands of entries as arguments can overflow the call stack.
			for (const entry of entriesOf(item.children, section, [...crumbs, item.crumb], target.path)) {
				entries.push(entry);
			}
		}
	}

	return entries;
}

function fieldsOf({title, text}: Findable): Field[] {
	const field = (value: string, isTitle: boolean): Field => ({text: value, folded: fold(value), title: isTitle});
	return [...(title ? [field(title, true)] : []), ...text.flatMap(value => (value ? [field(value, false)] : []))];
}
