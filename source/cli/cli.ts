// The program's entry: as small as can be, so that Node's compile cache is on before the rest is read.
import module from 'node:module';

try {
	// Node 22.1 and later keep the compiled code of the bundle in a cache (in the temporary folder), so that
	// the next start compiles nothing; Node 20 has no such cache. One that cannot be written is skipped.
	// Looked up, not called as a method: Node 20's types do not have it.
	const enableCompileCache: unknown = Reflect.get(module, 'enableCompileCache');
	if (typeof enableCompileCache === 'function') {
		Reflect.apply(enableCompileCache, module, []);
	}
} catch {
	// A start without the cache is only slower.
}

await import('./main.js');
