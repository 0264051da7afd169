import test from 'ava';
import type {Command} from '../source/app/keymap.js';
import {
	currentPath,
	currentTrail,
	fitNavState,
	initialNavState,
	navigate,
	type Level,
	type NavShape,
	type NavState,
	type ViewMetrics,
} from '../source/app/navigation.js';

/**
A list laid out as the app does: an optional header, then items of the given heights with a blank
line between them.
*/
function listView(heights: readonly number[], height: number, header = 0): ViewMetrics {
	let top = header;
	const items = heights.map(lines => {
		const item = {top, bottom: top + lines};
		top = item.bottom + 1;
		return item;
	});
	return {items, lines: items.at(-1)?.bottom ?? header, height};
}

function pageView(lines: number, height: number): ViewMetrics {
	return {items: [], lines, height};
}

function shapeOf(view: ViewMetrics, overrides: Partial<NavShape> = {}): NavShape {
	return {
		sections: 5,
		count: () => view.items.length,
		canOpen: () => false,
		view,
		helpLines: 30,
		...overrides,
	};
}

/** Applies commands one after another. */
function run(state: NavState, commands: readonly Command[], shape: NavShape): NavState {
	let next = state;
	for (const command of commands) {
		next = navigate(next, {command}, shape);
	}

	return next;
}

/** Every level reached by pressing `command` `times` times, as [cursor, offset] pairs. */
function steps(state: NavState, command: Command, times: number, shape: NavShape): Array<[number, number]> {
	const levels: Array<[number, number]> = [];
	let next = state;
	for (let index = 0; index < times; index++) {
		next = navigate(next, {command}, shape);
		const level = currentTrail(next).at(-1)!;
		levels.push([level.cursor, level.offset]);
	}

	return levels;
}

const at = (trail: readonly Level[], section = 0, sections = 5): NavState => ({
	...initialNavState(sections),
	section,
	trails: Array.from({length: sections}, (_, index) => (index === section ? trail : [{cursor: 0, offset: 0}])),
});

const last = (state: NavState): Level => currentTrail(state).at(-1)!;

test('the initial state is the top of the first section, each section at its top', t => {
	const state = initialNavState(3);
	t.is(state.section, 0);
	t.deepEqual(state.trails, [[{cursor: 0, offset: 0}], [{cursor: 0, offset: 0}], [{cursor: 0, offset: 0}]]);
	t.is(state.help, undefined);
	t.deepEqual(currentPath(state), [0]);
});

test('down moves the cursor and stops at the last item; up stops at the first', t => {
	const shape = shapeOf(listView([1, 1, 1, 1, 1], 20));
	t.deepEqual(steps(initialNavState(5), 'down', 6, shape), [
		[1, 0],
		[2, 0],
		[3, 0],
		[4, 0],
		[4, 0],
		[4, 0],
	]);
	t.deepEqual(steps(at([{cursor: 2, offset: 0}]), 'up', 3, shape), [
		[1, 0],
		[0, 0],
		[0, 0],
	]);
});

test('moving down scrolls just enough to show the selected item', t => {
	// Items of 2 lines: item i spans [3i, 3i + 2); the viewport shows 7 lines.
	const shape = shapeOf(listView([2, 2, 2, 2, 2], 7));
	t.deepEqual(steps(initialNavState(5), 'down', 4, shape), [
		[1, 0],
		[2, 1],
		[3, 4],
		[4, 7],
	]);
	// Moving back up scrolls only once the item is above the viewport, and the first item shows the top.
	t.deepEqual(steps(at([{cursor: 4, offset: 7}]), 'up', 4, shape), [
		[3, 7],
		[2, 6],
		[1, 3],
		[0, 0],
	]);
});

test('open goes one level down, to the top of the new list, only when the item can be opened', t => {
	const opened: Array<[number, number[]]> = [];
	const shape = shapeOf(listView([1, 1, 1], 10), {
		canOpen(section, path) {
			opened.push([section, [...path]]);
			return path.at(-1) === 1;
		},
	});
	const onZero = initialNavState(5);
	t.is(navigate(onZero, {command: 'open'}, shape), onZero, 'an item that cannot be opened leaves the state as it was');
	const onOne = at([{cursor: 1, offset: 0}]);
	const inside = navigate(onOne, {command: 'open'}, shape);
	t.deepEqual(currentTrail(inside), [
		{cursor: 1, offset: 0},
		{cursor: 0, offset: 0},
	]);
	t.deepEqual(currentPath(inside), [1, 0]);
	t.deepEqual(opened, [
		[0, [0]],
		[0, [1]],
	]);
});

