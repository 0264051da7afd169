import type {KeyPress} from './keymap.js';
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
import {fitNavState, initialNavState, navigate, type NavState} from './navigation.js';

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
};

/** What can happen to the app: a key pressed (already read as a command), keys that came together, the terminal resized. */
export type Message =
	| {readonly type: 'key'; readonly press: KeyPress}
	| {readonly type: 'keys'; readonly presses: readonly KeyPress[]}
	| ({readonly type: 'resize'} & TerminalSize)
	/** The link chooser's highlight moved, or a link was chosen in it (it reads its own keys). */
	| {readonly type: 'highlight-link' | 'choose-link'; readonly index: number}
	/** The host could not open the browser for this URL. */
	| {readonly type: 'open-failed'; readonly url: string};

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

		case 'key': {
			return pressedKey(model, message.press);
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

/** A key: to the link layer when one is open, to `o` and `y`, or to navigation. What the footer said goes. */
function pressedKey(model: Model, press: KeyPress): Model {
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

/** Brings cursors and scroll positions inside the content as it is laid out for the model's size. */
function fitted(model: Model): Model {
	const frame = frameOf(model);
	const nav = frame ? fitNavState(model.nav, frame.shape) : model.nav;
	return nav === model.nav ? model : {...model, nav};
}

/** Frames laid out per model, so that update and view, which both need one, lay it out once. */
const frames = new WeakMap<Model, FrameLayout | undefined>();

/** The frame layout of a model; nothing when the terminal is too small. */
export function frameOf(model: Model): FrameLayout | undefined {
	if (frames.has(model)) {
		return frames.get(model);
	}

	const frame = layoutFrame(model.content, model.size, model.nav);
	frames.set(model, frame);
	return frame;
}
