/*
What the server's main thread and its renderers (worker threads, render-worker.ts) say to each other. The main
thread holds the SSH connections; a renderer runs the apps of the sessions it is given, each with its own Ink.
*/
import type {TerminalSize} from '../app/frame-layout.js';
import type {JsonResume} from '../resume/json-resume.js';
import type {Background} from '../theme/background.js';
import type {Look} from './session-request.js';

/** The résumé as it was read: a renderer builds what it shows from it. */
export type ResumeSource = {readonly json: JsonResume; readonly command: string};

/** What a session's app is drawn for: its client's terminal, as far as its requests and answers tell. */
export type AppRequest = {readonly look: Look; readonly background: Background; readonly size: TerminalSize};

export type ToRenderer =
	| {readonly type: 'resume'; readonly resume: ResumeSource}
	| {readonly type: 'start'; readonly id: number; readonly request: AppRequest}
	| {readonly type: 'keys'; readonly id: number; readonly keys: string}
	| {readonly type: 'resize'; readonly id: number; readonly size: TerminalSize}
	| {readonly type: 'stop'; readonly id: number};

export type FromRenderer =
	/** Bytes for the session's terminal, with terminal line breaks. */
	| {readonly type: 'output'; readonly id: number; readonly text: string}
	/** The app has ended (and given the terminal back); `failed` when it ended by an error. */
	| {readonly type: 'ended'; readonly id: number; readonly failed: boolean};
