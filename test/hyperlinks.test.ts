/* eslint-disable @typescript-eslint/naming-convention -- environment variables are named in UPPER_CASE */
import {Buffer} from 'node:buffer';
import test from 'ava';
import {clipboardSequence} from '../source/app/clipboard.js';
import {supportsHyperlinks} from '../source/cli/hyperlink-support.js';
import {hyperlink} from '../source/text/hyperlink.js';
import {safeText} from '../source/text/safe-text.js';
import {displayWidth, shortenMiddle} from '../source/text/text.js';

const terminal = {isTerminal: true};
/** A script URL, which must never be linked, opened or copied. */
const script = ['javascript', 'alert(1)'].join(':');

test('hyperlinks are decided from the session environment; FORCE_HYPERLINK overrides it, but never for a pipe', t => {
	t.true(supportsHyperlinks({FORCE_HYPERLINK: '1'}, terminal));
	t.false(
		supportsHyperlinks({FORCE_HYPERLINK: '0', TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.5.0'}, terminal),
	);
	t.false(supportsHyperlinks({FORCE_HYPERLINK: '1'}, {isTerminal: false}));
	t.true(supportsHyperlinks({TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.5.0'}, terminal));
	t.false(supportsHyperlinks({TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0.0'}, terminal));
	t.true(supportsHyperlinks({VTE_VERSION: '7600'}, terminal));
	t.false(supportsHyperlinks({VTE_VERSION: '0.50.0'}, terminal));
	t.true(supportsHyperlinks({TERM: 'xterm-kitty'}, terminal));
	t.true(supportsHyperlinks({TERM: 'foot'}, terminal));
	t.true(supportsHyperlinks({WT_SESSION: 'x'}, {isTerminal: true, platform: 'win32'}));
	t.false(supportsHyperlinks({}, {isTerminal: true, platform: 'win32'}));
	t.false(supportsHyperlinks({TERM: 'xterm-256color'}, terminal));
	t.false(supportsHyperlinks({TERM: 'xterm-kitty', CI: 'true'}, terminal));
});

test('a hyperlink is OSC 8 to exactly its URL, for http, https and mailto only', t => {
	const url = "https://example.com/a_(b),c+d!*$'?q=1&r=[2]#x";
	t.is(hyperlink('title', url), `\u001B]8;;${url}\u001B\\title\u001B]8;;\u001B\\`);
	t.is(hyperlink('mail', 'mailto:ada@example.com'), '\u001B]8;;mailto:ada@example.com\u001B\\mail\u001B]8;;\u001B\\');
	for (const other of [script, 'file:///etc/passwd', 'ftp://example.com/', 'data:text/plain,x', 'no url']) {
		t.is(hyperlink('title', other), 'title', `${other}`);
	}
});

test('a URL holding a control character (ESC, BEL, C1 ST, DEL) is not linked', t => {
	for (const bad of ['\u001B', '\u0007', '\u009C', '\u009D', '\u007F', '\n']) {
		t.is(hyperlink('title', `https://example.com/${bad}x`), 'title', `${JSON.stringify(bad)}`);
	}
});

test('a hyperlink takes no columns and is removed whole by the safe-text path, whatever its URL holds', t => {
	const url = "https://example.com/a_(b),c+d!*$'";
	const linked = hyperlink('How we review', url);
	t.is(displayWidth(linked), displayWidth('How we review'));
	t.is(displayWidth(`\u001B]8;;${url}\u0007x\u001B]8;;\u0007`), 1);
	t.is(safeText(linked), 'How we review');
});

test('a URL too wide is shortened in the middle, keeping its start and end', t => {
	const url = 'https://example.com/a/very/long/path/to/the-page.html';
	const short = shortenMiddle(url, 30);
	t.is(displayWidth(short), 30);
	const [head, tail] = short.split('…');
	t.true(url.startsWith(head!) && url.endsWith(tail!) && head!.length > 10 && tail!.length > 10);
	t.is(shortenMiddle(url, 80), url);
});

test('OSC 52 carries the base64 of exactly the URL', t => {
	const url = 'https://example.org/posts/replication-internals?x=1';
	const sequence = clipboardSequence(url);
	// eslint-disable-next-line no-control-regex -- the escape sequence is what it reads
	const match = /^\u001B\]52;c;([A-Za-z\d+\/=]+)\u0007$/v.exec(sequence);
	t.truthy(match);
	t.is(Buffer.from(match![1]!, 'base64').toString('utf8'), url);
	t.is(clipboardSequence(script), '');
});
