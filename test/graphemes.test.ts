import test from 'ava';
import fc from 'fast-check';
import {graphemeSegments} from '../source/text/graphemes.js';

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const segments = (text: string) => [...graphemeSegments(text)].map(({segment, index}) => ({segment, index}));
const expected = (text: string) => [...segmenter.segment(text)].map(({segment, index}) => ({segment, index}));

/** Characters around the edges of the fast path: CR LF, combining marks, joiners, Hangul, emoji, the app's glyphs. */
const tricky = fc.constantFrom(
	'\r',
	'\n',
	'\r\n',
	'e\u0301',
	'\u200D',
	'\uFE0F',
	'한',
	'\u1100\u1161',
	'👩‍💻',
	'🇵🇹',
	'❯',
	'─',
	'·',
	'a',
	' ',
	'\u001B[1m',
	'\u00AD',
);

test('graphemes are those Intl.Segmenter finds, for any text', t => {
	fc.assert(
		fc.property(
			fc.oneof(
				fc.string(),
				fc.string({unit: 'grapheme'}),
				fc.array(tricky).map(parts => parts.join('')),
			),
			text => {
				t.deepEqual(segments(text), expected(text));
			},
		),
		{numRuns: 2000},
	);
});
