import {render} from 'ink';
import {Component, type ReactNode} from 'react';
import type {PartialDate, Resume} from '../resume/model.js';
import type {Theme} from '../theme/theme.js';
import {App} from './app.js';

const enterAlternateScreen = '\u001B[?1049h\u001B[H';
const leaveAlternateScreen = '\u001B[?1049l';
const showCursor = '\u001B[?25h';

/** What a terminal that does not say its size is taken to be. */
const fallbackSize = {columns: 80, rows: 24};

export type InteractiveOptions = {
	readonly resume: Resume;
	readonly theme: Theme;
	readonly today: PartialDate;
	readonly stdin: NodeJS.ReadStream;
	readonly stdout: NodeJS.WriteStream;
	readonly stderr: NodeJS.WriteStream;
};

/** A running interactive session: `done` settles when the reader quits; `stop` ends it from outside. */
export type Session = {
	readonly done: Promise<void>;
	readonly stop: () => void;
};

/**
Runs the app full-screen on the alternate screen, as `less` does, and gives the terminal back as it found
it, whichever way the session ends: a key, `stop()` (a signal, a hang-up) or an error.
*/
export function startInteractive({resume, theme, today, stdin, stdout, stderr}: InteractiveOptions): Session {
	let failed: (error: Error) => void = () => undefined;
	const failure = new Promise<never>((_, reject) => {
		failed = reject;
	});
	const app = () => (
		<ErrorBoundary onError={failed}>
			<App
				isInteractive
				resume={resume}
				theme={theme}
				today={today}
				columns={stdout.columns || fallbackSize.columns}
				rows={stdout.rows || fallbackSize.rows}
			/>
		</ErrorBoundary>
	);

	stdout.write(enterAlternateScreen);
	const instance = render(app(), {
		stdin,
		stdout,
		stderr,
		exitOnCtrlC: false,
		patchConsole: false,
		incrementalRendering: true,
	});
	// Ink redraws on a resize before the app has laid itself out for the new size, which would draw the
	// old frame, maybe taller than the terminal now is. Re-rendering first (synchronously) avoids that.
	const resized = () => {
		instance.rerender(app());
	};

	stdout.prependListener('resize', resized);
	let restored = false;
	const restore = () => {
		if (!restored) {
			restored = true;
			stdout.off('resize', resized);
			instance.unmount();
			stdout.write(leaveAlternateScreen + showCursor);
		}
	};

	const done = Promise.race([instance.waitUntilExit(), failure])
		.then(() => undefined)
		.finally(restore);
	return {done, stop: restore};
}

type BoundaryProps = {readonly children: ReactNode; readonly onError: (error: Error) => void};

/** Turns a rendering error into a failed session, instead of Ink's stack trace on the screen. */
class ErrorBoundary extends Component<BoundaryProps, {readonly failed: boolean}> {
	static getDerivedStateFromError() {
		return {failed: true};
	}

	override state = {failed: false};

	override componentDidCatch(error: Error) {
		this.props.onError(error);
	}

	override render(): ReactNode {
		return this.state.failed ? null : this.props.children;
	}
}
