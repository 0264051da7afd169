import {Buffer} from 'node:buffer';
import {isLinkable} from '../text/hyperlink.js';

/**
The OSC 52 sequence that asks the terminal to put `url` on the clipboard: its UTF-8 bytes in base64, which
holds no control character. Terminals that do not allow it ignore it. Nothing for a URL that is not linkable.
*/
export function clipboardSequence(url: string): string {
	return isLinkable(url) ? `\u001B]52;c;${Buffer.from(url, 'utf8').toString('base64')}\u0007` : '';
}
