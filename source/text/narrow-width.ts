import {stripEscapes} from './escapes.js';

/**
Text made only of characters that always take one column: printable ASCII, Latin letters without
combining marks, general punctuation (– — ‘ ’ “ ” • …), arrows, box drawing and blocks, and the few
symbols this program draws (❯ ⏎). Soft hyphens, zero-width characters and emoji are not among them.
*/
const wideOrOther =
	/[^\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u259F\u23CE\u276F]/v;

/**
The width of `text` when it is made of such characters, counted without the full Unicode machinery
(grapheme segmentation and emoji tables cost tens of milliseconds at start-up); undefined otherwise.
*/
export function narrowWidth(text: string): number | undefined {
	const plain = stripEscapes(text);
	// Searching for a character outside the set is linear and quick; matching ^[set]*$ took 50 ms a megabyte.
	return wideOrOther.test(plain) ? undefined : plain.length;
}
