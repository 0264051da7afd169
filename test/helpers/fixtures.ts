/*
The résumés made for the tests, in test/fixtures/. Behaviour tests use these, never data/resume.json, so
that editing the shipped résumé breaks only test/resume-data.test.ts, the one test of its content.

career.json: four companies, five roles. Harbor Robotics is the current job (one role, three highlights, a
link); Cobalt Cloud is two consecutive entries, so one company with two roles, one highlight of which has
two links; Tern Analytics and Little Fern Café have one role and one highlight each. Education, two skill
groups and a publication; no name, no contact details.
*/
import {fileURLToPath} from 'node:url';
import type {JsonResume} from '../../source/resume/json-resume.js';
import {readJsonResume} from '../../source/resume/load.js';
import type {Achievement, Link, Resume} from '../../source/resume/model.js';

export type FixtureName = 'career.json';

/** A fixture's path from the project's root, as a person would type it after `--data`. */
export const fixtureArgument = (name: FixtureName): string => `test/fixtures/${name}`;

/** A fixture's absolute path. */
export const fixturePath = (name: FixtureName): string =>
	fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** A fixture as the program reads it: the validated JSON Resume. */
export async function readFixture(name: FixtureName): Promise<JsonResume> {
	return readJsonResume(fixturePath(name));
}

/** Every achievement of every role, in order. */
export const achievementsOf = (resume: Resume): Achievement[] =>
	resume.companies.flatMap(company => company.roles.flatMap(role => role.achievements));

/** Every link on an achievement, in order. */
export const achievementLinksOf = (resume: Resume): Link[] =>
	achievementsOf(resume).flatMap(achievement => achievement.links);

/** Every highlight of the JSON Resume's work entries, in order. */
export const highlightsOf = (json: JsonResume): string[] => (json.work ?? []).flatMap(work => work.highlights ?? []);
