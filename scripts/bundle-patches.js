// Small, exact changes to libraries as they are bundled. Each says why; each fails the build if the text it
// changes is not there (a new version of the library), so that a patch is never silently lost.
import {readFile} from 'node:fs/promises';
import {Buffer} from 'node:buffer';
import {brotliCompressSync} from 'node:zlib';

const yoga = 'yoga-layout/dist/binaries/yoga-wasm-base64-esm.js';
const ink = 'ink/build/ink.js';
const ansiTokenize = '@alcalzone/ansi-tokenize/build/tokenize.js';
const inkWrapAnsi = 'ink/node_modules/wrap-ansi/index.js';
const graphemes = new URL('../source/text/graphemes.ts', import.meta.url).pathname;

/**
Replaces a Segmenter made when a library is loaded by source/text/graphemes.ts, which makes one only when text needs it.
@param {string} source
@param {string} construction
@param {string} use
*/
function lazySegmenter(source, construction, use) {
	const imported = replaceExactly(source, construction, `import {graphemeSegments} from ${JSON.stringify(graphemes)};`);
	return replaceExactly(imported, use, `graphemeSegments(`);
}

/**
@typedef {object} Patch
@property {string} file The library file, as its path ends.
@property {string} why
@property {(source: string) => string} apply
*/

/**
@param {string} source
@param {string} find
@param {string} replace
*/
function replaceExactly(source, find, replace) {
	if (!source.includes(find)) {
		throw new Error(`no longer contains ${JSON.stringify(find.slice(0, 80))}`);
	}

	return source.replace(find, () => replace);
}

