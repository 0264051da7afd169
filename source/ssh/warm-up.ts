/*
A new renderer draws a few hundred frames for nobody before its first readers type: V8 turns the code of a
key's frame into fast code only once it has run it often, and on a new server the first second of 100 sessions
typing at once waited for that (key to frame p95 122 ms, against 13 ms once warm; npm run bench:serve).
*/
import {setTimeout as delay} from 'node:timers/promises';
import {startInteractive} from '../app/interactive.js';
import type {Content} from '../app/frame-layout.js';
import {TerminalInput, TerminalOutput} from './channel-streams.js';

/**
A reader's way through the app, a key at a time: the tabs, moving, opening (Enter) and going back (Esc), the
ends of a list, help, and a search.
*/
const tour = [...'2jj\rjk\u001BGg3j451?\u001B/rus\r\u001B\u001B'];

/** Sessions at once, and tours each: 552 frames, about a second of one core (npm run bench:serve, README). */
const sessions = 8;
const tours = 3;

/** Longer than the app's shortest time between frames (app.tsx), so that every key draws one. */
const keyInterval = 40;

/** Draws the app through the tour in a few sessions at once, at a size no reader is assumed to have. */
export async function warmUp(content: Content): Promise<void> {
	await Promise.all(
		Array.from({length: sessions}, async () => {
			const input = new TerminalInput();
			const output = new TerminalOutput(() => undefined, {columns: 100, rows: 30});
			const app = startInteractive({content, stdin: input, stdout: output, stderr: output});
			for (let round = 0; round < tours; round++) {
				for (const key of tour) {
					input.write(key);
					// eslint-disable-next-line no-await-in-loop
					await delay(keyInterval);
				}
			}

			app.stop();
			await app.done;
		}),
	);
}
