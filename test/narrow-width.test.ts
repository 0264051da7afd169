import test from 'ava';
import stringWidth from 'string-width';
import {narrowWidth} from '../source/text/narrow-width.js';

test('every character the fast path counts as one column is one column to string-width', t => {
	const wrong: string[] = [];
	for (let code = 0; code <= 0xff_ff; code++) {
		const character = String.fromCodePoint(code);
		if (narrowWidth(character) === 1 && stringWidth(character) !== 1) {
			wrong.push(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
		}
	}

	t.deepEqual(wrong, []);
});

test('the fast path measures like string-width, escape codes included, and stays out of what it does not know', t => {
	for (const text of [
		'',
		'Meta Platforms, Inc · Seattle, US',
		'Oct 2021 – present · 5 yrs 2 mos',
		'\u001B[1m\u001B[36m❯\u001B[39m\u001B[22m Lead engineering',
		'╭──╮ │ ↑↓ ⏎ … “quoted” •',
	]) {
		t.is(narrowWidth(text), stringWidth(text), `width of ${JSON.stringify(text)}`);
	}

	for (const text of ['日本語', '👩‍💻', 'e\u0301', 'soft\u00ADhyphen', 'zero\u200Bwidth', '✨']) {
		t.is(narrowWidth(text), undefined, `no fast path for ${JSON.stringify(text)}`);
	}
});
