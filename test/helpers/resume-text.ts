/*
Generic checks of a résumé file's text, for test/resume-data.test.ts: the strings in it, the verified links
table, and slips of the keyboard. Nothing here knows what the shipped résumé says.
*/
import {readFile} from 'node:fs/promises';

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every string in a JSON value, with the path to it. */
export function strings(value: unknown, path = ''): Array<{path: string; text: string}> {
	if (typeof value === 'string') {
		return [{path, text: value}];
	}

	if (Array.isArray(value)) {
		return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
	}

	if (isRecord(value)) {
		return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
	}

	return [];
}

export type VerifiedLink = {readonly url: string; readonly title: string; readonly date: string};

/** The rows of a verified links table (| résumé item | URL | title | date |), by URL. */
export async function readVerifiedLinks(file: string): Promise<Map<string, VerifiedLink>> {
	const table = await readFile(file, 'utf8');
	const rows = table
		.split('\n')
		.filter(line => line.startsWith('| ') && line.includes('https://'))
		.map(line => line.split('|').map(cell => cell.trim()));
	return new Map(
		rows.map(cells => {
			const [url = '', title = '', date = ''] = cells.slice(2);
			return [url, {url, title, date}];
		}),
	);
}

/** A title without what follows it in parentheses: "XFaaS: … at Meta (SOSP '23)" → "XFaaS: … at Meta". */
export const bareTitle = (title: string | undefined): string => (title ?? '').replace(/ \(.*\)$/v, '');

const slips: ReadonlyArray<readonly [string, RegExp]> = [
	['a space at an end', /^\s|\s$/v],
	['two spaces', / {2}/v],
	['a space before punctuation', / [,.;:!?\)]/v],
	['no space after a comma', /[,;](?![\s\d"])/v],
	['a word twice', /\b(\w+) \1\b/iv],
	['a currency sign after its figure', /\d\$/v],
];

/** The slips of the keyboard in a text: stray or missing spaces, a word twice, unbalanced brackets or quotes. */
export function slipsIn(text: string): string[] {
	const count = (part: string) => text.split(part).length - 1;
	return [
		...slips.flatMap(([slip, pattern]) => (pattern.test(text) ? [slip] : [])),
		...(count('(') === count(')') ? [] : ['unbalanced parentheses']),
		...(count('"') % 2 === 0 ? [] : ['an unbalanced quote']),
	];
}
