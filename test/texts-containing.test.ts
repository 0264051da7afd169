import test from 'ava';
import fc from 'fast-check';
import {textsContaining} from '../source/resume/texts-containing.js';

/** What String.includes says, asked of every text for every needle. */
function naive(needles: readonly string[], texts: readonly string[], most: number): number[][] {
	return needles.map(needle => texts.flatMap((text, index) => (text.includes(needle) ? [index] : [])).slice(0, most));
}

test('finds what String.includes finds, in the order of the texts, up to `most` of them', t => {
	// A small alphabet, so that needles overlap, repeat and are suffixes of each other; a surrogate pair too.
	const text = fc.string({unit: fc.constantFrom('a', 'b', 'c', '😀'), maxLength: 12});
	fc.assert(
		fc.property(
			fc.array(text, {maxLength: 8}),
			fc.array(text, {maxLength: 8}),
			fc.integer({min: 1, max: 4}),
			(needles, texts, most) => {
				t.deepEqual(textsContaining(needles, texts, most), naive(needles, texts, most));
			},
		),
		{numRuns: 2000},
	);
});

// How long these take is bench:hostile's figure (5,000 highlights × 5,000 links printed whole; it was 42 s).
test('5,000 links among 5,000 highlights are each matched with their own highlight', t => {
	const highlights = Array.from({length: 5000}, (_, index) => `Highlight number ${index} ${'w'.repeat(100)}`);
	const needles = highlights.map((_, index) => `number ${index} `);
	const found = textsContaining(needles, highlights, 2);
	t.deepEqual(
		found,
		needles.map((_, index) => [index]),
	);
});

test('needles that are suffixes of each other in one long text are each reported once', t => {
	const needles = Array.from({length: 2000}, (_, index) => 'a'.repeat(index + 1));
	const texts = Array.from({length: 50}, () => 'a'.repeat(2000));
	const found = textsContaining(needles, texts, 2);
	t.deepEqual(
		found,
		needles.map(() => [0, 1]),
	);
});
