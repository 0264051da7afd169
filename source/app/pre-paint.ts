import type {Content, TerminalSize} from './frame-layout.js';
import {CellWriter} from './cell-writer.js';
import {handOver} from './ink-log-update.js';
import type {TerminalStream} from './terminal-size.js';
import {initialModel} from './update.js';
import {view} from './view.js';

/** The same sequences Ink writes to enter the alternate screen, and leaves it with: the exit restores exactly. */
const enterAlternateScreen = '\u001B[?1049h\u001B[?25l';
const exitAlternateScreen = '\u001B[?1049l\u001B[?25h';
const beginSynchronized = '\u001B[?2026h';
const endSynchronized = '\u001B[?2026l';

type PrePaintOptions = {
	readonly content: Content;
	readonly size: TerminalSize;
	readonly stdin: {setRawMode(mode: boolean): unknown};
	readonly stdout: TerminalStream & {write(data: string): unknown};
};

/**
Draws the app's first frame straight from its view, before Ink, React and Yoga are loaded, and hands the screen
to the writer Ink will draw with: Ink's own first frame is the same, so its takeover writes nothing. Returns
what gives the terminal back, for when the app cannot start after all.
*/
export function prePaint({content, size, stdin, stdout}: PrePaintOptions): () => void {
	// From now on a key is neither echoed nor lost: it waits, unread, until the app reads the keyboard.
	stdin.setRawMode(true);
	const writer = new CellWriter();
	const frame = writer.whole(view(initialModel(content, size)), size.columns);
	stdout.write(enterAlternateScreen + beginSynchronized + frame + endSynchronized);
	handOver(stdout, {writer, alternateScreen: true});
	return () => {
		stdout.write(exitAlternateScreen);
		stdin.setRawMode(false);
	};
}
