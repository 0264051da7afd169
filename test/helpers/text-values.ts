import {readFile} from 'node:fs/promises';
import yaml from 'js-yaml';

/** Fields whose values are shown in a form of their own (dates) or say nothing about the person ($schema, meta). */
const notShownAsWritten = new Set(['startDate', 'endDate', 'date', 'releaseDate', '$schema', 'meta']);

/** Every text value of a résumé's data (numbers as text too), each line of a multi-line one on its own. */
export function textValues(data: unknown): string[] {
	if (typeof data === 'string') {
		return data.split('\n').filter(line => line.trim() !== '');
	}

	if (typeof data === 'number') {
		return [String(data)];
	}

	if (Array.isArray(data)) {
		return data.flatMap(item => textValues(item));
	}

	if (typeof data === 'object' && data !== null) {
		return Object.entries(data).flatMap(([key, value]) => (notShownAsWritten.has(key) ? [] : textValues(value)));
	}

	return [];
}

/** A résumé file's data as written, JSON or YAML (every YAML value text, as the program reads it). */
export async function readData(path: string): Promise<unknown> {
	const text = await readFile(path, 'utf8');
	return /\.ya?ml$/v.test(path) ? yaml.load(text, {schema: yaml.FAILSAFE_SCHEMA}) : JSON.parse(text);
}

/** Text with no whitespace at all: what a value is, wherever lines were broken in it. */
export const squeezed = (text: string): string => text.replaceAll(/\s+/gv, '');