test('back returns to the previous level with its cursor and scroll position', t => {
	const companies = shapeOf(listView([3, 3, 3, 3, 3, 3], 6), {canOpen: () => true});
	const roles = shapeOf(listView([1, 1, 1, 1], 10), {canOpen: () => true});
	const down = run(initialNavState(5), ['down', 'down', 'down', 'down'], companies);
	const before = last(down);
	t.true(before.offset > 0, 'the list is scrolled before opening');
	const opened = navigate(down, {command: 'open'}, companies);
	const moved = run(opened, ['down', 'down'], roles);
	t.deepEqual(currentTrail(moved), [before, {cursor: 2, offset: 0}]);
	const back = navigate(moved, {command: 'back'}, roles);
	t.deepEqual(currentTrail(back), [before]);
	t.deepEqual(back, down);
});

test('back at the top level does nothing', t => {
	const state = at([{cursor: 2, offset: 1}]);
	t.is(navigate(state, {command: 'back'}, shapeOf(listView([1, 1, 1], 2))), state);
});

test('quit leaves the state as it is', t => {
	const state = at([{cursor: 2, offset: 1}]);
	t.is(navigate(state, {command: 'quit'}, shapeOf(listView([1, 1, 1], 2))), state);
});

test('next and previous section wrap around', t => {
	const shape = shapeOf(listView([1], 10), {sections: 5});
	const sectionsVisited = (command: Command) => {
		const states = [initialNavState(5)];
		for (let index = 0; index < 6; index++) {
			states.push(navigate(states.at(-1)!, {command}, shape));
		}

		return states;
	};

	t.deepEqual(
		sectionsVisited('next-section').map(state => state.section),
		[0, 1, 2, 3, 4, 0, 1],
	);
	t.deepEqual(
		sectionsVisited('previous-section').map(state => state.section),
		[0, 4, 3, 2, 1, 0, 4],
	);
});

test('go to section goes to the section numbered, from zero, and ignores numbers out of range', t => {
	const shape = shapeOf(listView([1], 10), {sections: 3});
	const state = initialNavState(3);
	t.is(navigate(state, {command: 'go-to-section', argument: 2}, shape).section, 2);
	t.is(navigate(state, {command: 'go-to-section', argument: 1}, shape).section, 1);
	t.is(navigate(at([], 2, 3), {command: 'go-to-section', argument: 0}, shape).section, 0);
	t.is(navigate(state, {command: 'go-to-section', argument: 3}, shape), state);
	t.is(navigate(state, {command: 'go-to-section', argument: 8}, shape), state);
});

test('each section remembers its own trail', t => {
	const shape = shapeOf(listView([1, 1, 1, 1], 10), {sections: 3, canOpen: () => true});
	let state = run(initialNavState(3), ['down', 'down', 'open', 'down'], shape);
	t.deepEqual(currentPath(state), [2, 1]);
	state = navigate(state, {command: 'next-section'}, shape);
	t.is(state.section, 1);
	t.deepEqual(currentPath(state), [0], 'a section not visited yet starts at its top');
	state = run(state, ['down', 'down', 'down'], shape);
	state = navigate(state, {command: 'go-to-section', argument: 0}, shape);
	t.deepEqual(currentTrail(state), [
		{cursor: 2, offset: 0},
		{cursor: 1, offset: 0},
	]);
	state = navigate(state, {command: 'previous-section'}, shape);
	t.is(state.section, 2);
	t.deepEqual(currentPath(state), [0]);
	state = navigate(state, {command: 'previous-section'}, shape);
	t.deepEqual(currentPath(state), [3]);
});

test('help opens at its top, scrolls within its lines, and leaves the trails alone', t => {
	// 30 lines of help in a 10-line viewport: the help scrolls from 0 to 20, a page is 9 lines.
	const shape = shapeOf(listView([1, 1, 1], 10), {helpLines: 30, canOpen: () => true});
	const start = at([{cursor: 1, offset: 0}]);
	const help = navigate(start, {command: 'help'}, shape);
	t.is(help.help, 0);
	t.is(help.trails, start.trails);
	const helpOffsets = (commands: readonly Command[]) => {
		let state = help;
		return commands.map(command => {
			state = navigate(state, {command}, shape);
			t.deepEqual(state.trails, start.trails, `${command} in help moved the list`);
			return state.help;
		});
	};

	t.deepEqual(
		helpOffsets(['up', 'down', 'down', 'page-down', 'page-down', 'page-down', 'down', 'up', 'page-up', 'top']),
		[0, 1, 2, 11, 20, 20, 20, 19, 10, 0],
	);
	t.deepEqual(helpOffsets(['bottom', 'page-up', 'page-up', 'page-up']), [20, 11, 2, 0]);
});

