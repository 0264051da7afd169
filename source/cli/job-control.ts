import {closeSync} from 'node:fs';
import {constants} from 'node:os';
import process from 'node:process';
import type {Session} from '../app/interactive.js';

/** Signals that end a program unless it handles them: each restores the terminal first. */
const terminating = [
	'SIGHUP',
	'SIGINT',
	'SIGQUIT',
	'SIGTERM',
	'SIGUSR2',
	'SIGALRM',
	'SIGVTALRM',
	'SIGPROF',
	'SIGXCPU',
	'SIGXFSZ',
] as const;

/** The status a shell reports for a death by this signal. */
export function signalStatus(signal: NodeJS.Signals): number {
	return 128 + constants.signals[signal];
}

/**
Ends the process with `status`. When the terminal is gone (hung up, closed), the standard streams are closed
first: Node 20, exiting, restores the terminal's modes on them and aborts when that fails (EIO).
*/
export function endProcess(status: number, terminalLost = false): never {
	if (terminalLost) {
		for (const fd of [0, 1, 2]) {
			try {
				closeSync(fd);
			} catch {
				// Already closed: nothing to restore there either.
			}
		}
	}

	// eslint-disable-next-line unicorn/no-process-exit -- the one way out once the terminal is given back or gone
	process.exit(status);
}

/** Errors that say the terminal itself went away, rather than that a write failed. */
export function isTerminalLost(error: unknown): boolean {
	const code = error instanceof Error && 'code' in error ? String(error.code) : '';
	return code === 'EIO' || code === 'ECONNRESET' || code === 'ENXIO';
}

/**
The process side of an interactive session on this process's terminal, as `less` does it: every terminating
signal restores the terminal, then ends with the signal's status; Ctrl+Z and SIGTSTP give the terminal back
and stop; SIGCONT takes it again and redraws; a terminal that goes away ends the program with status 129;
SIGUSR1, which would start Node's inspector and print over the app, is ignored.
*/
export function superviseSession(
	session: Session,
	keyboard: NodeJS.ReadStream,
): {readonly suspend: () => void; readonly listenLast: () => void} {
	const stop = () => {
		try {
			session.stop();
		} catch {
			// A terminal that is gone cannot be restored; ending matters more.
		}
	};

	const ends = terminating.map(signal => {
		const end = () => {
			stop();
			endProcess(signalStatus(signal), signal === 'SIGHUP');
		};

		process.on(signal, end);
		return [signal, end] as const;
	});
	/*
	Ink, loaded later, listens for these signals too (signal-exit), and kills the process with the signal when it
	finds itself the last listener after the unmount we cause: listening after it, ours stays to end with a status.
	*/
	const listenLast = () => {
		for (const [signal, end] of ends) {
			process.off(signal, end);
			process.on(signal, end);
		}
	};

	const lost = () => endProcess(signalStatus('SIGHUP'), true);
	// Read from a terminal that has gone, a tty ends (libuv reads EIO as the end) or fails.
	keyboard.once('end', lost);
	keyboard.once('error', lost);
	process.on('SIGUSR1', () => undefined);

	let suspending = false;
	const suspend = async () => {
		if (suspending) {
			return;
		}

		suspending = true;
		const {resume} = await session.suspend();
		// Without a listener SIGTSTP does what it does by default, stopping the process until SIGCONT.
		process.off('SIGTSTP', onStop);
		process.kill(process.pid, 'SIGTSTP');
		process.on('SIGTSTP', onStop);
		suspending = false;
		await resume();
	};

	const onStop = () => {
		void suspend();
	};

	process.on('SIGTSTP', onStop);
	return {suspend: onStop, listenLast};
}
