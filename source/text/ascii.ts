/** Punctuation and symbols with a plain ASCII stand-in. */
const replacements = new Map([
	['–', '-'],
	['—', '-'],
	['‘', "'"],
	['’', "'"],
	['“', '"'],
	['”', '"'],
	['…', '...'],
	['·', '|'],
	['•', '*'],
	['×', 'x'],
	['\u00A0', ' '],
]);

/**
Output for old consoles and banner files: the theme already draws boxes and glyphs in ASCII; this turns
what the résumé itself says into ASCII too: punctuation by a stand-in, accented letters without their
accents ("Résumé" → "Resume"), and anything else into "?". Escape codes pass through.
*/
export function toAscii(text: string): string {
	return text
		.normalize('NFKD')
		.replaceAll(/[\u0300-\u036F]/gv, '')
		.replaceAll(/\P{ASCII}/gv, character => replacements.get(character) ?? '?');
}

/** Every string in a JSON value through `toAscii`, so that layout measures the text as it will be shown. */
export function toAsciiData<T>(value: T): T {
	// Only strings change; the shape of the data stays what it was.
	// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion
	return mapStrings(value) as T;
}

function mapStrings(value: unknown): unknown {
	if (typeof value === 'string') {
		return toAscii(value);
	}

	if (Array.isArray(value)) {
		return value.map(item => mapStrings(item));
	}

	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item)]));
	}

	return value;
}
