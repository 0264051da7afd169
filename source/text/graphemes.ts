/** One user-perceived character of a string and where it starts, as `Intl.Segmenter` gives it. */
export type GraphemeSegment = {readonly segment: string; readonly index: number};

/**
Characters that never join their neighbours into one grapheme: controls but CR (CR LF is one grapheme),
printable ASCII, Latin-1 and the Latin letters without combining marks, general punctuation, arrows, box
drawing and blocks, and the symbols this program draws (⏎ ❯). Combining marks, joiners, variation selectors,
Hangul and surrogates (emoji) are outside it.
*/
// eslint-disable-next-line no-control-regex -- controls are graphemes of their own
const joinsOrOther = /[^\u0000-\u000C\u000E-\u02FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u259F\u23CE\u276F]/v;

let segmenter: Intl.Segmenter | undefined;

/**
The graphemes of `text`, as `Intl.Segmenter` splits them; built without it for text in which every UTF-16
unit is a grapheme of its own, since making a Segmenter costs ~10 ms at start-up.
*/
export function graphemeSegments(text: string): Iterable<GraphemeSegment> {
	if (!joinsOrOther.test(text)) {
		return unitSegments(text);
	}

	segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	return segmenter.segment(text);
}

function* unitSegments(text: string): Iterable<GraphemeSegment> {
	let index = 0;
	for (const segment of text) {
		yield {segment, index};
		index += segment.length;
	}
}
