import assert from 'node:assert/strict';
import test from 'ava';
import fc from 'fast-check';
import type {Key} from 'ink';
import {commandFor, keymap, type Binding, type KeyPress} from '../source/app/keymap.js';
import {
	currentPath,
	fitNavState,
	initialNavState,
	navigate,
	type NavShape,
	type NavState,
	type ViewMetrics,
} from '../source/app/navigation.js';

/*
Random content, random terminal sizes and random key presses, run as the app runs them (source/app.tsx and
source/frame.ts): the frame fits the state to the content, then the key press moves it. The state must never
point outside the content.
*/

/** A screen as the reducer sees it. Item and page heights come in one variant per terminal width. */
type Screen =
	| {readonly kind: 'page'; readonly lines: readonly number[]}
	| {readonly kind: 'list'; readonly header: number; readonly gap: number; readonly items: readonly Item[]};
type Item = {readonly heights: readonly number[]; readonly child?: Screen};

/** A terminal size: which width variant the content is laid out in, and the lines of the viewport. */
type Size = {readonly variant: number; readonly height: number; readonly helpLines: number};

const variants = 3;
const heightsArbitrary = (min: number, max: number) =>
	fc.array(fc.integer({min, max}), {minLength: variants, maxLength: variants});

function screenArbitrary(depth: number): fc.Arbitrary<Screen> {
	const page = heightsArbitrary(0, 60).map((lines): Screen => ({kind: 'page', lines}));
	const item: fc.Arbitrary<Item> =
		depth === 0
			? heightsArbitrary(1, 14).map(heights => ({heights}))
			: fc
					.tuple(heightsArbitrary(1, 14), fc.option(screenArbitrary(depth - 1), {nil: undefined, freq: 2}))
					.map(([heights, child]) => (child ? {heights, child} : {heights}));
	const list = fc
		.record({
			header: fc.integer({min: 0, max: 12}),
			gap: fc.integer({min: 0, max: 1}),
			items: fc.array(item, {maxLength: 9}),
		})
		.map((fields): Screen => ({kind: 'list', ...fields}));
	return fc.oneof({weight: 1, arbitrary: page}, {weight: 3, arbitrary: list});
}

const contentArbitrary = fc.array(screenArbitrary(3), {minLength: 1, maxLength: 6});

const sizeArbitrary: fc.Arbitrary<Size> = fc.record({
	variant: fc.integer({min: 0, max: variants - 1}),
	height: fc.integer({min: 1, max: 30}),
	helpLines: fc.integer({min: 0, max: 60}),
});

/** The keys of a binding as Ink reports them: typed characters, or a named key with its modifiers. */
function keysOf(binding: Binding): Array<{input: string; key: Partial<Key>}> {
	return binding.keys.flatMap(spec => {
		const key: Partial<Key> = {ctrl: spec.ctrl ?? false, shift: spec.shift ?? false};
		if (spec.key) {
			return [{input: '', key: {...key, [spec.key]: true}}];
		}

		return [...(spec.anyOf ?? spec.input ?? '')].map(input => ({input, key}));
	});
}

/** A random key press (any command as likely as another), turned into its command by the key map itself. */
const pressArbitrary: fc.Arbitrary<KeyPress> = fc
	.constantFrom(...keymap)
	.chain(binding => fc.constantFrom(...keysOf(binding)))
	.map(({input, key}) => {
		const press = commandFor(input, key);
		assert.ok(press, `the key map has a command for ${JSON.stringify({input, key})}`);
		return press;
	});

const pressesArbitrary = fc.array(pressArbitrary, {minLength: 1, maxLength: 80, size: 'max'});

/** What the screen at `path` is, opening items one after another; undefined when the path leads nowhere. */
function screenAt(screen: Screen, path: readonly number[]): Screen | undefined {
	let current = screen;
	for (const index of path) {
		const child = current.kind === 'list' ? current.items[index]?.child : undefined;
		if (!child) {
			return undefined;
		}

		current = child;
	}

	return current;
}

/** The lines of a screen at a terminal size, as frame.ts measures them: a header, then items with gaps. */
function metricsOf(screen: Screen, size: Size): ViewMetrics {
	if (screen.kind === 'page') {
		return {items: [], lines: screen.lines[size.variant]!, height: size.height};
	}

	let top = screen.header;
	const items = screen.items.map(item => {
		const lines = {top, bottom: top + item.heights[size.variant]!};
		top = lines.bottom + screen.gap;
		return lines;
	});
	return {items, lines: items.at(-1)?.bottom ?? screen.header, height: size.height};
}

