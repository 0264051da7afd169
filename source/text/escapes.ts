import {stripVTControlCharacters} from 'node:util';

/**
Operating system commands (OSC: ESC ] or C1 OSC, up to BEL, ESC \ or C1 ST), whatever they carry. Node 20's
stripVTControlCharacters takes an OSC 8 hyperlink whole only when its URL has none of ( ) , + ! * $ ' and
the like, and leaves the rest of such a link as text, which is then measured and shown as text.
*/
// eslint-disable-next-line no-control-regex -- escape sequences are what it matches
const operatingSystemCommand = /(?:\u001B\]|\u009D)[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)/gv;

/** Text without its escape sequences: what a terminal draws of it. */
export function stripEscapes(text: string): string {
	if (!text.includes('\u001B') && !text.includes('\u009B') && !text.includes('\u009D')) {
		return text;
	}

	return stripVTControlCharacters(text.replaceAll(operatingSystemCommand, ''));
}
