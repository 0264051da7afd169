/*
Widths as xterm.js draws them (with its Unicode 11 widths, as VS Code's terminal does): for any text, the
app's measure is never narrower than what xterm draws, so no line runs off the terminal; for joined emoji,
skin tones, CJK and plain text it is exactly what xterm draws.
*/
import {Unicode11Addon} from '@xterm/addon-unicode11';
import xtermHeadless from '@xterm/headless';
import test from 'ava';
import fc from 'fast-check';
import {displayWidth} from '../source/text/text.js';

/** Where xterm's cursor ends after drawing `text` on a fresh line (a terminal of its own: a joiner left over would join). */
async function drawnWidth(text: string): Promise<number> {
	const terminal = new xtermHeadless.Terminal({cols: 400, rows: 2, allowProposedApi: true});
	terminal.loadAddon(new Unicode11Addon());
	terminal.unicode.activeVersion = '11';
	await new Promise<void>(resolve => {
		terminal.write(text, resolve);
	});
	const width = terminal.buffer.active.cursorX;
	terminal.dispose();
	return width;
}

const emoji = ['👨', '👩', '👧', '💻', '🌈', '💋', '👍', '🚀', '🏳', '🏴'];
const joinable = fc.constantFrom(...emoji, '\u200D', '🏽', '🏿', 'a', 'Z', '漢', '字', ' ', 'é');
const anything = fc.constantFrom(
	...emoji,
	'\u200D',
	'🏽',
	'\uFE0F',
	'\u20E3',
	'1',
	'a',
	'漢',
	'e\u0301',
	'क्षि',
	'🇫',
	'🇷',
	'\u00AD',
	'\u1100\u1161',
	'❤',
	'☺',
	'—',
);

test('joined emoji, skin tones, CJK and plain text: exactly as wide as xterm draws them', async t => {
	await fc.assert(
		fc.asyncProperty(fc.array(joinable, {minLength: 1, maxLength: 12}), async parts => {
			const text = parts.join('');
			t.is(displayWidth(text), await drawnWidth(text), `${JSON.stringify(text)} as xterm draws it`);
		}),
		{numRuns: 400},
	);
});

test('any text, variation selectors and keycaps included: never narrower than xterm draws it', async t => {
	await fc.assert(
		fc.asyncProperty(fc.array(anything, {minLength: 1, maxLength: 12}), async parts => {
			const text = parts.join('');
			const drawn = await drawnWidth(text);
			t.true(displayWidth(text) >= drawn, `${JSON.stringify(text)}: measured ${displayWidth(text)}, drawn ${drawn}`);
		}),
		{numRuns: 400},
	);
});

test('the cases of the issue', t => {
	t.is(displayWidth('👨\u200D👩\u200D👧'), 6, 'a family: three wide people side by side in xterm.js');
	t.is(displayWidth('👍🏽'), 4, 'a thumb and its skin tone, as xterm.js and tmux draw them');
	t.is(displayWidth('\u001B[1m👩\u200D💻\u001B[22m'), 4, 'escape codes take no room');
});
