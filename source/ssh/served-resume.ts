import {buildResume} from '../resume/build-model.js';
import type {JsonResume} from '../resume/json-resume.js';
import type {Resume} from '../resume/model.js';
import {buildSections} from '../screens/sections.js';
import type {Section} from '../screens/types.js';
import {toAsciiData} from '../text/ascii.js';

/**
The résumé as the app shows it: the model and its sections. Built once per load and shared by every session,
so that a screen laid out for one session at a size is there for the next at the same size.
*/
export type ShownResume = {readonly resume: Resume; readonly sections: readonly Section[]};

/** The résumé a server shows: built once per load, shared by every session, in Unicode and in ASCII. */
export type ServedResume = {
	readonly json: JsonResume;
	readonly unicode: ShownResume;
	readonly ascii: ShownResume;
	/** What the banner tells a reader to run for the full résumé, as the command line's does. */
	readonly command: string;
};

function shown(json: JsonResume): ShownResume {
	const resume = buildResume(json);
	return {resume, sections: buildSections(resume)};
}

export function serveResume(json: JsonResume, command: string): ServedResume {
	return {json, unicode: shown(json), ascii: shown(toAsciiData(json)), command};
}
