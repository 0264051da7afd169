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

/**
Every string in a JSON value through `toAscii`, so that layout measures the text as it will be shown. Lists
and plain objects are copied with a stack of their own, so that no nesting can overflow the call stack;
anything else (a number kept as written) is kept as it is.
*/
export function toAsciiData<T>(value: T): T {
	const copy = (item: unknown): unknown =>
		typeof item === 'string' ? toAscii(item) : isContainer(item) ? (Array.isArray(item) ? [] : {}) : item;
	const top = copy(value);
	const pending: Array<[from: unknown, to: unknown]> = [[value, top]];
	for (let next = pending.pop(); next; next = pending.pop()) {
		const [from, to] = next;
		if (!isContainer(from)) {
			continue;
		}

		for (const [key, item] of Object.entries(from)) {
			const copied = copy(item);
			// A key is a property of its own, even "__proto__", as JSON.parse makes it.
			Object.defineProperty(to, key, {value: copied, enumerable: true, writable: true, configurable: true});
			pending.push([item, copied]);
		}
	}

	// Only strings change; the shape of the data stays what it was.
	// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion
	return top as T;
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
	if (Array.isArray(value)) {
		return true;
	}

	const prototype: unknown = typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : undefined;
	return prototype === Object.prototype || prototype === null;
}
