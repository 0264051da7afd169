import type {Language} from '../resume/model.js';
import {displayWidth, hanging, padEnd, wrap} from '../text/text.js';
import {largest} from './largest.js';
import type {Screen} from './types.js';

/** The languages as a table, a line each, fluency beside the language: there is nothing to open. */
export function languagesScreen(languages: readonly Language[]): Screen {
	return {
		kind: 'page',
		search: languages.map(({language, fluency}) => ({title: language, text: [fluency]})),
		lines({theme, width}) {
			const column = Math.min(largest(languages.map(entry => displayWidth(entry.language))) + 2, Math.floor(width / 2));
			return languages.flatMap(({language, fluency}) => {
				if (!fluency) {
					return wrap(theme.strong(language), width);
				}

				// A name too long for its column gets a line of its own, its fluency under it.
				return displayWidth(language) <= column - 2
					? hanging(theme.strong(padEnd(language, column)), fluency, width)
					: [...wrap(theme.strong(language), width), ...hanging(' '.repeat(column), fluency, width)];
			});
		},
	};
}
