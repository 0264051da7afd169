// Bundles the CLI and every library it uses into dist/: the entry dist/cli.js and chunks it loads when they are
// needed (the interactive host with Ink, React and Yoga; YAML), so that installing the package fetches nothing
// else and each start reads only what it runs.
import {rmSync} from 'node:fs';
import {build} from 'esbuild';
import {patchLibraries} from './bundle-patches.js';
import {ssh2Parts} from './ssh2-parts.js';

/** Ink's modules this program replaces with its own: which file imports each, and what replaces it. */
const inkReplacements = [
	// Ink draws its frames through our cell writer instead of its log-update.
	{specifier: './log-update.js', importer: '/ink/build/ink.js', path: '../source/app/ink-log-update.ts'},
	// A frame of whole lines is joined as it is, not composed a cell at a time.
	{specifier: './output.js', importer: '/ink/build/renderer.js', path: '../source/app/ink-output.ts'},
];

/** @type {import('esbuild').Plugin} */
const replaceInkModules = {
	name: 'replace-ink-modules',
	setup(build) {
		for (const {specifier, importer, path} of inkReplacements) {
			// An esbuild filter is a Go regular expression, which takes no JavaScript flags.
			// eslint-disable-next-line require-unicode-regexp
			const filter = new RegExp(`^${specifier.replaceAll('.', String.raw`\.`)}$`);
			build.onResolve({filter}, resolved =>
				resolved.importer.endsWith(importer) ? {path: new URL(path, import.meta.url).pathname} : undefined,
			);
		}
	},
};

/** @param {string} path */
const stub = path => new URL(`stubs/${path}`, import.meta.url).pathname;

// Chunks are named by their content: old ones would pile up.
rmSync('dist', {recursive: true, force: true});

await build({
	// The server's renderers are worker threads, each loading a file of its own (source/ssh/renderers.ts).
	entryPoints: {cli: 'source/cli/cli.ts', 'render-worker': 'source/ssh/render-worker.ts'},
	outdir: 'dist',
	// Beside the entry, so that paths relative to the code (../data/resume.json) are the same in every file.
	chunkNames: '[name]-[hash]',
	splitting: true,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	alias: {
		// Ink loads React DevTools only when asked to; never in this program.
		'react-devtools-core': stub('react-devtools-core.js'),
		ws: stub('ws.js'),
		// Every width measured goes through string-width; most text needs none of its Unicode tables.
		'string-width': stub('string-width.js'),
		'slice-ansi': stub('slice-ansi.js'),
		linebreak: stub('linebreak.js'),
		// Shows the cursor on stderr at exit, for programs that hide it on stderr; Ink shows it on its own stream,
		// and the server's stderr is its log, which must get no escape codes.
		'restore-cursor': stub('restore-cursor.js'),
	},
	plugins: [patchLibraries, replaceInkModules, ssh2Parts],
	banner: {
		// Some bundled CommonJS code calls require() for Node built-ins.
		js: "#!/usr/bin/env node\nimport {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
