import type {JsonResume} from '../resume/json-resume.js';
import {prunedJsonText} from './json-text.js';

/**
The résumé as JSON Resume, for tools: the same data with its strings trimmed and nothing empty left in it
(a blank string, an empty list or object, a null), keys in their order and unknown fields kept.
*/
export function jsonOutput(json: JsonResume): string {
	return (prunedJsonText(json) ?? '{}') + '\n';
}
