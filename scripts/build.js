// Bundles the CLI and every library it uses into one file, dist/cli.js, so that installing the package
// fetches nothing else and starting it reads one file.
import {readFile} from 'node:fs/promises';
import {build} from 'esbuild';

const stub = path => new URL(`stubs/${path}`, import.meta.url).pathname;

/**
Small, exact changes to libraries as they are bundled. Each names the text it replaces, and the build fails
if that text is not there (a new version of the library), so that a patch is never silently lost.
*/
const patches = [
	{
		file: 'yoga-layout/dist/binaries/yoga-wasm-base64-esm.js',
		why: 'Yoga’s WebAssembly is inline as base64: decode it directly instead of through fetch(), which loads undici (~25 ms and much garbage at start-up).',
		find: '"function"!=typeof fetch',
		replace: 'true',
	},
	{
		file: 'yoga-layout/dist/binaries/yoga-wasm-base64-esm.js',
		why: 'Compile Yoga’s small WebAssembly module synchronously: the asynchronous compile leaves the first frame waiting on another thread.',
		find: 'return ya().then(function(f){return WebAssembly.instantiate(f,d)})',
		replace: 'return ya().then(function(f){return {instance:new WebAssembly.Instance(new WebAssembly.Module(f),d)}})',
	},
	{
		file: 'ink/build/log-update.js',
		why: 'Ink 6.8’s incremental renderer moves up one line too few after a frame that ends in a newline, so every update is drawn a line lower (fixed in Ink 7, which needs Node 22).',
		find: 'buffer.push(ansiEscapes.cursorUp(previousVisible - 1));',
		replace: String.raw`buffer.push(ansiEscapes.cursorUp(previousOutput.endsWith('\n') ? previousVisible : previousVisible - 1));`,
	},
];

const patchLibraries = {
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
					if (!source.includes(patch.find)) {
						throw new Error(`${path} no longer contains ${JSON.stringify(patch.find)}: check the patch (${patch.why})`);
					}

					source = source.replace(patch.find, patch.replace);
				}

				return {contents: source, loader: 'js'};
			});
		}
	},
};

await build({
	entryPoints: ['source/cli.tsx'],
	outfile: 'dist/cli.js',
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
		// Ink draws nothing until exit when it thinks it runs in CI; this program decides for itself
		// whether it has a terminal, so a CI variable in someone's shell must not blank the app.
		'is-in-ci': stub('is-in-ci.js'),
		// Every width measured goes through string-width; most text needs none of its Unicode tables.
		'string-width': stub('string-width.js'),
		'slice-ansi': stub('slice-ansi.js'),
	},
	plugins: [patchLibraries],
	banner: {
		// Some bundled CommonJS code calls require() for Node built-ins.
		js: "#!/usr/bin/env node\nimport {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
