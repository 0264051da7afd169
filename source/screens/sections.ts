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
	return [
		{title: 'About', screen: aboutScreen(resume), printed: aboutPrintedScreen(resume)},
		...listSections(resume).flatMap(([title, entries, screen]) => (entries > 0 ? [{title, screen: screen()}] : [])),
	];
}

/** The titles of `buildSections`, in its order, without building a screen (Markdown needs only these). */
export function sectionTitles(resume: Resume): string[] {
	return ['About', ...listSections(resume).flatMap(([title, entries]) => (entries > 0 ? [title] : []))];
}

/** Each section after About: its title, how many entries it has, and its screen, made when asked for. */
function listSections(resume: Resume): Array<[string, number, () => Screen]> {
	return [
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
