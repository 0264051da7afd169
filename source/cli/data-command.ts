import path from 'node:path';
import {safeText} from '../text/safe-text.js';

/**
The command that shows this résumé again, for the banner's last line: a URL as given, a file by its base
name (a reader of the banner has no use for the absolute path of someone else's home directory).
*/
export function dataCommand(data: string | undefined): string {
	if (data === undefined) {
		return 'npx terminal-resume';
	}

	const source = /^https?:\/\//iv.test(data) || data === '-' ? data : path.basename(data);
	return `terminal-resume --data ${shellWord(safeText(source))}`;
}

/** A word as a shell reads it back: quoted when it has anything a shell would act on. */
function shellWord(word: string): string {
	return /^[\w@%+=:,.\/\-]+$/v.test(word) ? word : `'${word.replaceAll("'", String.raw`'\''`)}'`;
}
