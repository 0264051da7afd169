import {stripVTControlCharacters} from 'node:util';
import {graphemeSegments} from './graphemes.js';
import {displayWidth} from './text.js';

/**
The part of a line that shows in columns [start, end), as plain text (its styles and links dropped), padded to
exactly `end - start` columns: a wide character cut by either edge becomes a space.
*/
export function plainColumns(line: string, start: number, end: number): string {
	let out = '';
	let column = 0;
	for (const {segment} of graphemeSegments(stripVTControlCharacters(line))) {
		if (column >= end) {
			break;
		}

		const width = displayWidth(segment);
		if (column >= start && column + width <= end) {
			out += segment;
		} else if (column + width > start) {
			// A wide character on an edge: the columns of it inside the range, as spaces.
			out += ' '.repeat(Math.min(end, column + width) - Math.max(start, column));
		}

		column += width;
	}

	return out + ' '.repeat(Math.max(0, end - Math.max(start, column)));
}
