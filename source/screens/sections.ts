import type {Resume} from '../resume/model.js';
import {aboutScreen} from './about.js';
import {educationScreen} from './education.js';
import {experienceScreen} from './experience.js';
import {publicationsScreen} from './publications.js';
import {skillsScreen} from './skills.js';
import type {Screen, Section} from './types.js';

/** The sections of a résumé in reading order; a section with nothing in it is left out. */
export function buildSections(resume: Resume): Section[] {
	const sections: Array<[string, boolean, () => Screen]> = [
		['About', true, () => aboutScreen(resume)],
		['Experience', resume.companies.length > 0, () => experienceScreen(resume.companies)],
		['Education', resume.education.length > 0, () => educationScreen(resume.education)],
		['Skills', resume.skills.length > 0, () => skillsScreen(resume.skills)],
		['Publications', resume.publications.length > 0, () => publicationsScreen(resume.publications)],
	];
	return sections.flatMap(([title, present, screen]) => (present ? [{title, screen: screen()}] : []));
}

/** Where opening the items at `path` one after another leads: the screen, and the breadcrumb to it. */
export function descend(section: Section, path: readonly number[]): {screen: Screen; crumbs: string[]} {
	const crumbs = [section.title];
	let {screen} = section;
	for (const index of path) {
		const item = screen.kind === 'list' ? screen.items[index] : undefined;
		if (!item?.children) {
			break;
		}

		crumbs.push(item.crumb);
		screen = item.children;
	}

	return {screen, crumbs};
}
