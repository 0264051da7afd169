import type {KeyPress} from './keymap.js';
import {layoutFrame, type Content, type FrameLayout, type TerminalSize} from './frame-layout.js';
import {fitNavState, initialNavState, navigate, type NavState} from './navigation.js';

/**
Everything the app's screen is a function of: what it shows, the terminal's size, and where the reader is,
with cursors and scroll positions always inside the content as laid out for that size.
*/
export type Model = {
	readonly content: Content;
	readonly size: TerminalSize;
	readonly nav: NavState;
};

/** What can happen to the app: a key pressed (already read as a command), keys that came together, the terminal resized. */
export type Message =
	| {readonly type: 'key'; readonly press: KeyPress}
	| {readonly type: 'keys'; readonly presses: readonly KeyPress[]}
	| ({readonly type: 'resize'} & TerminalSize);

export function initialModel(content: Content, size: TerminalSize): Model {
	return fitted({content, size, nav: initialNavState(content.sections.length)});
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
			const frame = frameOf(model);
			if (!frame) {
				return model;
			}

			const nav = navigate(model.nav, message.press, frame.shape);
			return nav === model.nav ? model : fitted({...model, nav});
		}
	}
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
