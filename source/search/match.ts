import {fold} from './fold.js';
import type {Field, IndexEntry} from './index-entries.js';

/** The words of a query as search compares them: folded, each once. */
export function queryTerms(query: string): string[] {
	return [...new Set(fold(query).split(/\s+/v))].filter(Boolean);
}

/** How well a term matches a text: a whole word, the start of a word, or inside one. */
type Quality = 'word' | 'start' | 'inside';

const qualityScore: Record<Quality, number> = {word: 4, start: 2, inside: 1};

/** A match in a title counts more than any match elsewhere. */
const titleScore = 4;

const wordCharacter = /[\p{L}\p{N}]/v;

function isWordCharacter(character: string | undefined): boolean {
	return character !== undefined && wordCharacter.test(character);
}

/** The best way `term` occurs in `folded`, if it does. */
function matchQuality(folded: string, term: string): Quality | undefined {
	let best: Quality | undefined;
	for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
		if (!isWordCharacter(folded[at - 1])) {
			if (!isWordCharacter(folded[at + term.length])) {
				return 'word';
			}

			best = 'start';
		}

		best ??= 'inside';
	}

	return best;
}

function fieldScore(field: Field, term: string): number {
	const quality = matchQuality(field.folded, term);
	return quality === undefined ? 0 : qualityScore[quality] + (field.title ? titleScore : 0);
}

/** How well an entry matches every term; 0 when some term is in none of its texts. */
export function entryScore(entry: IndexEntry, terms: readonly string[]): number {
	let total = 0;
	for (const term of terms) {
		let best = 0;
		for (const field of entry.fields) {
			best = Math.max(best, fieldScore(field, term));
		}

		if (best === 0) {
			return 0;
		}

		total += best;
	}

	return total;
}

export type Found = {
	/** The best matches, best first; in reading order where they match as well. */
	readonly entries: readonly IndexEntry[];
	/** How many entries match, shown or not. */
	readonly total: number;
	readonly terms: readonly string[];
};

type Scored = {readonly entry: IndexEntry; readonly score: number; readonly order: number};

/** The last search of each index: every entry it matched, and what it gave. */
const lastFound = new WeakMap<
	readonly IndexEntry[],
	{readonly query: string; readonly terms: readonly string[]; readonly scored: readonly Scored[]; readonly found: Found}
>();

/**
The entries that contain every word of `query` (case and accents aside), ranked: whole words and titles first.
At most `limit` are given. The last search of each index is remembered, since every frame asks for it; a query
typed on from it (each of its words inside one of the new ones) looks only at what it matched.
*/
export function find(index: readonly IndexEntry[], query: string, limit: number): Found {
	const last = lastFound.get(index);
	if (last?.query === query && last.found.entries.length === Math.min(limit, last.found.total)) {
		return last.found;
	}

	const terms = queryTerms(query);
	const narrows =
		last !== undefined && last.terms.length > 0 && last.terms.every(old => terms.some(term => term.includes(old)));
	const candidates: Iterable<{readonly entry: IndexEntry; readonly order: number}> = narrows
		? last.scored
		: index.map((entry, order) => ({entry, order}));
	const scored: Scored[] = [];
	if (terms.length > 0) {
		for (const {entry, order} of candidates) {
			const score = entryScore(entry, terms);
			if (score > 0) {
				scored.push({entry, score, order});
			}
		}
	}

	const ranked = scored.toSorted((a, b) => b.score - a.score || a.order - b.order);
	const found = {entries: ranked.slice(0, limit).map(({entry}) => entry), total: scored.length, terms};
	// In reading order, as the index is, for the next query to narrow.
	lastFound.set(index, {query, terms, scored, found});
	return found;
}
