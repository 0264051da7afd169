/*
A renderer: a worker thread that runs the apps of the sessions the main thread gives it, each with its own Ink
on streams that stand for the SSH channel. Drawing is most of a key's work; the server keeps a renderer per
core, so that sessions typing at once are drawn on all of them while the main thread speaks SSH.
*/
import {parentPort} from 'node:worker_threads';
import type {Content} from '../app/frame-layout.js';
import {startInteractive, type Session} from '../app/interactive.js';
import {dateFromCalendar} from '../resume/dates.js';
import type {Background} from '../theme/background.js';
import {createTheme, type Theme} from '../theme/theme.js';
import {TerminalInput, TerminalOutput} from './channel-streams.js';
import type {AppRequest, FromRenderer, ToRenderer} from './render-messages.js';
import {serveResume, type ServedResume} from './served-resume.js';
import type {Look} from './session-request.js';
import {warmUp} from './warm-up.js';

type RunningApp = {readonly input: TerminalInput; readonly output: TerminalOutput; readonly app: Session};

const port = parentPort!;
const apps = new Map<number, RunningApp>();
let served: ServedResume | undefined;

/**
The themes sessions use, one per look: a screen's layout is kept per theme, and a theme made for each
session would keep the same screen laid out once for every session.
*/
const themes = new Map<string, Theme>();

function themeFor({color, ascii, depth}: Look, background: Background): Theme {
	const key = `${color} ${ascii} ${depth} ${background}`;
	let theme = themes.get(key);
	if (!theme) {
		theme = createTheme({mode: color, ascii, depth, background});
		themes.set(key, theme);
	}

	return theme;
}

/** The look most readers have: colour in 256, Unicode. */
const warmUpLook: Look = {interactive: true, color: 'color', depth: 'ansi256', ascii: false, hyperlinks: false};

function say(message: FromRenderer): void {
	port.postMessage(message);
}

/** What a session of this look shows. */
function contentFor(look: Look, background: Background): Content {
	const shown = look.ascii ? served!.ascii : served!.unicode;
	return {
		resume: shown.resume,
		sections: shown.sections,
		theme: themeFor(look, background),
		today: dateFromCalendar(new Date()),
		hyperlinks: look.hyperlinks,
		// The browser would open on the server: `o` shows the URL instead.
		browser: false,
	};
}

function start(id: number, {look, background, size}: AppRequest): void {
	const input = new TerminalInput();
	const output = new TerminalOutput(text => {
		say({type: 'output', id, text});
	}, size);
	const app = startInteractive({content: contentFor(look, background), stdin: input, stdout: output, stderr: output});
	apps.set(id, {input, output, app});
	app.done.then(
		() => {
			ended(id, false);
		},
		() => {
			ended(id, true);
		},
	);
}

function ended(id: number, failed: boolean): void {
	if (apps.delete(id)) {
		say({type: 'ended', id, failed});
	}
}

port.on('message', (message: ToRenderer) => {
	switch (message.type) {
		case 'resume': {
			const first = served === undefined;
			served = serveResume(message.resume.json, message.resume.command);
			if (first) {
				// Readers lose nothing by a warm-up that fails: it is only ever quicker.
				warmUp(contentFor(warmUpLook, 'dark')).catch(() => undefined);
			}

			break;
		}

		case 'start': {
			start(message.id, message.request);
			break;
		}

		case 'keys': {
			apps.get(message.id)?.input.write(message.keys);
			break;
		}

		case 'resize': {
			apps.get(message.id)?.output.resize(message.size);
			break;
		}

		case 'stop': {
			apps.get(message.id)?.app.stop();
			break;
		}
	}
});
