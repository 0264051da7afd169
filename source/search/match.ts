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

const lastFound = new WeakMap<readonly IndexEntry[], {readonly query: string; readonly found: Found}>();

/**
The entries that contain every word of `query` (case and accents aside), ranked: whole words and titles first.
At most `limit` are given; the last search of each index is remembered, since every frame asks for it.
*/
export function find(index: readonly IndexEntry[], query: string, limit: number): Found {
	const last = lastFound.get(index);
	if (last?.query === query && last.found.entries.length === Math.min(limit, last.found.total)) {
		return last.found;
	}

	const terms = queryTerms(query);
	const scored: Array<{readonly entry: IndexEntry; readonly score: number; readonly order: number}> = [];
	if (terms.length > 0) {
		for (const [order, entry] of index.entries()) {
			const score = entryScore(entry, terms);
			if (score > 0) {
				scored.push({entry, score, order});
			}
		}
	}

	scored.sort((a, b) => b.score - a.score || a.order - b.order);
	const found = {entries: scored.slice(0, limit).map(({entry}) => entry), total: scored.length, terms};
	lastFound.set(index, {query, found});
	return found;
}
