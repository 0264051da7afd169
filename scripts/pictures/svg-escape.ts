/*
Text that goes into an SVG: a picture is a document that browsers open, so whatever the program printed
(and a résumé is anyone's text) must stay text. Markup characters become entities; characters XML cannot
hold or a terminal would not show (C0 and C1 controls, DEL, lone surrogates, non-characters) are dropped.
*/

const entities = new Map([
	['&', '&amp;'],
	['<', '&lt;'],
	['>', '&gt;'],
	['"', '&quot;'],
	["'", '&#39;'],
]);

// Controls (C0, DEL, C1), lone surrogates and the non-characters U+FFFE and U+FFFF.
const unshowable = /[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gv;

/** `text` as XML character data or an attribute value: escaped, without characters XML forbids. */
export function escapeXml(text: string): string {
	return text.replaceAll(unshowable, '').replaceAll(/[&<>"']/gv, character => entities.get(character)!);
}
