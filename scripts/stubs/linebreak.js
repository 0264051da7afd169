// The linebreak package inflates its Unicode tables as soon as it is loaded (7–18 ms); only Chinese, Japanese and
// Korean text needs it, so it is loaded the first time such text is wrapped.
let LineBreaker;

export default function LazyLineBreaker(text) {
	// A require() that esbuild bundles as a module initialised on first use.
	// eslint-disable-next-line unicorn/prefer-module
	LineBreaker ??= require('../../node_modules/linebreak/dist/main.cjs');
	return new LineBreaker(text);
}
