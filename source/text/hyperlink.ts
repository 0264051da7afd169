/** Schemes a link may have: a reader's click opens a page or writes an e-mail, never runs or reads anything. */
const linkedSchemes = new Set(['http:', 'https:', 'mailto:']);

/** What must never be inside an escape sequence's parameters: C0 and C1 controls (ESC, BEL, ST) and DEL. */
// eslint-disable-next-line no-control-regex -- controls are what it looks for
const controls = /[\u0000-\u001F\u007F-\u009F]/v;

/** Whether `url` may be linked, opened or copied: an http, https or mailto URL, with no control character in it. */
export function isLinkable(url: string): boolean {
	if (controls.test(url) || !URL.canParse(url)) {
		return false;
	}

	return linkedSchemes.has(new URL(url).protocol);
}

/**
`text` as an OSC 8 hyperlink to exactly `url` (closed after it), when `url` is linkable; else `text` as it is.
The one place this program writes a hyperlink.
*/
export function hyperlink(text: string, url: string): string {
	return isLinkable(url) ? `\u001B]8;;${url}\u001B\\${text}\u001B]8;;\u001B\\` : text;
}
