import {safeText, safeUrl} from '../text/safe-text.js';

/** A string made safe for the terminal and trimmed; an empty or blank one says nothing, so it is absent. */
export function clean(value: string | undefined): string | undefined {
	const trimmed = value === undefined ? '' : safeText(value).trim();
	return trimmed === '' ? undefined : trimmed;
}

export function cleanList(values: readonly string[] | undefined): string[] {
	return (values ?? []).flatMap(value => clean(value) ?? []);
}

export function joinPresent(values: ReadonlyArray<string | undefined>, separator: string): string | undefined {
	return clean(values.flatMap(value => clean(value) ?? []).join(separator));
}

/** A URL that may be shown and followed (http, https, mailto); anything else is left out. */
export function linkOf(url: string | undefined): string | undefined {
	const trimmed = clean(url);
	return trimmed === undefined ? undefined : safeUrl(trimmed);
}
