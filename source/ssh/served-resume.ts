import {buildResume} from '../resume/build-model.js';
import type {JsonResume} from '../resume/json-resume.js';
import type {Resume} from '../resume/model.js';
import {toAsciiData} from '../text/ascii.js';

/** The résumé a server shows: built once per load, shared by every session, in Unicode and in ASCII. */
export type ServedResume = {
	readonly json: JsonResume;
	readonly unicode: Resume;
	readonly ascii: Resume;
	/** What the banner tells a reader to run for the full résumé, as the command line's does. */
	readonly command: string;
};

export function serveResume(json: JsonResume, command: string): ServedResume {
	return {json, unicode: buildResume(json), ascii: buildResume(toAsciiData(json)), command};
}
