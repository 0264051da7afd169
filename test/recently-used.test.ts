import test from 'ava';
import {RecentlyUsed} from '../source/text/recently-used.js';

test('a value is made once while it is kept, and the one used longest ago goes first', t => {
	const made: string[] = [];
	const kept = new RecentlyUsed<string, string>(2);
	const get = (key: string) =>
		kept.get(key, () => {
			made.push(key);
			return key.toUpperCase();
		});

	t.is(get('a'), 'A');
	t.is(get('b'), 'B');
	t.is(get('a'), 'A');
	t.deepEqual(made, ['a', 'b']);
	// Three keys, room for two: b was used longest ago.
	get('c');
	get('a');
	t.deepEqual(made, ['a', 'b', 'c']);
	get('b');
	t.deepEqual(made, ['a', 'b', 'c', 'b']);
});

test('a value that is undefined is kept too', t => {
	let calls = 0;
	const kept = new RecentlyUsed<number, undefined>(1);
	kept.get(1, () => {
		calls++;
		return undefined;
	});
	kept.get(1, () => {
		calls++;
		return undefined;
	});
	t.is(calls, 1);
});
