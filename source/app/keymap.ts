import type {Key} from 'ink';
import type {Glyphs} from '../theme/theme.js';

/** Everything a key can ask the app to do. */
export type Command =
	| 'up'
	| 'down'
	| 'open'
	| 'back'
	| 'next-section'
	| 'previous-section'
	| 'go-to-section'
	| 'top'
	| 'bottom'
	| 'page-up'
	| 'page-down'
	| 'open-link'
	| 'copy-link'
	| 'help'
	| 'search'
	| 'suspend'
	| 'quit';

type KeyName = Exclude<keyof Key, 'eventType' | 'isActive'>;

/** One key: a typed character, a named key, or a named key with modifiers. */
export type KeySpec = {
	readonly label: string;
	readonly input?: string;
	readonly key?: KeyName;
	readonly ctrl?: boolean;
	readonly shift?: boolean;
	/** Matches any of these characters; the command's argument is the position of the one typed. */
	readonly anyOf?: string;
};

export type Binding<C extends string = Command> = {
	readonly command: C;
	readonly description: string;
	readonly keys: readonly KeySpec[];
};

/** The one key map: dispatch, the footer and the help overlay are all generated from it. */
export const keymap: readonly Binding[] = [
	{
		command: 'up',
		description: 'Move up',
		keys: [
			{label: '↑', key: 'upArrow'},
			{label: 'k', input: 'k'},
		],
	},
	{
		command: 'down',
		description: 'Move down',
		keys: [
			{label: '↓', key: 'downArrow'},
			{label: 'j', input: 'j'},
		],
	},
	{
		command: 'open',
		description: 'Open',
		keys: [
			{label: 'Enter', key: 'return'},
			{label: '→', key: 'rightArrow'},
			{label: 'l', input: 'l'},
		],
	},
	{
		command: 'back',
		description: 'Back, or close help',
		keys: [
			{label: 'Esc', key: 'escape'},
			{label: '←', key: 'leftArrow'},
			{label: 'h', input: 'h'},
			{label: 'Backspace', key: 'backspace'},
		],
	},
	{command: 'next-section', description: 'Next section', keys: [{label: 'Tab', key: 'tab', shift: false}]},
	{
		command: 'previous-section',
		description: 'Previous section',
		keys: [{label: 'Shift+Tab', key: 'tab', shift: true}],
	},
	{command: 'go-to-section', description: 'Section by number', keys: [{label: '1–9', anyOf: '123456789'}]},
	{
		command: 'top',
		description: 'Top',
		keys: [
			{label: 'g', input: 'g'},
			{label: 'Home', key: 'home'},
		],
	},
	{
		command: 'bottom',
		description: 'Bottom',
		keys: [
			{label: 'G', input: 'G'},
			{label: 'End', key: 'end'},
		],
	},
	{
		command: 'page-up',
		description: 'Page up',
		keys: [
			{label: 'PgUp', key: 'pageUp'},
			{label: 'Ctrl+U', input: 'u', ctrl: true},
		],
	},
	{
		command: 'page-down',
		description: 'Page down',
		keys: [
			{label: 'PgDn', key: 'pageDown'},
			{label: 'Ctrl+D', input: 'd', ctrl: true},
			{label: 'Space', input: ' '},
		],
	},
	{command: 'open-link', description: 'Open the link in the browser', keys: [{label: 'o', input: 'o'}]},
	{command: 'copy-link', description: 'Copy the link', keys: [{label: 'y', input: 'y'}]},
	{command: 'help', description: 'Show or hide help', keys: [{label: '?', input: '?'}]},
	{command: 'search', description: 'Search everything', keys: [{label: '/', input: '/'}]},
	// Raw mode turns Ctrl+Z into a key; the host stops the program as the shell would (where it can).
	{command: 'suspend', description: 'Suspend (fg resumes)', keys: [{label: 'Ctrl+Z', input: 'z', ctrl: true}]},
	{
		command: 'quit',
		description: 'Quit',
		keys: [
			{label: 'q', input: 'q'},
			{label: 'Ctrl+C', input: 'c', ctrl: true},
		],
	},
];

