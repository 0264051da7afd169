import {commandFor, type KeyPress, type Keystroke} from './keymap.js';
import {layoutFrame, type Content, type FrameLayout, type TerminalSize} from './frame-layout.js';
import {
	chooseLink,
	highlightLink,
	layerCommand,
	linksHere,
	openFailed,
	startLinkAction,
	type LinkState,
} from './link-actions.js';
import {fitLevel, fitNavState, initialNavState, jumpTo, navigate, type NavState} from './navigation.js';
import {searchFound} from './search-found.js';
import {
	editQuery,
	moveSearch,
	openedSearch,
	readSearchKey,
	searchMovement,
	type SearchAction,
	type SearchState,
} from './search-update.js';

/**
Everything the app's screen is a function of: what it shows, the terminal's size, and where the reader is,
with cursors and scroll positions always inside the content as laid out for that size.
*/
export type Model = {
	readonly content: Content;
	readonly size: TerminalSize;
	readonly nav: NavState;
	/** A link being chosen or shown, what the host is asked to do with one, and what the footer says of it. */
	readonly links: LinkState;
	/** The search line, while it is open; `nav` stays where the reader was, for Esc to go back to. */
	readonly search?: SearchState;
	/** The reader asked to quit: the host ends the session. */
	readonly quit?: true;
};

/**
What can happen to the app: a key pressed (already read as a command), keys that came together, keys as
the terminal typed them (read here, since what a key means depends on the mode), the terminal resized.
*/
export type Message =
	| {readonly type: 'key'; readonly press: KeyPress}
	| {readonly type: 'keys'; readonly presses: readonly KeyPress[]}
	| {readonly type: 'strokes'; readonly strokes: readonly Keystroke[]}
	| ({readonly type: 'resize'} & TerminalSize)
	/** The link chooser's highlight moved, or a link was chosen in it (it reads its own keys). */
	| {readonly type: 'highlight-link' | 'choose-link'; readonly index: number}
	/** The host could not open the browser for this URL. */
	| {readonly type: 'open-failed'; readonly url: string};

/**
Key presses applied per message that each lay out a frame (a move, an open). A paste of a megabyte, applied key
by key, took minutes; typing and key repeat come a few keys a frame, and what a paste has beyond these is dropped.
Typing into the search line lays out nothing, and is not counted.
*/
export const pressesPerFrame = 16;

export function initialModel(content: Content, size: TerminalSize): Model {
	return fitted({content, size, nav: initialNavState(content.sections.length), links: {}});
}

/** The one place the app's state changes. Returns the same model when nothing changed. */
export function update(model: Model, message: Message): Model {
	switch (message.type) {
		case 'resize': {
			const {columns, rows} = message;
			return columns === model.size.columns && rows === model.size.rows
				? model
				: fitted({...model, size: {columns, rows}});
		}

		case 'keys': {
			let next = model;
			for (const press of message.presses) {
				next = update(next, {type: 'key', press});
			}

			return next;
		}

		case 'strokes': {
			return applyStrokes(model, message.strokes);
		}

		case 'key': {
			return pressed(model, message.press);
		}

		case 'highlight-link':
		case 'choose-link': {
			const {layer} = model.links;
			if (!layer) {
				return model;
			}

			const {separator} = model.content.theme.glyphs;
			return {
				...model,
				links:
					message.type === 'choose-link'
						? chooseLink(layer, message.index, separator)
						: highlightLink(layer, message.index),
			};
		}

		case 'open-failed': {
			return {...model, links: openFailed(message.url)};
		}
	}
}

/** A command of the key map, outside search: to the link layer when one is open, to `o` and `y`, or to navigation. */
function pressed(model: Model, press: KeyPress): Model {
	if (press.command === 'quit') {
		return {...model, quit: true};
	}

	if (press.command === 'search' && model.nav.help === undefined && !model.links.layer) {
		return {...model, search: openedSearch, links: {}};
	}

	const frame = frameOf(model);
	if (!frame) {
		return model;
	}

	const {layer} = model.links;
	if (layer) {
		return {...model, links: layerCommand(layer, press.command)};
	}

	const {command} = press;
	if (command === 'open-link' || command === 'copy-link') {
		const {browser = false, theme} = model.content;
		const links = startLinkAction(command === 'open-link' ? 'open' : 'copy', linksHere(frame, model.nav), {
			browser,
			separator: theme.glyphs.separator,
		});
		return (links.layer ?? links.request) ? {...model, links} : model;
	}

	const cleared = model.links.notice !== undefined || model.links.request ? {...model, links: {}} : model;
	const nav = navigate(model.nav, press, frame.shape);
	return nav === model.nav ? cleared : fitted({...cleared, nav});
}

