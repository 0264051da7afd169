import {spawn} from 'node:child_process';
import {isLinkable} from '../text/hyperlink.js';

type Environment = Readonly<Record<string, string | undefined>>;

/**
Whether a browser can be opened for the person at this terminal: on Linux and the BSDs only with a display
(X11 or Wayland); nowhere over SSH without one, where it would open on a screen nobody is looking at.
*/
export function hasLocalBrowser(environment: Environment, platform: string): boolean {
	const display = Boolean(environment['DISPLAY'] ?? environment['WAYLAND_DISPLAY']);
	if (platform === 'darwin' || platform === 'win32') {
		return display || (environment['SSH_CONNECTION'] === undefined && environment['SSH_TTY'] === undefined);
	}

	return display;
}

/**
The platform's own opener and its arguments before the URL: `open` on macOS, rundll32's URL handler on
Windows (no shell, which `start` would need, reads the URL), xdg-open elsewhere.
*/
export function openerCommand(platform: string): {readonly command: string; readonly arguments: readonly string[]} {
	if (platform === 'darwin') {
		return {command: 'open', arguments: []};
	}

	if (platform === 'win32') {
		return {command: 'rundll32', arguments: ['url.dll,FileProtocolHandler']};
	}

	return {command: 'xdg-open', arguments: []};
}

type Spawn = (
	command: string,
	arguments_: string[],
) => {once(event: string, listener: (error?: Error) => void): unknown};

/**
Opens exactly `url` with the platform's opener, its one argument, never through a shell; settles once the
opener has started (or failed to). Only http, https and mailto URLs are opened.
*/
export async function openUrl(url: string, platform: string, run: Spawn = detached): Promise<void> {
	if (!isLinkable(url)) {
		throw new Error('not a link that opens');
	}

	const {command, arguments: before} = openerCommand(platform);
	const child = run(command, [...before, url]);
	await new Promise<void>((resolve, reject) => {
		child.once('spawn', () => {
			resolve();
		});
		child.once('error', reject);
	});
}

/** The opener as its own process, its output nowhere (the app owns the screen), not waited for. */
function detached(command: string, arguments_: string[]) {
	const child = spawn(command, arguments_, {stdio: 'ignore', detached: true, shell: false});
	child.unref();
	return child;
}
