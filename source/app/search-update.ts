import {safeText} from '../text/safe-text.js';
import {boundCommand, type Keystroke} from './keymap.js';
import {moveLevel, type Level, type Movement, type ViewMetrics} from './navigation.js';
import {searchKeymap, typedText, type SearchCommand} from './search-keys.js';

/** The search line while it is open: what is typed, and the cursor and scroll of the matches under it. */
export type SearchState = {readonly query: string; readonly level: Level};

export const openedSearch: SearchState = {query: '', level: {cursor: 0, offset: 0}};

/** Characters a query keeps: a paste longer than this is cut, as an input line of a form would. */
export const longestQuery = 200;

/** What a key means while searching: text typed into the query, or a command of the search key map. */
export type SearchAction =
	{readonly type: 'text'; readonly text: string} | {readonly type: 'command'; readonly command: SearchCommand};

export function readSearchKey(stroke: Keystroke): SearchAction | undefined {
	const press = boundCommand(searchKeymap, stroke.input, stroke.key);
	if (press) {
		return {type: 'command', command: press.command};
	}

	// What is typed is shown on the search line: no control character or escape code gets there.
	const text = safeText(typedText(stroke) ?? '');
	return text ? {type: 'text', text} : undefined;
}

const movements: Partial<Record<SearchCommand, Movement>> = {
	previous: 'up',
	next: 'down',
	'page-up': 'page-up',
	'page-down': 'page-down',
	first: 'top',
	last: 'bottom',
};

/** The movement a search command makes through the matches, if it is one. */
export function searchMovement(command: SearchCommand): Movement | undefined {
	return movements[command];
}

/** Moves through the matches, laid out as `view`. */
export function moveSearch(search: SearchState, movement: Movement, view: ViewMetrics): SearchState {
	const level = moveLevel(search.level, movement, view);
	return level.cursor === search.level.cursor && level.offset === search.level.offset ? search : {...search, level};
}

/** The query edited: typed into, or deleted from; a new query starts at its first match. Nothing else changes. */
export function editQuery(search: SearchState, action: SearchAction): SearchState {
	const query = editedQuery(search.query, action);
	return query === search.query ? search : {query, level: openedSearch.level};
}

function editedQuery(query: string, action: SearchAction): string {
	if (action.type === 'text') {
		return [...(query + action.text)].slice(0, longestQuery).join('');
	}

	return edits[action.command]?.(query) ?? query;
}

const edits: Partial<Record<SearchCommand, (query: string) => string>> = {
	delete: query => [...query].slice(0, -1).join(''),
	'delete-word': query => query.replace(/\S*\s*$/v, ''),
	clear: () => '',
};
