import type {Resume} from '../resume/model.js';
import {aboutPrintedScreen, aboutScreen} from './about.js';
import {educationScreen} from './education.js';
import {entriesScreen} from './entries.js';
import {experienceScreen} from './experience.js';
import {languagesScreen} from './languages.js';
import {publicationsScreen} from './publications.js';
import {referencesScreen} from './references.js';
import {skillsScreen} from './skills.js';
import type {Screen, Section} from './types.js';

/** The sections of a résumé in reading order; a section with nothing in it is left out. */
export function buildSections(resume: Resume): Section[] {
	const sections: Array<[string, number, () => Screen]> = [
		['Experience', resume.companies.length, () => experienceScreen(resume.companies)],
		['Projects', resume.projects.length, () => entriesScreen(resume.projects, {tenure: true})],
		['Education', resume.education.length, () => educationScreen(resume.education)],
		['Skills', resume.skills.length, () => skillsScreen(resume.skills)],
		['Publications', resume.publications.length, () => publicationsScreen(resume.publications)],
		['Awards', resume.awards.length, () => entriesScreen(resume.awards, {tenure: false})],
		['Certificates', resume.certificates.length, () => entriesScreen(resume.certificates, {tenure: false})],
		['Volunteer', resume.volunteer.length, () => entriesScreen(resume.volunteer, {tenure: true})],
		['Languages', resume.languages.length, () => languagesScreen(resume.languages)],
		['Interests', resume.interests.length, () => skillsScreen(resume.interests)],
		['References', resume.references.length, () => referencesScreen(resume.references)],
	];
	return [
		{title: 'About', screen: aboutScreen(resume), printed: aboutPrintedScreen(resume)},
		...sections.flatMap(([title, entries, screen]) => (entries > 0 ? [{title, screen: screen()}] : [])),
	];
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
