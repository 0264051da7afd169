/*
What the README shows: two screenshots at 100×30 (Experience, and a role) and a short session at 80×24,
each in the dark (VS Code Dark+) and the light (GNOME Tango on white) picture. Data, so that a change of
keys or pages is a change here.
*/
import {keys} from '../../test/helpers/terminal.js';
import {type Palette, tangoLight, vscodeDark} from './palettes.js';
import type {Step, Theme} from './session.js';

export const palettes: Readonly<Record<Theme, Palette>> = {dark: vscodeDark, light: tangoLight};

export type Still = {readonly name: string; readonly title: string; readonly steps: readonly Step[]};

const toExperience: Step = {keys: '2', hold: 1800, description: 'the Experience section'};

export const stills: readonly Still[] = [
	{name: 'experience', title: 'Experience', steps: [toExperience]},
	{
		name: 'role',
		title: 'A role',
		steps: [toExperience, {keys: keys.enter, hold: 0, description: 'the first company’s role'}],
	},
];

export const stillSize = {columns: 100, rows: 30} as const;

/** Start, Experience, a company, one of its roles, back, help, quit. */
export const session = {
	name: 'session',
	title: 'npx terminal-resume',
	columns: 80,
	rows: 24,
	firstHold: 2200,
	steps: [
		toExperience,
		{keys: keys.down, hold: 1200, description: 'the next company'},
		{keys: keys.enter, hold: 1800, description: 'the company’s roles'},
		{keys: keys.enter, hold: 2200, description: 'a role'},
		{keys: keys.down, hold: 1400, description: 'the next achievement'},
		{keys: keys.escape, hold: 1400, description: 'back to the roles'},
		{keys: '?', hold: 2600, description: 'the help'},
		{keys: keys.escape, hold: 1000, description: 'the help closed'},
		{keys: 'q', hold: 1200, description: 'the terminal as it was'},
	],
} as const;
