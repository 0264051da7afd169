import {displayWidth} from '../text/text.js';
import {safeText} from '../text/safe-text.js';

/** Lines that Markdown reads as one block: a heading, a paragraph or a list. Blocks are kept apart by a blank line. */
export type Block = readonly string[];

/**
Markdown text: résumé text goes through `escape` first, so that only the markup added here means anything.
Wrapped into lines by `paragraph` and `list`, which break only at spaces.
*/
export type Markdown = string;

const separator = ' · ';

/** A link to `url` reading `text`; a URL that is its own text is an autolink where Markdown has one. */
export function link(text: string, url: string): Markdown {
	return text === url && isAutolink(url) ? `<${url}>` : `[${escape(text)}](${destination(url)})`;
}

/** "**Experience:** 14 yrs 5 mos" */
export function labelled(label: string, value: string): Markdown {
	return `**${escape(label)}:** ${escape(value)}`;
}

/** An ATX heading stays on one line whatever the width: Markdown has no way to continue it. */
export function heading(depth: number, text: string): Block {
	// A run of "#" at the end would be read as the heading's closing sequence and dropped.
	const escaped = escape(text);
	return [`${'#'.repeat(depth)} ${escaped.endsWith('#') ? escaped.replace(/#+$/v, String.raw`\$&`) : escaped}`];
}

export function paragraph(text: Markdown, width: number): Block {
	return wrap(words(text), width);
}

/** A tight bullet list; an item's later lines are indented under its text, so that they stay in the item. */
export function list(items: readonly Markdown[], width: number): Block {
	return items.flatMap(item => wrap(words(item), width - 2).map((line, index) => (index === 0 ? '- ' : '  ') + line));
}

/**
The parts that are present, "Seattle, US · Oct 2021 – present · 5 yrs 2 mos", as a paragraph that breaks
between parts where they fit, and inside a part only where one is wider than a line.
*/
export function partsParagraph(parts: ReadonlyArray<string | undefined>, width: number): Block[] {
	const present = parts.filter((part): part is string => part !== undefined && part !== '').map(part => escape(part));
	const units = present.flatMap((part, index) => {
		const unit = index < present.length - 1 ? `${part}${separator.trimEnd()}` : part;
		return displayWidth(unit) <= width ? [unit] : words(unit);
	});
	return units.length > 0 ? [wrap(units, width)] : [];
}

function words(text: Markdown): string[] {
	return text.split(/[ \t\r\n]+/v).filter(word => word !== '');
}

/**
Fills lines greedily with `units` (words, or parts kept whole), breaking only between them: so a URL, which
has no spaces, is never broken, and a unit wider than the width gets a line of its own.
*/
function wrap(units: readonly string[], width: number): string[] {
	const lines: string[] = [];
	for (const unit of units) {
		const last = lines.at(-1);
		if (last !== undefined && displayWidth(last) + 1 + displayWidth(unit) <= width) {
			lines[lines.length - 1] = `${last} ${unit}`;
		} else {
			lines.push(escapeLineStart(unit));
		}
	}

	return lines;
}

/**
Backslash-escapes what Markdown would read as markup anywhere in a line: emphasis, code, links, HTML,
tables, strikethrough, entities, and dollar signs (which GitHub reads as maths between two of them).
What only matters at the start of a line is left to `escapeLineStart`, since wrapping decides where lines start.
Control characters and escape codes go as everywhere else (safeText, which the model has applied already);
line breaks become spaces and runs of spaces one.
*/
export function escape(text: string): Markdown {
	// Each replacement only where it finds something: V8's replaceAll takes microseconds even when it finds
	// nothing, which a résumé of 150,000 entries asks of it a million times.
	const safe = safeText(text);
	const marked = markup.test(safe) ? safe.replaceAll(markupAll, String.raw`\$&`) : safe;
	const referenced = marked.includes('&') ? marked.replaceAll(entity, String.raw`\&`) : marked;
	return referenced.includes('  ') ? referenced.replaceAll(/ {2,}/gv, ' ') : referenced;
}

const markup = /[\\`*_\[\]<\|~$]/v;
const markupAll = new RegExp(markup.source, 'gv');

/** An "&" that would start a character reference such as "&amp;" or "&#36;". */
const entity = /&(?=#?\w+;)/gv;

/**
A line of text must not open a block: a heading ("# "), a blockquote ("> 24 trillion"), a list ("+ ", "- ",
"2025." or "1)"), a rule or a setext underline ("---", "===").
*/
function escapeLineStart(text: Markdown): Markdown {
	// Most lines start with a letter: tested first, as in `escape`.
	return blockStart.test(text)
		? text.replace(/^[#>+=\-]/v, String.raw`\$&`).replace(/^(\d{1,9})([.\)])(?= |$)/v, String.raw`$1\$2`)
		: text;
}

const blockStart = /^[#>+=\-\d]/v;

/** A link destination that stays one word and cannot end the link early. */
export function destination(url: string): string {
	return url
		.replaceAll(/[\s<>\p{Cc}]/gv, character => encodeURIComponent(character))
		.replaceAll(/[\(\)\\]/gv, String.raw`\$&`)
		.replaceAll(entity, String.raw`\&`);
}

/** Whether `<url>` is a CommonMark autolink: a scheme, then no spaces, controls or angle brackets. */
export function isAutolink(url: string): boolean {
	return /^[a-z][a-z\d+.\-]{1,31}:[^\s<>\p{Cc}]*$/iv.test(url);
}
