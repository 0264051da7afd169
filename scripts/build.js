// Bundles the CLI and every library it uses into one file, dist/cli.js, so that installing the package
// fetches nothing else and starting it reads one file.
import {build} from 'esbuild';
import {patchLibraries} from './bundle-patches.js';

/** @param {string} path */
const stub = path => new URL(`stubs/${path}`, import.meta.url).pathname;

await build({
	entryPoints: ['source/cli/main.ts'],
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
		ws: stub('ws.js'),
		// Every width measured goes through string-width; most text needs none of its Unicode tables.
		'string-width': stub('string-width.js'),
		'slice-ansi': stub('slice-ansi.js'),
		linebreak: stub('linebreak.js'),
	},
	plugins: [patchLibraries],
	banner: {
		// Some bundled CommonJS code calls require() for Node built-ins.
		js: "#!/usr/bin/env node\nimport {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
