import type {TerminalSize} from '../../source/app/frame-layout.js';
import type {Command} from '../../source/app/keymap.js';
import {initialModel, update, type Model} from '../../source/app/update.js';
import type {Resume} from '../../source/resume/model.js';
import {buildSections} from '../../source/screens/sections.js';
import {createTheme, type ColorMode, type ThemeOptions} from '../../source/theme/theme.js';

export const today = {year: 2026, month: 11, day: 26} as const;

/** The app's model for a résumé at a terminal size, as a session starts it; colour depth and background as told. */
export function modelFor(
	resume: Resume,
	size: TerminalSize,
	mode: ColorMode = 'plain',
	look: Omit<ThemeOptions, 'mode'> = {},
): Model {
	return initialModel({resume, sections: buildSections(resume), theme: createTheme({mode, ...look}), today}, size);
}

/** The model after these commands, pressed one after another. */
export function pressed(model: Model, ...commands: Command[]): Model {
	let current = model;
	for (const command of commands) {
		current = update(current, {type: 'key', press: {command, argument: 0}});
	}

	return current;
}
