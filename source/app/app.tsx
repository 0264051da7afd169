import {Box, useApp, useInput} from 'ink';
import {useEffect, useLayoutEffect, useReducer, useRef} from 'react';
import type {Content, TerminalSize} from './frame-layout.js';
import {commandFor, keystrokes, type Keystroke} from './keymap.js';
import {LinkChooser} from './link-chooser.js';
import {Lines} from './lines.js';
import {immediateCommand} from './search-keys.js';
import {initialModel, isChoosing, readWhileChoosing, update, type Message, type Model} from './update.js';
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
Keys kept from one chunk of input, and waiting for the next frame: a paste beyond these is dropped, the
keys typed last kept (a q after a paste still quits). The model applies a few of them that lay out a frame.
*/
const keysPerChunk = 256;
const keysWaiting = 1024;

/** Frames come at most this often (Ink draws at most 30 a second): keys that arrive meanwhile wait for the next. */
const frameInterval = 33;

/** The host's reducer: messages go to update, and a model the host has updated already is taken as it is. */
function hosted(model: Model, message: Message | {readonly type: 'model'; readonly model: Model}): Model {
	return message.type === 'model' ? message.model : update(model, message);
}

/** The interactive résumé: the model held by one reducer, keys and resizes sent to it, its view drawn. */
export function App({content, size, isInteractive, onSuspend, openUrl, copyUrl}: AppProps) {
	const {exit} = useApp();
	const [model, dispatch] = useReducer(hosted, undefined, () => initialModel(content, size));
	// The model as last drawn: keys are applied to it when their frame is due.
	const latest = useRef(model);
	useLayoutEffect(() => {
		latest.current = model;
	}, [model]);
	const pending = useRef<Keystroke[]>([]);
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
			const strokes = keystrokes(input, key);
			const now = new Set(strokes.map(stroke => immediateCommand(stroke)));
			// Ctrl+C and Ctrl+Z act at once, whatever came before them and in every mode; q is the model's to read.
			if (now.has('quit')) {
				pending.current = [];
				exit();
				return;
			}

			if (now.has('suspend')) {
				onSuspend?.();
				return;
			}

			// Keys typed while the chooser shows are its own, read by it at once: read later, against the list it has
			// closed onto by then, they would move that list.
			const kept =
				pending.current.length === 0 && isChoosing(latest.current)
					? strokes.filter(stroke => readWhileChoosing(commandFor(stroke.input, stroke.key)))
					: strokes;
			pending.current = [...pending.current, ...kept.slice(-keysPerChunk)].slice(-keysWaiting);
			// The keys of every chunk that arrives before the next frame is due make that frame: the first key
			// after a pause at once, a paste or a held key once a frame.
			const due = Math.max(0, lastFlush.current + frameInterval - performance.now());
			flush.current ??= setTimeout(() => {
				flush.current = undefined;
				lastFlush.current = performance.now();
				const strokes = pending.current;
				pending.current = [];
				const next = update(latest.current, {type: 'strokes', strokes});
				// A quit ends the session without drawing again: the last bytes written leave the alternate screen.
				if (next.quit) {
					exit();
				} else if (next !== latest.current) {
					dispatch({type: 'model', model: next});
				}
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
