import test from 'ava';
import fc from 'fast-check';
import wrapAnsi from 'wrap-ansi';
import {wrap} from '../source/text/text.js';
import {wrapNarrow} from '../source/text/wrap-narrow.js';
import {createTheme} from '../source/theme/theme.js';
import {markImpact} from '../source/screens/impact.js';
import {hugeHighlightResume} from './helpers/big-resume.js';

// 256 colours: its styles are codes with parameters (38;5;n) as well as plain ones (1, 4).
const theme = createTheme({mode: 'color', depth: 'ansi256'});
const styles = [theme.strong, theme.muted, theme.accent, theme.link, theme.impact, theme.selected, theme.heading];

function wrapAnsiLines(text: string, columns: number): string[] {
	return wrapAnsi(text, columns, {hard: true, trim: true}).split('\n');
}

/** Words as résumés have them: short and long, accented, with no-break spaces, figures, glyphs, some styled. */
const word = fc.oneof(
	fc.constantFrom('a', 'of', 'the', 'engineering', 'Kubernetes-native', 'é', 'naïve', '–', '•', '❯', '…', ''),
	fc.constantFrom('$2\u00A0million', '60%', '2400+', '\u00A0lead', 'trail\u00A0', 'x'.repeat(30)),
	fc.string({unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 12}),
);
const styledWord = fc.oneof(
	{weight: 3, arbitrary: word},
	{weight: 1, arbitrary: fc.tuple(fc.constantFrom(...styles), word).map(([style, text]) => style(text))},
);
const narrowText = fc
	.tuple(
		fc.array(styledWord, {maxLength: 14}),
		fc.constantFrom(' ', ' ', ' ', '  ', ''),
		fc.constantFrom(...styles, (text: string) => text),
		fc.boolean(),
	)
	.map(([words, separator, style, impact]) => {
		const text = style(words.join(separator));
		return impact ? markImpact(`Saved $6 million, 24 trillion and 60% of 2400+ ${text}`, theme) : text;
	});

test('wraps as wrap-ansi does, line for line, whenever it wraps at all', t => {
	let wrapped = 0;
	t.notThrows(() => {
		fc.assert(
			fc.property(narrowText, fc.integer({min: 1, max: 40}), (text, columns) => {
				const lines = wrapNarrow(text, columns);
				if (lines === undefined) {
					return true;
				}

				wrapped++;
				return JSON.stringify(lines) === JSON.stringify(wrapAnsiLines(text, columns));
			}),
			{numRuns: 20_000},
		);
	});
	t.true(wrapped > 5000, `wrapped ${wrapped} of 20,000`);
});

test('leaves to wrap-ansi what it does not know: wide characters, line breaks, styles open across a break', t => {
	t.is(wrapNarrow('株式会社 テスト', 10), undefined);
	t.is(wrapNarrow('one\ntwo', 10), undefined);
	t.is(wrapNarrow('\u001B]8;;https://example.com\u0007link\u001B]8;;\u0007', 10), undefined);
	t.is(wrapNarrow(theme.muted('a muted note that takes more than one line'), 10), undefined);
	t.deepEqual(wrapNarrow(`${theme.strong('bold')} and plain words after it`, 10), [
		theme.strong('bold') + ' and',
		'plain',
		'words',
		'after it',
	]);
});

test('a 1 MB highlight wraps as wrap-ansi wraps it, plain and with its figures styled', t => {
	const highlight = hugeHighlightResume().work![0]!.highlights![0]!;
	// A tenth of it: wrap-ansi takes seconds for the whole.
	const text = highlight.slice(0, 100_000);
	for (const styled of [text, markImpact(text, theme)]) {
		for (const columns of [17, 76]) {
			const lines = wrapNarrow(styled, columns);
			t.truthy(lines, 'the fast way is taken');
			t.deepEqual(lines, wrapAnsiLines(styled, columns));
			t.deepEqual(wrap(styled, columns), lines);
		}
	}
});

test('wrapping the same long text again gives equal lines, and a copy of them', t => {
	const text = 'word '.repeat(1000).trim();
	const first = wrap(text, 30);
	first.push('changed by the caller');
	const second = wrap(text, 30);
	t.deepEqual(second, wrapAnsiLines(text, 30));
});
