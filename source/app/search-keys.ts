import {boundCommand, keymap, type Binding, type Hint, type Keystroke} from './keymap.js';

/** What a key does while the search line is open; any other character is typed into the query. */
export type SearchCommand =
	| 'previous'
	| 'next'
	| 'page-up'
	| 'page-down'
	| 'first'
	| 'last'
	| 'jump'
	| 'close'
	| 'delete'
	| 'delete-word'
	| 'clear'
	| 'suspend'
	| 'quit';

/**
The keys of the search line, as data like the key map: dispatch, the footer and the help come from it.
Letters are not here: while searching they are text, so q types q and only Ctrl+C quits.
*/
export const searchKeymap: ReadonlyArray<Binding<SearchCommand>> = [
	{
		command: 'previous',
		description: 'Previous match',
		keys: [
			{label: '↑', key: 'upArrow'},
			{label: 'Ctrl+P', input: 'p', ctrl: true},
		],
	},
	{
		command: 'next',
		description: 'Next match',
		keys: [
			{label: '↓', key: 'downArrow'},
			{label: 'Ctrl+N', input: 'n', ctrl: true},
		],
	},
	{command: 'page-up', description: 'Page up the matches', keys: [{label: 'PgUp', key: 'pageUp'}]},
	{command: 'page-down', description: 'Page down the matches', keys: [{label: 'PgDn', key: 'pageDown'}]},
	{command: 'first', description: 'First match', keys: [{label: 'Home', key: 'home'}]},
	{command: 'last', description: 'Last match', keys: [{label: 'End', key: 'end'}]},
	{command: 'jump', description: 'Go to the match, selected in its section', keys: [{label: 'Enter', key: 'return'}]},
	{command: 'close', description: 'Leave search, back where you were', keys: [{label: 'Esc', key: 'escape'}]},
	{
		command: 'delete',
		description: 'Delete a character',
		keys: [
			{label: 'Backspace', key: 'backspace'},
			{label: 'Delete', key: 'delete'},
		],
	},
	{command: 'delete-word', description: 'Delete a word', keys: [{label: 'Ctrl+W', input: 'w', ctrl: true}]},
	{command: 'clear', description: 'Clear the query', keys: [{label: 'Ctrl+U', input: 'u', ctrl: true}]},
	{command: 'suspend', description: 'Suspend (fg resumes)', keys: [{label: 'Ctrl+Z', input: 'z', ctrl: true}]},
	{command: 'quit', description: 'Quit', keys: [{label: 'Ctrl+C', input: 'c', ctrl: true}]},
];

/** The footer's hints while searching. */
export const searchHints: ReadonlyArray<Hint<SearchCommand>> = [
	{commands: ['previous', 'next'], keys: glyphs => `${glyphs.up}${glyphs.down}`, text: 'move', drop: 3},
	{commands: ['jump'], keys: glyphs => glyphs.enter, text: 'go to', drop: 2},
	{commands: ['close'], keys: () => 'esc', text: 'close', drop: 1},
	{commands: ['quit'], keys: () => 'ctrl+c', text: 'quit', drop: 0},
];

/** Whether a key types text: a character, not a named key, neither Ctrl nor Alt held. */
export function typedText({input, key}: Keystroke): string | undefined {
	return notText.some(name => key[name]) || input === '' ? undefined : input;
}

const notText = [
	'ctrl',
	'meta',
	'return',
	'escape',
	'tab',
	'backspace',
	'delete',
	'upArrow',
	'downArrow',
	'leftArrow',
	'rightArrow',
	'pageUp',
	'pageDown',
	'home',
	'end',
] as const;

/**
A key the host acts on as it arrives, the same in every mode: Ctrl+C quits, Ctrl+Z suspends. (q, which
quits only outside search, is the model's to read.)
*/
export function immediateCommand({input, key}: Keystroke): 'quit' | 'suspend' | undefined {
	const everywhere = boundCommand(keymap, input, key)?.command;
	const searching = boundCommand(searchKeymap, input, key)?.command;
	return (everywhere === 'quit' || everywhere === 'suspend') && searching === everywhere ? everywhere : undefined;
}
