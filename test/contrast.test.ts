import test from 'ava';
import {contrastRatio, parseHex} from '../source/theme/contrast.js';
import {palettes} from '../source/theme/palettes.js';
import {depths, measure, meets, required} from './helpers/contrast.js';

for (const depth of depths) {
	for (const background of ['dark', 'light'] as const) {
		test(`in ${depth}, every role of the ${background} theme reads on every standard ${background} palette`, t => {
			const short = measure(depth, background).filter(entry => !meets(entry));
			t.deepEqual(
				short.map(({role, palette, ratio}) => `${role.name} on ${palette.name}: ${ratio.toFixed(2)}`),
				[],
			);
		});
	}
}

test('no colour of the 16 reads as information on every standard palette, light and dark', t => {
	const readable = Array.from({length: 16}, (_, index) => index).filter(index =>
		palettes.every(
			palette =>
				contrastRatio(parseHex(palette.colors.ansi[index]!), parseHex(palette.colors.background)) >=
				required.information,
		),
	);
	t.deepEqual(readable, []);
});

test('so in 16 colours information is drawn in the terminal’s own colours, with weight, underline and inverse', t => {
	const information = [...measure('ansi16', 'dark'), ...measure('ansi16', 'light')].filter(
		entry => entry.role.kind === 'information',
	);
	t.true(information.every(entry => entry.terminalColors));
});

test('the checks can fail: a grey that is too faint falls short', t => {
	const [entry] = measure('truecolor', 'light');
	t.false(meets({...entry!, ratio: 4.49, terminalColors: false}));
	t.true(meets({...entry!, ratio: 4.5, terminalColors: false}));
});
