import path from 'node:path';
import {shellQuote} from '../text/shell-quote.js';

/**
The command that shows this résumé again, for the banner's last line: a URL as given, a file by its base
name (a reader of the banner has no use for the absolute path of someone else's home directory).
*/
export function dataCommand(data: string | undefined): string {
	if (data === undefined) {
		return 'npx terminal-resume';
	}

	const source = /^https?:\/\//iv.test(data) || data === '-' ? data : path.basename(data);
	return `terminal-resume --data ${shellQuote(source)}`;
}
