import {render, useApp} from 'ink';
import {Component, useEffect, type ReactNode} from 'react';
import type {PartialDate, Resume} from '../resume/model.js';
import {buildSections} from '../screens/sections.js';
import type {Theme} from '../theme/theme.js';
import {App} from './app.js';
import type {TerminalInput} from './terminal-input.js';
import {terminalSizeOf} from './terminal-size.js';

export type InteractiveOptions = {
	readonly resume: Resume;
	readonly theme: Theme;
	/** A theme to change to once it settles: for a background the terminal told only after the first frame. */
	readonly restyled?: Promise<Theme>;
	readonly today: PartialDate;
	/** The keyboard, with the terminal's answers to queries taken out. */
	readonly stdin: TerminalInput;
	readonly stdout: NodeJS.WriteStream;
	readonly stderr: NodeJS.WriteStream;
	/** Ctrl+Z was pressed: a host with job control suspends the session (`Session.suspend`) and stops. */
	readonly onSuspend?: () => void;
};

/**
A running interactive session: `done` settles when the reader quits; `stop` ends it from outside; `suspend`
gives the terminal back as it was (main screen, raw mode off) until `resume` takes it again and redraws.
*/
export type Session = {
	readonly done: Promise<void>;
	readonly stop: () => void;
	readonly suspend: () => Promise<{readonly resume: () => Promise<void>}>;
};

type SuspendTerminal = ReturnType<typeof useApp>['suspendTerminal'];

/**
Runs the app full-screen on the alternate screen, as `less` does, and gives the terminal back as it found
it, whichever way the session ends: a key, `stop()` (a signal, a hang-up) or an error.
*/
export function startInteractive(options: InteractiveOptions): Session {
	const {resume, theme, restyled, today, stdin, stdout, stderr, onSuspend} = options;
	let failed: (error: Error) => void = () => undefined;
	const failure = new Promise<never>((_, reject) => {
		failed = reject;
	});
	let content = {resume, sections: buildSections(resume), theme, today};
	// Ink's own way to hand the terminal over and take it back, which only a component can reach.
	let suspendTerminal: SuspendTerminal | undefined;
	const app = () => (
		<ErrorBoundary onError={failed}>
			<TerminalControl
				onReady={suspend => {
					suspendTerminal = suspend;
				}}
			/>
			<App isInteractive content={content} size={terminalSizeOf(stdout)} onSuspend={onSuspend} />
		</ErrorBoundary>
	);
	const instance = render(app(), {
		// Ink asks a keyboard for no more than TerminalInput has: read, setEncoding, setRawMode, ref, unref, isTTY.
		// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion
		stdin: stdin as unknown as NodeJS.ReadStream,
		stdout,
		stderr,
		// This program decides for itself that it has a terminal: a CI variable in someone's shell must
		// not turn the app into a one-frame print.
		interactive: true,
		alternateScreen: true,
		exitOnCtrlC: false,
		patchConsole: false,
		incrementalRendering: true,
	});
	// Ink's own resize listener redraws the tree as it is, which would draw the old frame, maybe taller than
	// the terminal now is; rendering the app for the new size first (rerender is synchronous) avoids that.
	const resized = () => {
		instance.rerender(app());
	};

	stdout.prependListener('resize', resized);
	let stopped = false;
	void restyled?.then(theme => {
		if (!stopped) {
			content = {...content, theme};
			instance.rerender(app());
		}
	});
	const stop = () => {
		if (!stopped) {
			stopped = true;
			stdout.off('resize', resized);
			instance.unmount();
		}
	};

	const done = Promise.race([instance.waitUntilExit(), failure])
		.then(() => undefined)
		.finally(stop);
	const suspend = async () => {
		if (!suspendTerminal) {
			return {resume: async () => undefined};
		}

		const handle = await suspendTerminal();
		return {resume: async () => handle?.resume()};
	};

	return {done, stop, suspend};
}

/** Hands the host Ink's suspendTerminal once the app is mounted; draws nothing. */
function TerminalControl({onReady}: {readonly onReady: (suspend: SuspendTerminal) => void}) {
	const {suspendTerminal} = useApp();
	useEffect(() => {
		onReady(suspendTerminal);
	}, [onReady, suspendTerminal]);
	return null;
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