/** The shape frame.ts hands the reducer; like the app's `descend`, a path that leads nowhere stops early. */
function shapeOf(content: readonly Screen[], state: NavState, size: Size): NavShape {
	const lenient = (section: number, path: readonly number[]): Screen => {
		let screen = content[section]!;
		for (const index of path) {
			const child = screen.kind === 'list' ? screen.items[index]?.child : undefined;
			if (!child) {
				break;
			}

			screen = child;
		}

		return screen;
	};

	return {
		sections: content.length,
		count(section, parents) {
			const screen = lenient(section, parents);
			return screen.kind === 'list' ? screen.items.length : 0;
		},
		canOpen(section, path) {
			const screen = lenient(section, path.slice(0, -1));
			return screen.kind === 'list' && screen.items[path.at(-1)!]?.child !== undefined;
		},
		view: metricsOf(lenient(state.section, currentPath(state).slice(0, -1)), size),
		helpLines: size.helpLines,
	};
}

const maxOffset = (view: ViewMetrics) => Math.max(0, view.lines - view.height);

/**
Every trail of every section leads somewhere, every cursor is on an item (0 on a page), and the offsets
`checked` are within 0..lines-height of their screen: all of them, only the screen shown's, or none.
*/
function assertInRange(
	content: readonly Screen[],
	state: NavState,
	size: Size,
	checked: 'all offsets' | 'offset shown' | 'no offset',
): void {
	assert.ok(Number.isInteger(state.section) && state.section >= 0 && state.section < content.length, 'section');
	assert.equal(state.trails.length, content.length, 'one trail a section');
	for (const [section, trail] of state.trails.entries()) {
		assert.ok(trail.length > 0, `section ${section} has a trail`);
		const path = trail.map(level => level.cursor);
		for (const [depth, level] of trail.entries()) {
			const where = `section ${section}, level ${depth}, ${JSON.stringify(level)}`;
			const screen = screenAt(content[section]!, path.slice(0, depth));
			assert.ok(screen, `${where}: the trail leads to a screen`);
			const count = screen.kind === 'list' ? screen.items.length : 0;
			assert.ok(level.cursor >= 0 && level.cursor < Math.max(1, count), `${where}: cursor < ${count}`);
			const view = metricsOf(screen, size);
			const shown = section === state.section && depth === trail.length - 1;
			if (checked === 'all offsets' || (checked === 'offset shown' && shown)) {
				assert.ok(level.offset >= 0 && level.offset <= maxOffset(view), `${where}: offset in 0..${maxOffset(view)}`);
			}
		}
	}

	if (state.help !== undefined) {
		const help = Math.max(0, size.helpLines - size.height);
		assert.ok(state.help >= 0 && state.help <= help, `help offset ${state.help} in 0..${help}`);
	}
}

/** One key press as the app handles it: draw (fitting the state), then move from what was drawn. */
function press(content: readonly Screen[], state: NavState, size: Size, action: KeyPress) {
	const measured = shapeOf(content, state, size);
	const drawn = fitNavState(state, measured);
	const shape = drawn === state ? measured : shapeOf(content, drawn, size);
	assert.equal(fitNavState(drawn, shape), drawn, 'fitting what was fitted changes nothing');
	return {drawn, next: navigate(drawn, action, shape)};
}

const fixedRuns = 500;
const resizingRuns = 500;

test(`at one terminal size, no key sequence leaves the state out of range (${fixedRuns} generated)`, t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(contentArbitrary, sizeArbitrary, pressesArbitrary, (content, size, presses) => {
				let state = initialNavState(content.length);
				for (const action of presses) {
					const {drawn, next} = press(content, state, size, action);
					assertInRange(content, drawn, size, 'all offsets');
					assertInRange(content, next, size, 'all offsets');
					state = next;
				}
			}),
			{numRuns: fixedRuns},
		);
	});
});

test(`through resizes, every state drawn is in range (${resizingRuns} generated)`, t => {
	const step = fc.oneof(
		{weight: 4, arbitrary: pressArbitrary.map(action => ({action}))},
		{weight: 1, arbitrary: sizeArbitrary.map(size => ({size}))},
	);
	t.notThrows(() => {
		fc.assert(
			fc.property(
				contentArbitrary,
				sizeArbitrary,
				fc.array(step, {minLength: 1, maxLength: 80, size: 'max'}),
				(content, firstSize, steps) => {
					let state = initialNavState(content.length);
					let size = firstSize;
					for (const event of steps) {
						if ('size' in event) {
							size = event.size;
							continue;
						}

						const {drawn, next} = press(content, state, size, event.action);
						// Levels not shown were scrolled at an older size (and back shows one): the frame fits them first.
						assertInRange(content, drawn, size, 'offset shown');
						assertInRange(content, next, size, 'no offset');
						state = next;
					}
				},
			),
			{numRuns: resizingRuns},
		);
	});
});
