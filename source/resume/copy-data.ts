/**
A deep copy of parsed JSON or YAML data (objects, lists and scalars), made with a stack of its own rather
than by recursion: structuredClone overflows the call stack on data nested a few thousand levels deep,
which a file may be (data-bounds.ts lets 5,000 through).
*/
export function copyData<T>(data: T): T {
	const isList = (value: unknown): value is unknown[] => Array.isArray(value);
	const copyOf = (value: unknown): unknown =>
		isList(value) ? [...value] : typeof value === 'object' && value !== null ? {...value} : value;
	const root = copyOf(data);
	const pending: unknown[] = [root];
	while (pending.length > 0) {
		// Only copies of objects and lists are pushed.
		// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion
		const container = pending.pop() as Record<string, unknown>;
		for (const key of Object.keys(container)) {
			const value = container[key];
			if (typeof value === 'object' && value !== null) {
				const copy = copyOf(value);
				// Defined, not assigned: a "__proto__" key in the data is a key like any other.
				Object.defineProperty(container, key, {value: copy, writable: true, enumerable: true, configurable: true});
				pending.push(copy);
			}
		}
	}

	// The same shape as `data`, value for value.
	// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion
	return root as T;
}
