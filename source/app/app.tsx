import {useApp, useInput} from 'ink';
import {useReducer} from 'react';
import type {Content, TerminalSize} from './frame-layout.js';
import {commandsFor} from './keymap.js';
import {Lines} from './lines.js';
import {initialModel, update} from './update.js';
import {view} from './view.js';

export type AppProps = {
	/** What the app shows; only its theme may change (a late answer about the background). */
	readonly content: Content;
	/** The terminal's size: the host renders the app again, synchronously, whenever it changes. */
	readonly size: TerminalSize;
	/** False when there is no keyboard to read (stdin is not a terminal). */
	readonly isInteractive: boolean;
};

/** The interactive résumé: the model held by one reducer, keys and resizes sent to it, its view drawn. */
export function App({content, size, isInteractive}: AppProps) {
	const {exit} = useApp();
	const [model, dispatch] = useReducer(update, undefined, () => initialModel(content, size));
	// A new size is applied while rendering, so that no frame is ever drawn for the old one: Ink redraws
	// as soon as the terminal is resized, and a frame taller than the terminal would scroll it.
	if (size.columns !== model.size.columns || size.rows !== model.size.rows) {
		dispatch({type: 'resize', ...size});
	}

	if (content.theme !== model.content.theme) {
		dispatch({type: 'restyle', theme: content.theme});
	}

	useInput(
		(input, key) => {
			for (const press of commandsFor(input, key)) {
				if (press.command === 'quit') {
					exit();
					return;
				}

				dispatch({type: 'key', press});
			}
		},
		{isActive: isInteractive},
	);

	return <Lines lines={view(model)} />;
}
