/*
Legibility computed from the theme itself: every role that is read is 4.5:1 against the background (and against
the selection bar, when on it), chrome 3:1, on the common light and dark palettes, in 16 colours, 256 and truecolor.
*/
import test from 'ava';
import {backgrounds, contrastProblems, contrastRows, depths} from '../source/theme/contrast-table.js';
import {palettes} from '../source/theme/palettes.js';
import {informationRoles, tokensFor, type Tokens} from '../source/theme/tokens.js';

for (const depth of depths) {
	for (const background of backgrounds) {
		test(`${depth} on a ${background} background: every role meets its contrast on every ${background} palette`, t => {
			const tokens = tokensFor(depth, background);
			const rows = contrastRows(tokens, background);
			const ofBackground = palettes.filter(palette => palette.background === background);
			t.true(ofBackground.length >= 5);
			t.is(new Set(rows.map(row => row.palette)).size, ofBackground.length);
			t.deepEqual(contrastProblems(tokens, background), []);
		});
	}
}

test('the check fails for a role in a colour that is not legible: yellow text on light, grey on Solarized dark', t => {
	const light = tokensFor('ansi256', 'light');
	const yellow: Tokens = {...light, impact: {fg: {index: 226}, bold: true}};
	t.true(contrastProblems(yellow, 'light').some(problem => problem.startsWith('impact on xterm')));
	const sixteen = tokensFor('ansi16', 'dark');
	const grey: Tokens = {...sixteen, muted: {fg: {ansi: 8}}};
	t.true(contrastProblems(grey, 'dark').some(problem => problem.startsWith('muted on Solarized dark')));
	const faintBar: Tokens = {...tokensFor('truecolor', 'dark'), selection: {fg: {hex: '#e8e8e8'}, bg: {hex: '#5f87af'}}};
	t.true(contrastProblems(faintBar, 'dark').some(problem => problem.includes('on the selection')));
});

test('in 16 colours nothing that is read has a colour of its own, and no white or yellow is used at all', t => {
	for (const background of backgrounds) {
		const tokens = tokensFor('ansi16', background);
		for (const role of informationRoles) {
			t.is(tokens[role].fg, undefined, `${role} on ${background}`);
		}

		for (const paint of Object.values(tokens)) {
			const ansi = paint.fg && 'ansi' in paint.fg ? paint.fg.ansi : undefined;
			t.false(ansi !== undefined && [3, 7, 11, 15].includes(ansi));
		}
	}
});
