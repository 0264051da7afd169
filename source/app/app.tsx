import {Box, useApp, useInput} from 'ink';
import {useEffect, useReducer, useRef} from 'react';
import type {Content, TerminalSize} from './frame-layout.js';
import {commandsFor, type KeyPress} from './keymap.js';
import {LinkChooser} from './link-chooser.js';
import {Lines} from './lines.js';
import {initialModel, update} from './update.js';
import {chooserPlacement, view} from './view.js';

export type AppProps = {
	readonly content: Content;
	/** The terminal's size: the host renders the app again, synchronously, whenever it changes. */
	readonly size: TerminalSize;
	/** False when there is no keyboard to read (stdin is not a terminal). */
	readonly isInteractive: boolean;
	/** Ctrl+Z: where the host can stop the program (a local terminal), it does; elsewhere the key does nothing. */
	readonly onSuspend?: () => void;
	/** Opens exactly this URL in the browser; rejects when it cannot, and the URL is then shown instead. */
	readonly openUrl?: (url: string) => Promise<void>;
	/** Puts exactly this URL on the clipboard (OSC 52, through the terminal). */
	readonly copyUrl?: (url: string) => void;
};

/**
Key presses applied per frame. Each is a layout of the frame, so a paste of a megabyte, applied key by key,
took minutes; typing and key repeat come a few keys a frame, and what a paste has beyond these is dropped.
*/
export const pressesPerFrame = 16;

/** Frames come at most this often (Ink draws at most 30 a second): keys that arrive meanwhile wait for the next. */
const frameInterval = 33;

/** The interactive résumé: the model held by one reducer, keys and resizes sent to it, its view drawn. */
export function App({content, size, isInteractive, onSuspend, openUrl, copyUrl}: AppProps) {
	const {exit} = useApp();
	const [model, dispatch] = useReducer(update, undefined, () => initialModel(content, size));
	const pending = useRef<KeyPress[]>([]);
	const flush = useRef<NodeJS.Timeout | undefined>(undefined);
	const lastFlush = useRef(0);
	useEffect(
		() => () => {
			clearTimeout(flush.current);
		},
		[],
	);
	// A new size is applied while rendering, so that no frame is ever drawn for the old one: Ink redraws
	// as soon as the terminal is resized, and a frame taller than the terminal would scroll it.
	if (size.columns !== model.size.columns || size.rows !== model.size.rows) {
		dispatch({type: 'resize', ...size});
	}

	const {request} = model.links;
	useEffect(() => {
		if (request?.action === 'copy') {
			copyUrl?.(request.url);
		} else if (request?.action === 'open') {
			openUrl?.(request.url).catch(() => {
				dispatch({type: 'open-failed', url: request.url});
			});
		}
	}, [request, openUrl, copyUrl]);

	useInput(
		(input, key) => {
			// While the chooser is open, its keys are its own (ink-select-input reads them): only Esc and quit are the app's.
			const choosing = model.links.layer?.kind === 'choose';
			const presses = commandsFor(input, key).filter(
				press => !choosing || press.command === 'back' || press.command === 'quit',
			);
			// Quitting and suspending act at once, whatever came before them in the same chunk of input.
			if (presses.some(press => press.command === 'quit')) {
				pending.current = [];
				exit();
				return;
			}

			if (presses.some(press => press.command === 'suspend')) {
				onSuspend?.();
				return;
			}

			const room = pressesPerFrame - pending.current.length;
			pending.current = [...pending.current, ...presses.slice(0, Math.max(0, room))];
			// The keys of every chunk that arrives before the next frame is due make that frame: the first key
			// after a pause at once, a paste or a held key once a frame.
			const due = Math.max(0, lastFlush.current + frameInterval - performance.now());
			flush.current ??= setTimeout(() => {
				flush.current = undefined;
				lastFlush.current = performance.now();
				const presses = pending.current;
				pending.current = [];
				dispatch({type: 'keys', presses});
			}, due);
		},
		{isActive: isInteractive},
	);

	const lines = view(model);
	const chooser = chooserPlacement(model);
	if (!chooser) {
		return <Lines lines={lines} />;
	}

	// The chooser's rows are ink-select-input's, drawn where the view has them, one column in as every line is.
	const {row, choices} = chooser;
	return (
		<Box flexDirection="column">
			<Lines lines={lines.slice(0, row)} />
			<Box paddingLeft={1} width={chooser.width + 1} flexDirection="column">
				<LinkChooser
					choices={choices}
					cursor={chooser.cursor}
					theme={content.theme}
					onHighlight={index => {
						dispatch({type: 'highlight-link', index});
					}}
					onSelect={index => {
						dispatch({type: 'choose-link', index});
					}}
				/>
			</Box>
			<Lines lines={lines.slice(row + choices.length)} />
		</Box>
	);
}