test('in help, commands other than scrolling and closing do nothing', t => {
	const shape = shapeOf(listView([1, 1, 1], 10), {canOpen: () => true});
	const help = navigate(initialNavState(5), {command: 'help'}, shape);
	for (const command of ['open', 'next-section', 'previous-section', 'go-to-section', 'quit'] as const) {
		t.is(navigate(help, {command, argument: 2}, shape), help, `command ${command}`);
	}
});

test('help closes with back or with help again, and the list is where it was', t => {
	const shape = shapeOf(listView([1, 1, 1], 10));
	const start = at([{cursor: 2, offset: 0}]);
	const help = run(start, ['help', 'down', 'down'], shape);
	t.is(help.help, 2);
	for (const command of ['back', 'help'] as const) {
		const closed = navigate(help, {command}, shape);
		t.false('help' in closed, `${command} should close the help`);
		t.deepEqual(closed, start);
	}
});

test('help shorter than the viewport does not scroll', t => {
	const shape = shapeOf(listView([1], 10), {helpLines: 6});
	const help = navigate(initialNavState(5), {command: 'help'}, shape);
	for (const command of ['down', 'page-down', 'bottom'] as const) {
		t.is(navigate(help, {command}, shape).help, 0, `command ${command}`);
	}
});

test('an item taller than the viewport is scrolled line by line before the cursor moves on', t => {
	// Items [0, 3), [4, 19) and [20, 23); the viewport shows 10 lines, so the middle item does not fit.
	const shape = shapeOf(listView([3, 15, 3], 10));
	t.deepEqual(steps(initialNavState(5), 'down', 8, shape), [
		[1, 4], // Selecting the tall item shows its top.
		[1, 5],
		[1, 6],
		[1, 7],
		[1, 8],
		[1, 9], // Its last line is now in view.
		[2, 13], // Only then does the cursor move on; the last item brings the end into view.
		[2, 13],
	]);
	// Up from the middle of the tall item scrolls it back line by line to its top, then moves on.
	t.deepEqual(steps(at([{cursor: 1, offset: 9}]), 'up', 7, shape), [
		[1, 8],
		[1, 7],
		[1, 6],
		[1, 5],
		[1, 4],
		[0, 0],
		[0, 0],
	]);
	// Up from the item after it selects it showing its top.
	t.deepEqual(steps(at([{cursor: 2, offset: 13}]), 'up', 1, shape), [[1, 4]]);
});

test('page down and page up move a page (the viewport less one line) and land on an item of the new page', t => {
	// Ten items of 2 lines: item i spans [3i, 3i + 2); 29 lines in a 10-line viewport, so offsets run 0–19.
	const shape = shapeOf(
		listView(
			Array.from({length: 10}, () => 2),
			10,
		),
	);
	t.deepEqual(steps(initialNavState(5), 'page-down', 5, shape), [
		[3, 9],
		[6, 18],
		[7, 19],
		[9, 19],
		[9, 19],
	]);
	t.deepEqual(steps(at([{cursor: 9, offset: 19}]), 'page-up', 5, shape), [
		[4, 10],
		[1, 1],
		[0, 0],
		[0, 0],
		[0, 0],
	]);
});

test('top and bottom go to the first and the last item', t => {
	const shape = shapeOf(
		listView(
			Array.from({length: 10}, () => 2),
			10,
		),
	);
	t.deepEqual(last(navigate(initialNavState(5), {command: 'bottom'}, shape)), {cursor: 9, offset: 19});
	t.deepEqual(last(navigate(at([{cursor: 5, offset: 12}]), {command: 'top'}, shape)), {cursor: 0, offset: 0});
	// A header above the list (lines 0–3) comes into view with the first item, whichever way it is reached.
	const withHeader = shapeOf(listView([2, 2, 2, 2, 2, 2], 6, 4));
	t.deepEqual(last(navigate(at([{cursor: 4, offset: 14}]), {command: 'top'}, withHeader)), {cursor: 0, offset: 0});
	t.deepEqual(last(navigate(at([{cursor: 1, offset: 7}]), {command: 'up'}, withHeader)), {cursor: 0, offset: 0});
});

