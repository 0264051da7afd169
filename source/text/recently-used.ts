/**
Values worked out lately, kept by key up to `limit`, the one used longest ago dropped first: for work a frame
would otherwise repeat on every key, bounded so that a session's memory is too.
*/
export class RecentlyUsed<Key, Value> {
	readonly #values = new Map<Key, Value>();
	readonly #limit: number;

	constructor(limit: number) {
		this.#limit = limit;
	}

	/** The value kept for `key`, else `make()`'s, kept. */
	get(key: Key, make: () => Value): Value {
		if (this.#values.has(key)) {
			const value = this.#values.get(key)!;
			// Used again: it goes to the back of the queue.
			this.#values.delete(key);
			this.#values.set(key, value);
			return value;
		}

		const value = make();
		if (this.#values.size >= this.#limit) {
			this.#values.delete(this.#values.keys().next().value!);
		}

		this.#values.set(key, value);
		return value;
	}
}
