import {safeText} from './safe-text.js';

/**
A word for a command line that a person may copy into a POSIX shell: as it is when every character is one
a shell takes literally, else in single quotes. Controls are removed first: a banner shows no escapes.
*/
export function shellQuote(word: string): string {
	const shown = safeText(word);
	return /^[\w@%+=:,.\/\-]+$/v.test(shown) ? shown : `'${shown.replaceAll("'", String.raw`'\''`)}'`;
}
