// The slice-ansi package builds its tables as soon as it is loaded; printing rarely cuts text, so load it when first
// used rather than at every start.
let sliceAnsi;

export default function lazySliceAnsi(...parameters) {
	// A require() that esbuild bundles as a module initialised on first use.
	// eslint-disable-next-line unicorn/prefer-module
	sliceAnsi ??= require('../../node_modules/slice-ansi/index.js').default;
	return sliceAnsi(...parameters);
}
