import {describeDated} from '../resume/dates.js';
import type {Dated} from '../resume/model.js';
import {displayWidth, spread, wrap} from '../text/text.js';
import {unbreak} from './impact.js';
import type {ViewContext} from './types.js';

/** "Apr 2019 – Sep 2021 · 2 yrs 6 mos", or the dates as written when they could not be read. */
export function spanWithTenure(dated: Dated, context: ViewContext): string | undefined {
	return describeDated(dated, context.today, context.theme.glyphs);
}

/** Joins the parts that are present with the theme's separator: "Staff Software Engineer · Seattle, US". */
export function joinParts(parts: ReadonlyArray<string | undefined>, context: ViewContext): string {
	return parts.filter(Boolean).join(` ${context.theme.glyphs.separator} `);
}

/**
Joins the parts that are present with the theme's separator, breaking lines between parts rather than
inside them where it can, so that no line starts with a separator. Each line is then given `style`.
*/
export function wrapParts(
	parts: ReadonlyArray<string | undefined>,
	context: ViewContext,
	style: (line: string) => string = line => line,
): string[] {
	const {width, theme} = context;
	const separator = ` ${theme.glyphs.separator} `;
	const lines: string[] = [];
	let current = '';
	for (const part of parts) {
		if (!part) {
			continue;
		}

		const joined = current ? current + separator + part : part;
		if (displayWidth(joined) <= width) {
			current = joined;
			continue;
		}

		if (current) {
			lines.push(current);
		}

		const wrapped = wrap(part, width);
		current = wrapped.pop()!;
		// One by one: a spread of a long paragraph's lines as arguments can overflow the call stack.
		for (const line of wrapped) {
			lines.push(line);
		}
	}

	return (current ? [...lines, current] : lines).map(line => style(line));
}

/** Narrower than this, notes go under their titles, so that a list reads the same from item to item. */
const noteBesideWidth = 70;

/**
A title with a muted note flush right ("Meta Platforms, Inc      Oct 2021 – present · 5 yrs 2 mos"),
or, when the two do not fit on one line, the title wrapped and the note on a line of its own (kept together
where it says so with `keepTogether`).
*/
export function titleWithNote(title: string, note: string | undefined, context: ViewContext): string[] {
	const {theme, width} = context;
	if (!note) {
		return wrap(title, width);
	}

	const oneLine = width >= noteBesideWidth ? spread(title, theme.muted(note), width) : undefined;
	const lines = oneLine ? [oneLine] : [...wrap(title, width), ...wrap(theme.muted(note), width)];
	return lines.map(line => unbreak(line));
}

/** Words like "2 roles", "1 achievement" and "4 companies". */
export function count(amount: number, noun: string, plural = `${noun}s`): string {
	return `${amount} ${amount === 1 ? noun : plural}`;
}
