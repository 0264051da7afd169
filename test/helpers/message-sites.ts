/*
Every message the program can print, found in its source: each `new ResumeError(…)`, `new UsageError(…)` and
`fail(…)` whose first argument is a string, reduced to the longest piece of it that is literal text (what is
inside `${…}` varies). A test that feeds the program hostile parts checks that each piece was printed.
*/
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {projectRoot} from './terminal.js';

export type MessageSite = {readonly file: string; readonly text: string};

/** The literal pieces of a string or template literal that starts at `start` (its quote). */
function literalPieces(source: string, start: number): string[] {
	const quote = source[start]!;
	const pieces: string[] = [];
	let piece = '';
	let depth = 0;
	for (let index = start + 1; index < source.length; index++) {
		const character = source[index]!;
		if (depth === 0) {
			if (character === '\\') {
				piece += source[++index] ?? '';
			} else if (character === quote) {
				return [...pieces, piece];
			} else if (quote === '`' && character === '$' && source[index + 1] === '{') {
				depth = 1;
				index++;
				pieces.push(piece);
				piece = '';
			} else {
				piece += character;
			}
		} else if (character === '{') {
			depth++;
		} else if (character === '}') {
			depth--;
		}
	}

	return [...pieces, piece];
}

async function sourceFiles(directory: string): Promise<string[]> {
	const entries = await readdir(directory, {withFileTypes: true, recursive: true});
	return entries
		.filter(entry => entry.isFile() && /\.tsx?$/v.test(entry.name))
		.map(entry => path.join(entry.parentPath, entry.name));
}

/** Each message site whose literal text has a piece of `shortest` characters or more. */
export async function messageSites(shortest = 8): Promise<MessageSite[]> {
	const sites: MessageSite[] = [];
	for (const file of await sourceFiles(path.join(projectRoot, 'source'))) {
		// eslint-disable-next-line no-await-in-loop
		const source = await readFile(file, 'utf8');
		for (const match of source.matchAll(/(?:new (?:ResumeError|UsageError)|\bfail)\(\s*(?=[`'"])/gv)) {
			const pieces = literalPieces(source, match.index + match[0].length);
			const text = pieces.toSorted((a, b) => b.length - a.length)[0]!.trim();
			if (text.length >= shortest) {
				sites.push({file: path.relative(projectRoot, file), text});
			}
		}
	}

	return sites;
}
