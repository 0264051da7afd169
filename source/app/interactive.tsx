import {render, useApp} from 'ink';
import {Component, useEffect, useLayoutEffect, type ReactNode} from 'react';
import {App} from './app.js';
import {clipboardSequence} from './clipboard.js';
import type {Content} from './frame-layout.js';
import {terminalSizeOf, type TerminalStream} from './terminal-size.js';

export type InteractiveOptions = {
	readonly content: Content;
	/** A terminal's keyboard: a tty, or an SSH channel's keys (it must say `isTTY` and have `setRawMode`). */
	readonly stdin: NodeJS.ReadableStream;
	/** A terminal: a tty, or an SSH channel that says its size and emits 'resize'. */
	readonly stdout: TerminalStream;
	readonly stderr: NodeJS.WritableStream;
	/** Ctrl+Z was pressed: a host with job control suspends the session (`Session.suspend`) and stops. */
	readonly onSuspend?: () => void;
	/** Opens a URL in a local browser, where there is one (`content.browser`); rejects when it cannot. */
	readonly openUrl?: (url: string) => Promise<void>;
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
	const {content, stdin, stdout, stderr, onSuspend, openUrl} = options;
	// The clipboard is the terminal's: OSC 52 moves no cursor and changes no cell, so it is written as it is.
	const copyUrl = (url: string) => {
		stdout.write(clipboardSequence(url));
	};

	let failed: (error: Error) => void = () => undefined;
	let ended: () => void = () => undefined;
	const exited = new Promise<void>((resolve, reject) => {
		failed = reject;
		ended = resolve;
	});
	// Ink's own way to hand the terminal over and take it back, which only a component can reach.
	let suspendTerminal: SuspendTerminal | undefined;
	const app = () => (
		<>
			{/* Outside the boundary: an error unmounts what is inside it, and that is no quit. */}
			<Unmounted onUnmount={ended} />
			<ErrorBoundary onError={failed}>
				<TerminalControl
					onReady={suspend => {
						suspendTerminal = suspend;
					}}
				/>
				<App
					isInteractive
					content={content}
					size={terminalSizeOf(stdout)}
					openUrl={openUrl}
					copyUrl={copyUrl}
					onSuspend={onSuspend}
				/>
			</ErrorBoundary>
		</>
	);
	const instance = render(app(), {
		stdin,
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
	const stop = () => {
		if (!stopped) {
			stopped = true;
			stdout.off('resize', resized);
			instance.unmount();
		}
	};

	// Not Ink's waitUntilExit, which adds a 'beforeExit' listener to the process per instance: a server holding
	// hundreds of sessions would warn of a leak. Ink unmounts the tree when the app exits, and that says so.
	const done = exited.finally(stop);
	const suspend = async () => {
		if (!suspendTerminal) {
			return {resume: async () => undefined};
		}

		const handle = await suspendTerminal();
		return {resume: async () => handle?.resume()};
	};

	return {done, stop, suspend};
}

/** Tells when the tree is unmounted: the app quit, or the host stopped it. */
function Unmounted({onUnmount}: {readonly onUnmount: () => void}) {
	useLayoutEffect(() => onUnmount, [onUnmount]);
	return null;
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
