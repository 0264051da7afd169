/*
Every role's contrast, for each colour depth and background, on each palette of that background: the rows of the
contrast table (scripts/contrast.ts) and what test/contrast.test.ts holds to its minimum.
*/
import type {Background} from './background.js';
import {contrast, rgbOf} from './colour.js';
import {contrastOf} from './legibility.js';
import {palettes} from './palettes.js';
import {chromeRoles, informationRoles, type ColourDepth, type Role, type Tokens} from './tokens.js';

export const depths: readonly ColourDepth[] = ['ansi16', 'ansi256', 'truecolor'];
export const backgrounds: readonly Background[] = ['dark', 'light'];

export type ContrastRow = {
	readonly role: Role;
	/** Drawn on the terminal's background, or on the selection bar. */
	readonly on: 'background' | 'selection';
	readonly palette: string;
	readonly ratio: number;
	/** 4.5 for what is read, 3 for chrome. */
	readonly needed: number;
	/** 4.5 for what is read, 3 for chrome; a role in the terminal's own text colour needs only what that has. */
	readonly minimum: number;
};

export function contrastRows(tokens: Tokens, background: Background): ContrastRow[] {
	const rows: ContrastRow[] = [];
	for (const palette of palettes.filter(palette => palette.background === background)) {
		// The terminal's own text on its own background: what no code of ours can improve on (Solarized's is 4.1).
		const own = contrast(rgbOf(palette.text), rgbOf(palette.canvas));
		for (const role of [...informationRoles, ...chromeRoles]) {
			const paint = tokens[role];
			const needed = (informationRoles as readonly Role[]).includes(role) ? 4.5 : 3;
			const ownColour = !paint.fg && !paint.bg;
			const minimum = ownColour ? Math.min(needed, own) : needed;
			rows.push({role, on: 'background', palette: palette.name, ratio: contrastOf(paint, palette), needed, minimum});
			if (tokens.selection.bg && (informationRoles as readonly Role[]).includes(role)) {
				rows.push({
					role,
					on: 'selection',
					palette: palette.name,
					ratio: contrastOf(paint, palette, tokens.selection),
					needed,
					minimum: needed,
				});
			}
		}
	}

	return rows;
}

/** The rows below their minimum, as "muted on Solarized light: 2.9 < 4.5". */
export function contrastProblems(tokens: Tokens, background: Background): string[] {
	return contrastRows(tokens, background)
		.filter(row => row.ratio < row.minimum)
		.map(
			row =>
				`${row.role}${row.on === 'selection' ? ' on the selection' : ''} on ${row.palette}: ${row.ratio.toFixed(2)} < ${row.minimum}`,
		);
}
