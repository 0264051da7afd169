import {stripEscapes} from './escapes.js';
import {narrowWidth} from './narrow-width.js';

/**
What can make text drawn wider than string-width counts it: a zero-width joiner (👨‍👩‍👧), a skin tone (👍🏽),
a spacing mark (क्षि), a soft hyphen, two regional indicators that are no flag (🇷🇷), and a mark or format
character with nothing before it to join, which a terminal gives a column of its own.
*/
const widerThanCounted = /[\u200D\u00AD\p{Mc}]|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|^[\p{M}\p{Cf}]/v;

/** Made on first use: building a segmenter costs start-up, and most text never needs one. */
let segmenter: Intl.Segmenter | undefined;

/**
Columns a string takes as terminals draw it. string-width counts an emoji ZWJ sequence or an emoji with a skin
tone as one wide character, as terminals that join them draw it; xterm.js and tmux draw such a cluster's code
points side by side (👍🏽 is four columns, 👨‍👩‍👧 six in xterm.js), so a frame measured by string-width ran off
their lines. Such a cluster is measured here as the wider of the two: where a terminal joins it, the line ends
a column or two short; none draws it wider. `clusterWidth` is string-width, passed in so that the bundle can
give the real one to its own stand-in for it.
*/
export function terminalWidth(text: string, clusterWidth: (text: string) => number): number {
	const narrow = narrowWidth(text);
	if (narrow !== undefined) {
		return narrow;
	}

	const plain = stripEscapes(text);
	if (!widerThanCounted.test(plain)) {
		return clusterWidth(plain);
	}

	let width = 0;
	// Zero-width characters with nothing drawn before them to join each take a column of their own.
	let leading = true;
	segmenter ??= new Intl.Segmenter();
	for (const {segment} of segmenter.segment(plain)) {
		const counted = clusterWidth(segment);
		let drawn = 0;
		for (const character of segment) {
			// A soft hyphen is drawn as a hyphen by wcwidth's terminals; string-width counts it as nothing.
			const own = character === '\u00AD' ? 1 : character === segment ? counted : clusterWidth(character);
			drawn += leading && own === 0 ? 1 : own;
			leading &&= own === 0;
		}

		width += Math.max(counted, drawn);
	}

	return width;
}