test('a page of text scrolls by line and clamps at both ends', t => {
	// 50 lines in a 10-line viewport: offsets 0–40, a page is 9 lines.
	const shape = shapeOf(pageView(50, 10));
	const offsets = (state: NavState, commands: readonly Command[]) => {
		let next = state;
		return commands.map(command => {
			next = navigate(next, {command}, shape);
			t.is(last(next).cursor, 0);
			return last(next).offset;
		});
	};

	t.deepEqual(
		offsets(initialNavState(5), ['up', 'down', 'down', 'page-down', 'page-up', 'page-up', 'bottom']),
		[0, 1, 2, 11, 2, 0, 40],
	);
	t.deepEqual(
		offsets(at([{cursor: 0, offset: 40}]), ['down', 'page-down', 'page-up', 'up', 'top']),
		[40, 40, 31, 30, 0],
	);
});

test('a page shorter than the viewport does not scroll', t => {
	const shape = shapeOf(pageView(5, 10));
	for (const command of ['down', 'page-down', 'bottom'] as const) {
		t.deepEqual(last(navigate(initialNavState(5), {command}, shape)), {cursor: 0, offset: 0}, `command ${command}`);
	}
});

test('fitNavState returns the same object when everything still fits', t => {
	const shape = shapeOf(
		listView(
			Array.from({length: 10}, () => 2),
			10,
		),
		{count: () => 10},
	);
	for (const state of [
		initialNavState(5),
		at([{cursor: 6, offset: 12}]),
		at([
			{cursor: 3, offset: 0},
			{cursor: 9, offset: 19},
		]),
		{...at([{cursor: 2, offset: 3}]), help: 20},
	]) {
		t.is(fitNavState(state, shape), state);
	}
});

test('fitNavState clamps the cursor and the scroll position after the content shrinks', t => {
	// Was: a parent list with the cursor on 5, and a long list scrolled to the end.
	const state = at([
		{cursor: 5, offset: 0},
		{cursor: 9, offset: 19},
	]);
	// Now: 3 parents, and the list has 4 items of 2 lines (11 lines in 10, so offsets 0–1).
	const shape = shapeOf(listView([2, 2, 2, 2], 10), {count: (_section, parents) => (parents.length === 0 ? 3 : 4)});
	const fitted = fitNavState(state, shape);
	t.deepEqual(currentTrail(fitted), [
		{cursor: 2, offset: 0},
		{cursor: 3, offset: 1},
	]);
	t.deepEqual(fitted.trails.slice(1), state.trails.slice(1), 'other sections are left alone');
	t.is(fitNavState(fitted, shape), fitted, 'fitting again changes nothing');
});

test('fitNavState clamps a page and the help', t => {
	const state = {...at([{cursor: 0, offset: 40}]), help: 20};
	const fitted = fitNavState(state, shapeOf(pageView(25, 10), {helpLines: 15}));
	t.deepEqual(last(fitted), {cursor: 0, offset: 15});
	t.is(fitted.help, 5);
});

test('fitNavState brings the selected item back into view when the viewport changed', t => {
	// The cursor is on item 1 ([3, 5)) but the list is scrolled to line 10, below it.
	const shape = shapeOf(
		listView(
			Array.from({length: 10}, () => 2),
			10,
		),
	);
	t.deepEqual(last(fitNavState(at([{cursor: 1, offset: 10}]), shape)), {cursor: 1, offset: 3});
	// The viewport got shorter: item 6 ([18, 20)) is below a 5-line viewport at offset 12.
	const shorter = shapeOf(
		listView(
			Array.from({length: 10}, () => 2),
			5,
		),
	);
	t.deepEqual(last(fitNavState(at([{cursor: 6, offset: 12}]), shorter)), {cursor: 6, offset: 15});
});

test('a header taller than the viewport is scrolled through, as the app fits and navigates, to reach the items', t => {
	// A 4-line header (a long summary), then three 2-line items, in a 3-line viewport.
	const shape = shapeOf(listView([2, 2, 2], 3, 5));
	let state = at([{cursor: 0, offset: 0}]);
	const visited: Array<[number, number]> = [];
	for (let press = 0; press < 8; press++) {
		state = navigate(fitNavState(state, shape), {command: 'down'}, shape);
		state = fitNavState(state, shape);
		visited.push([last(state).cursor, last(state).offset]);
	}

	t.is(visited.at(-1)?.[0], 2, 'the last item is reached');
	t.true(
		visited.every(([, offset], index) => index === 0 || offset >= visited[index - 1]![1]),
		`never scrolls back up: ${JSON.stringify(visited)}`,
	);
});
