import type {Found} from '../search/match.js';
import {displayWidth, spread, truncate} from '../text/text.js';
import type {Theme} from '../theme/theme.js';

/**
The search line, where the breadcrumb is otherwise: "/ rust▌" with how many match flush right. A query wider
than the line shows its end, where the typing is.
*/
export function searchLine(query: string, found: Found, theme: Theme, width: number): string {
	const count =
		found.terms.length === 0
			? ''
			: found.total === 0
				? 'no match'
				: found.total > found.entries.length
					? `${found.entries.length} of ${found.total} matches`
					: `${found.total} ${found.total === 1 ? 'match' : 'matches'}`;
	const note = theme.muted(count);
	const prompt = `${theme.accent('/')} `;
	// The caret: a reversed space, seen with and without colour.
	const caret = theme.match(' ');
	const room = width - displayWidth(prompt) - displayWidth(caret) - (count ? displayWidth(count) + 2 : 0);
	const shown = room > 0 ? tail(query, room, theme.glyphs.ellipsis) : '';
	const left = prompt + shown + caret;
	return spread(left, note, width) ?? truncate(left, width, theme.glyphs.ellipsis);
}

/** The end of `text` that fits in `width` columns, behind an ellipsis when it is cut. */
function tail(text: string, width: number, ellipsis: string): string {
	if (displayWidth(text) <= width) {
		return text;
	}

	const characters = [...text];
	let shown = '';
	for (let index = characters.length - 1; index >= 0; index--) {
		const next = characters[index]! + shown;
		if (displayWidth(ellipsis + next) > width) {
			break;
		}

		shown = next;
	}

	return ellipsis + shown;
}
