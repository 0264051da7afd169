import {buildResume} from '../../source/resume/build-model.js';
import {parseJsonResume, readJsonResume} from '../../source/resume/load.js';
import type {Resume} from '../../source/resume/model.js';

/** The model of the résumé file at `path`, read and validated as the program reads one. */
export async function loadResume(path: string): Promise<Resume> {
	return buildResume(await readJsonResume(path));
}

/** The model of a résumé's JSON text; `name` is what messages call it. */
export function parseResume(text: string, name: string): Resume {
	return buildResume(parseJsonResume(text, name));
}