type Read =
	{readonly type: 'press'; readonly press: KeyPress} | {readonly type: 'search'; readonly action: SearchAction};

/** What a key means where the reader is: text or a search command while searching, else a key map command. */
function read(model: Model, stroke: Keystroke): Read | undefined {
	if (model.search) {
		const action = readSearchKey(stroke);
		return action && {type: 'search', action};
	}

	const press = commandFor(stroke.input, stroke.key);
	return press && (!isChoosing(model) || readWhileChoosing(press)) ? {type: 'press', press} : undefined;
}

/** Whether the link chooser shows: its keys are its own then (ink-select-input reads them), but for these. */
export function isChoosing(model: Model): boolean {
	return model.links.layer?.kind === 'choose';
}

/** The keys the app reads while the chooser shows: Esc closes it, and quit quits. */
export function readWhileChoosing(press: KeyPress | undefined): boolean {
	return press?.command === 'back' || press?.command === 'quit';
}

/** Whether a key lays out a frame: moving and opening do; typing, opening and closing the search line do not. */
function laysOut(read: Read): boolean {
	if (read.type === 'press') {
		return read.press.command !== 'search' && read.press.command !== 'quit';
	}

	const {action} = read;
	return action.type === 'command' && (action.command === 'jump' || searchMovement(action.command) !== undefined);
}

/** Keys one after another, each read in the mode the ones before it left; a quit ends them. */
function applyStrokes(model: Model, strokes: readonly Keystroke[]): Model {
	let next = model;
	let layouts = 0;
	for (const stroke of strokes) {
		const meaning = read(next, stroke);
		if (!meaning) {
			continue;
		}

		if (laysOut(meaning)) {
			if (layouts >= pressesPerFrame) {
				continue;
			}

			layouts++;
		}

		next = meaning.type === 'press' ? pressed(next, meaning.press) : searched(next, next.search!, meaning.action);
		if (next.quit) {
			return next;
		}
	}

	return next;
}

/** A key while searching. */
function searched(model: Model, search: SearchState, action: SearchAction): Model {
	if (action.type === 'text') {
		return withSearch(model, editQuery(search, action));
	}

	const movement = searchMovement(action.command);
	if (movement) {
		const frame = frameOf(model);
		return frame ? withSearch(model, moveSearch(search, movement, frame.shape.view)) : model;
	}

	if (action.command === 'quit') {
		return {...model, quit: true};
	}

	if (action.command === 'close') {
		return closed(model);
	}

	if (action.command === 'jump') {
		const entry = searchFound(model.content, search.query).entries[search.level.cursor];
		return entry ? fitted({...closed(model), nav: jumpTo(model.nav, entry.target.section, entry.target.path)}) : model;
	}

	// Editing the query; Ctrl+Z, which the host acts on before it gets here, changes nothing.
	return withSearch(model, editQuery(search, action));
}

function withSearch(model: Model, search: SearchState): Model {
	return search === model.search ? model : {...model, search};
}

/** The search line closed: the reader is where they were, fitted to the size the terminal has now. */
function closed(model: Model): Model {
	const {search: _, ...rest} = model;
	return fitted(rest);
}

/** Brings cursors and scroll positions inside the content as it is laid out for the model's size. */
function fitted(model: Model): Model {
	const frame = frameOf(model);
	if (!frame) {
		return model;
	}

	if (model.search) {
		const level = fitLevel(model.search.level, frame.shape.view);
		const same = level.cursor === model.search.level.cursor && level.offset === model.search.level.offset;
		return same ? model : {...model, search: {...model.search, level}};
	}

	const nav = fitNavState(model.nav, frame.shape);
	return nav === model.nav ? model : {...model, nav};
}

/** Frames laid out per model, so that update and view, which both need one, lay it out once. */
const frames = new WeakMap<Model, FrameLayout | undefined>();

/** The frame layout of a model; nothing when the terminal is too small. */
export function frameOf(model: Model): FrameLayout | undefined {
	if (frames.has(model)) {
		return frames.get(model);
	}

	const frame = layoutFrame(model.content, model.size, model.nav, model.search);
	frames.set(model, frame);
	return frame;
}
