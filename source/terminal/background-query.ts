/*
Asks the terminal for its background colour: an OSC 11 query, then a primary device attributes query (DA1),
which every terminal answers. The answers come back in order, so a DA1 answer with no OSC 11 answer before it
means "no answer", at once; the timeout is only for a terminal that answers neither.
*/
import {
	backgroundOfColorFgBg,
	backgroundOfColour,
	parseBackgroundReport,
	type Background,
} from '../theme/background.js';
import type {Rgb} from '../theme/colour.js';
import type {Report} from './reports.js';

export const backgroundQuery = '\u001B]11;?\u0007\u001B[c';

/** Where a terminal's answers arrive, taken out of its keyboard input (see reports.ts). */
export type Reports = {readonly subscribe: (listener: (report: Report) => void) => () => void};

/** The background colour the terminal reports, or undefined if it does not (DA1 first, or the timeout). */
export async function queryBackground(
	reports: Reports,
	write: (text: string) => void,
	timeout: number,
): Promise<Rgb | undefined> {
	return new Promise(resolve => {
		let unsubscribe = () => {
			// Replaced once subscribed.
		};

		const done = (colour: Rgb | undefined) => {
			clearTimeout(timer);
			unsubscribe();
			resolve(colour);
		};

		const timer = setTimeout(done, timeout, undefined);
		unsubscribe = reports.subscribe(report => {
			if (report.kind === 'device-attributes') {
				done(undefined);
				return;
			}

			const colour = parseBackgroundReport(report.body);
			if (colour) {
				done(colour);
			}
		});
		write(backgroundQuery);
	});
}

export type ThemeChoice = 'auto' | Background;

/**
The background to draw for: the one asked for (`--theme light|dark`); else the terminal's answer, when `ask`
is given and the terminal answers; else COLORFGBG; else dark, the commonest.
*/
export async function resolveBackground({
	choice,
	env,
	ask,
}: {
	readonly choice: ThemeChoice;
	readonly env: Readonly<Record<string, string | undefined>>;
	readonly ask?: () => Promise<Rgb | undefined>;
}): Promise<Background> {
	if (choice !== 'auto') {
		return choice;
	}

	const colour = ask ? await ask() : undefined;
	return colour ? backgroundOfColour(colour) : (backgroundOfColorFgBg(env['COLORFGBG']) ?? 'dark');
}
