import {searchResultsScreen} from '../screens/search-results.js';
import type {Screen} from '../screens/types.js';
import {searchIndex} from '../search/index-entries.js';
import {find, type Found} from '../search/match.js';
import type {Content} from './frame-layout.js';

/** Matches a search lists at most: the best of them; more words narrow it down. */
export const matchesShown = 50;

/** What a query finds in the content (the index made once per content, the last query remembered). */
export function searchFound(content: Content, query: string): Found {
	return find(searchIndex(content.sections), query, matchesShown);
}

const screens = new WeakMap<Found, Screen>();

/** The matches of a query as a screen to lay out, the same screen for the same search. */
export function searchScreen(content: Content, query: string): Screen {
	const found = searchFound(content, query);
	let screen = screens.get(found);
	if (!screen) {
		screen = searchResultsScreen(query, found);
		screens.set(found, screen);
	}

	return screen;
}