/** @type {Patch[]} */
const patches = [
	{
		file: yoga,
		why: 'Yoga’s WebAssembly is inline as base64 (39 kB gzipped); shipped brotli-compressed it is 25 kB, and handing it to Emscripten as wasmBinary also skips fetch(), which loads undici (~25 ms at start-up).',
		apply(source) {
			const prefix = 'data:application/octet-stream;base64,';
			// The module itself, not the same prefix where Emscripten checks for data URLs.
			const base64 = /data:application\/octet-stream;base64,([\w+\/=]{1000,})/v.exec(source)?.[1];
			if (base64 === undefined) {
				throw new Error('no longer holds its WebAssembly inline as base64');
			}

			const compressed = brotliCompressSync(Buffer.from(base64, 'base64')).toString('base64');
			const withoutInline = replaceExactly(source, prefix + base64, prefix);
			return replaceExactly(
				withoutInline,
				'h.wasmBinary&&(w=h.wasmBinary)',
				`w=require("node:zlib").brotliDecompressSync(Buffer.from("${compressed}","base64"))`,
			);
		},
	},
	{
		file: yoga,
		why: 'Compile Yoga’s small WebAssembly module synchronously: the asynchronous compile leaves the first frame waiting on another thread.',
		apply: source =>
			replaceExactly(
				source,
				'return ya().then(function(f){return WebAssembly.instantiate(f,d)})',
				'return ya().then(function(f){return {instance:new WebAssembly.Instance(new WebAssembly.Module(f),d)}})',
			),
	},
	{
		file: ink,
		why: 'The first frame is drawn before Ink loads, on the alternate screen it enters (source/app/pre-paint.ts); entering it again would save the cursor over the one the exit must restore, and some terminals clear the screen. The log-update that takes the frame over says whether it was entered.',
		apply: source =>
			replaceExactly(
				source,
				`        this.writeBestEffort(this.options.stdout, ansiEscapes.enterAlternativeScreen);
        this.writeBestEffort(this.options.stdout, hideCursorEscape);
    }`,
				`        if (!this.log.hasEnteredAlternateScreen) {
            this.writeBestEffort(this.options.stdout, ansiEscapes.enterAlternativeScreen);
            this.writeBestEffort(this.options.stdout, hideCursorEscape);
        }
    }`,
			),
	},
	{
		file: 'ink/build/squash-text-nodes.js',
		why: 'Ink squashes every Text of a frame again for every frame, and sanitizing its escapes was a fifth of a key’s time on the server; a Text holding only a string (every line of this app) keeps what its string squashed to until the string changes.',
		apply(source) {
			const start = replaceExactly(
				source,
				'const squashTextNodes = (node) => {\n',
				`const squashTextNodes = (node) => {
    const only = node.childNodes.length === 1 && node.childNodes[0].nodeName === '#text' ? node.childNodes[0].nodeValue : undefined;
    if (only !== undefined && node.internal_squashed?.from === only) {
        return node.internal_squashed.text;
    }
`,
			);
			return replaceExactly(
				start,
				'    return text;\n};\nexport default squashTextNodes;',
				`    if (only !== undefined) {
        node.internal_squashed = { from: only, text };
    }
    return text;
};
export default squashTextNodes;`,
			);
		},
	},
	{
		file: ansiTokenize,
		why: 'The first Intl.Segmenter a process makes costs 10–30 ms (ICU loads its break rules), and ansi-tokenize makes one when it is loaded; source/text/graphemes.ts splits text made of characters that never join without one, and makes it only for other text.',
		apply: source =>
			lazySegmenter(
				source,
				'const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });',
				'segmenter.segment(',
			),
	},
	{
		file: inkWrapAnsi,
		why: 'Ink’s wrap-ansi makes an Intl.Segmenter when it is loaded too (see ansi-tokenize above).',
		apply: source => lazySegmenter(source, 'const segmenter = new Intl.Segmenter();', 'segmenter.segment('),
	},
	{
		file: 'ssh2/lib/protocol/crypto/poly1305.js',
		why: 'Emscripten’s loader for Poly1305 (ChaCha20-Poly1305 without the native add-on) starts by reading __dirname, which an ES module bundle does not have; its WebAssembly is inline, so the folder is never used.',
		apply: source => replaceExactly(source, 'B=y?require("path").dirname(B)+"/":__dirname+"/"', 'B="/"'),
	},
	{
		file: 'ssh2/lib/utils.js',
		why: 'ssh2 tells a session from a channel by its class’s name, which minifying changes: a client that closed a session before it started a shell or a command then crashed the whole server. Only a session has _chanInfo.',
		apply: source =>
			replaceExactly(
				source,
				"channel.server && channel.constructor.name === 'Session'",
				"channel.server && '_chanInfo' in channel",
			),
	},
	{
		file: 'ssh2/lib/server.js',
		why: 'A channel that a handler rejects (port forwarding, a second session) goes back to the client as "connect failed", as if the server had tried; this server never opens one, so it is "administratively prohibited", as OpenSSH says for forwarding it does not allow.',
		apply: source =>
			replaceExactly(
				source,
				'reason = CHANNEL_OPEN_FAILURE.CONNECT_FAILED;',
				'reason = CHANNEL_OPEN_FAILURE.ADMINISTRATIVELY_PROHIBITED;',
			),
	},
];

/**
The esbuild plugin that applies the patches.
@type {import('esbuild').Plugin}
*/
export const patchLibraries = {
	name: 'patch-libraries',
	setup(build) {
		// One onLoad per file: esbuild runs only the first callback that returns contents.
		for (const file of new Set(patches.map(patch => patch.file))) {
			// The paths hold only letters, dots, dashes and slashes; only the dots need escaping.
			const escaped = file.replaceAll('.', String.raw`\.`);
			// An esbuild filter is a Go regular expression, which takes no JavaScript flags.
			// eslint-disable-next-line require-unicode-regexp
			build.onLoad({filter: new RegExp(`${escaped}$`)}, async ({path}) => {
				let source = await readFile(path, 'utf8');
				for (const patch of patches.filter(patch => patch.file === file)) {
					try {
						source = patch.apply(source);
					} catch (error) {
						const message = error instanceof Error ? error.message : String(error);
						throw new Error(`${path}: ${message}; check the patch: ${patch.why}`, {cause: error});
					}
				}

				return {contents: source, loader: 'js'};
			});
		}
	},
};
