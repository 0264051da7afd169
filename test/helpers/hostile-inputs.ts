/*
Inputs made to cost the program as much as a 5 MB résumé can, generated when a test or the bench runs: never
committed. Each is text, to be written to a file for `--data`.
*/

const digits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A name of three characters for each number below 62³, so that 150,000 entries fit in 5 MB. */
export function entryName(index: number): string {
	return [3844, 62, 1].map(place => digits[Math.floor(index / place) % 62]).join('');
}

/**
A valid JSON résumé of `entries` companies, each with a start date (so the timeline has a row for each), just
under the 5 MB limit at 150,000: the crash, a spread of every row into Math.min.
*/
export function manyEntries(entries = 150_000): string {
	const work = Array.from({length: entries}, (_, index) => ({name: entryName(index), startDate: '2020'}));
	return JSON.stringify({basics: {name: 'Many'}, work});
}

/** A field the schema does not know, nested `levels` deep. */
export function deepUnknownField(levels = 3000): string {
	return `{"basics": {"name": "Deep"}, "extra": ${'['.repeat(levels)}1${']'.repeat(levels)}}`;
}

/** Invalid JSON nested `levels` deep: it must get a syntax error, not a stack overflow. */
export function deepInvalidJson(levels = 5000): string {
	return '['.repeat(levels) + 'x';
}

/** One work entry with `count` highlights, each with a link to it: 42 s of matching before. */
export function manyLinks(count = 5000): string {
	const highlights = Array.from({length: count}, (_, index) => `Highlight number ${index} ${'w'.repeat(50)}`);
	const highlightLinks = highlights.map((_, index) => ({
		highlight: `number ${index} `,
		url: `https://example.com/${index}`,
	}));
	return JSON.stringify({basics: {name: 'Links'}, work: [{name: 'Acme', highlights, highlightLinks}]});
}

/** The "billion laughs": 9⁹ strings from 360 bytes of YAML aliases. */
export function aliasBomb(): string {
	const names = [...'abcdefghi'];
	const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
	for (const [index, name] of names.slice(1).entries()) {
		lines.push(`${name}: &${name} [${Array.from({length: 9}, () => `*${names[index]!}`).join(', ')}]`);
	}

	return [...lines, 'basics:', '  name: Laughs', ''].join('\n');
}

/** One 1 MB highlight named by an alias 2,000 times: 2 GB once expanded. */
export function repeatedHighlight(): string {
	return `work:\n  - name: Acme\n    highlights:\n      - &h ${'x'.repeat(1024 * 1024)}\n${'      - *h\n'.repeat(2000)}`;
}
