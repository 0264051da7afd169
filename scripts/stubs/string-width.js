// The bundle's string-width: the common case (see narrowWidth) without loading Unicode tables; anything
// else goes to the real string-width, which is loaded, and its tables built, only the first time, with
// joined emoji measured as terminals draw them (see terminalWidth), for Ink and wrap-ansi as for our code.
import {narrowWidth} from '../../source/text/narrow-width.js';
import {terminalWidth} from '../../source/text/terminal-width.js';

let fullStringWidth;

export default function stringWidth(text, options = {}) {
	// Counting escape codes as text (wrap-ansi does) only changes anything for text that has them.
	const plainOrStripped = options.countAnsiEscapeCodes ? !text.includes('\u001B') && !text.includes('\u009B') : true;
	const simple = typeof text === 'string' && options.ambiguousIsNarrow !== false && plainOrStripped;
	const narrow = simple ? narrowWidth(text) : undefined;
	if (narrow !== undefined) {
		return narrow;
	}

	// A require() that esbuild bundles as a module initialised on first use.
	// eslint-disable-next-line unicorn/prefer-module
	fullStringWidth ??= require('../../node_modules/string-width/index.js').default;
	return simple ? terminalWidth(text, fullStringWidth) : fullStringWidth(text, options);
}
