/** An object with a value made for each of `keys`, in their order (the report's rows and columns follow it). */
export function fromKeys<Key extends string, T>(
	keys: readonly Key[],
	make: (key: Key, index: number) => T,
): Record<Key, T> {
	// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- Object.fromEntries forgets the keys it was given
	return Object.fromEntries(keys.map((key, index) => [key, make(key, index)])) as Record<Key, T>;
}

/** The keys of an object made with literal keys, typed as such. */
export function keysOf<Key extends string>(object: Readonly<Record<Key, unknown>>): Key[] {
	// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- Object.keys forgets the literal keys
	return Object.keys(object) as Key[];
}