export type KeyPress<C extends string = Command> = {readonly command: C; readonly argument: number};

/** One key as Ink reads it: the characters it typed and which named key or modifiers it was. */
export type Keystroke = {readonly input: string; readonly key: Partial<Key>};

/** Keys that a terminal sends as one character, by name. */
const namedCharacters = new Map<string, Partial<Key>>([
	['\r', {return: true}],
	['\t', {tab: true}],
	['\u007F', {backspace: true}],
	['\b', {backspace: true}],
]);

/**
The commands in one chunk of input. Ink hands keys that arrive together (fast typing, key repeat, a slow
SSH link) to `useInput` as one string, "jjj"; each of its characters is a key press of its own.
*/
export function commandsFor(input: string, key: Partial<Key>): KeyPress[] {
	return keystrokes(input, key).flatMap(stroke => {
		const press = commandFor(stroke.input, stroke.key);
		return press ? [press] : [];
	});
}

/** The keys in one chunk of input, each character of a string of them a key of its own. */
export function keystrokes(input: string, key: Partial<Key>): Keystroke[] {
	const characters = [...input];
	if (characters.length <= 1 || key.ctrl === true || key.meta === true) {
		return [{input, key}];
	}

	return characters.map(character => ({input: character, key: namedCharacters.get(character) ?? {}}));
}

/** The command bound to a key press, if any. */
export function commandFor(input: string, key: Partial<Key>): KeyPress | undefined {
	return boundCommand(keymap, input, key);
}

/** The command a key map binds to a key press, if any. */
export function boundCommand<C extends string>(
	map: ReadonlyArray<Binding<C>>,
	input: string,
	key: Partial<Key>,
): KeyPress<C> | undefined {
	for (const binding of map) {
		for (const spec of binding.keys) {
			const argument = matches(spec, input, key);
			if (argument !== undefined) {
				return {command: binding.command, argument};
			}
		}
	}

	return undefined;
}

function matches(spec: KeySpec, input: string, key: Partial<Key>): number | undefined {
	if (Boolean(key.ctrl) !== Boolean(spec.ctrl)) {
		return undefined;
	}

	if (spec.shift !== undefined && Boolean(key.shift) !== spec.shift) {
		return undefined;
	}

	if (spec.key) {
		return key[spec.key] ? 0 : undefined;
	}

	if (spec.anyOf) {
		const index = input.length === 1 ? spec.anyOf.indexOf(input) : -1;
		return index === -1 ? undefined : index;
	}

	return input === spec.input ? 0 : undefined;
}

/** A footer hint: the commands it stands for, its keys drawn with the theme's glyphs, and a word. */
export type Hint<C extends string = Command> = {
	readonly commands: readonly C[];
	readonly keys: (glyphs: Glyphs) => string;
	readonly text: string;
	/** What the hint says while the help overlay is open, where it differs. */
	readonly inHelp?: string;
	/** When the footer is short of space, hints with a higher number are dropped first. */
	readonly drop: number;
};

/** Footer hints in the order they are shown. */
export const hints: readonly Hint[] = [
	{commands: ['up', 'down'], keys: glyphs => `${glyphs.up}${glyphs.down}`, text: 'move', inHelp: 'scroll', drop: 4},
	{commands: ['open'], keys: glyphs => glyphs.enter, text: 'open', drop: 2},
	{commands: ['back'], keys: () => 'esc', text: 'back', inHelp: 'close', drop: 3},
	{commands: ['next-section'], keys: () => 'tab', text: 'section', drop: 8},
	{commands: ['open-link'], keys: () => 'o', text: 'open link', drop: 5},
	{commands: ['copy-link'], keys: () => 'y', text: 'copy', drop: 7},
	{commands: ['search'], keys: () => '/', text: 'search', drop: 6},
	{commands: ['help'], keys: () => '?', text: 'help', drop: 1},
	{commands: ['quit'], keys: () => 'q', text: 'quit', drop: 0},
];

/** Labels of a binding's keys as the help shows them, e.g. "↑ k". */
export function keyLabels(binding: Binding<string>): string {
	return binding.keys.map(spec => spec.label).join(' ');
}
