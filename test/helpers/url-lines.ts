import stringWidth from 'string-width';
import {stripEscapes} from '../../source/text/escapes.js';

/**
Whether a printed line is one URL alone, after its indent and maybe the link glyph: the one kind of line that
printed text lets run past its width, so that the URL stays whole.
*/
export function isUrlLine(line: string): boolean {
	const text = stripEscapes(line)
		.trim()
		.replace(/^(?:↗|->) /v, '');
	return /^(?:https?:\/\/|mailto:)\S+$/v.test(text);
}

/** A printed line within `width` columns, or a URL alone on it. */
export function fitsPrinted(line: string, width: number): boolean {
	return stringWidth(line) <= width || isUrlLine(line);
}
