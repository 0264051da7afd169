/*
Big résumés: 2,000 work entries with 20,000 highlights, and a single highlight of 1 MB. The app opens them and
every key works, every line still fits; and a key press lays out what it changed and what shows, not the whole
list or the whole paragraph again (counted, not timed).
*/
import {stripVTControlCharacters} from 'node:util';
import test, {type ExecutionContext} from 'ava';
import stringWidth from 'string-width';
import type {Command} from '../source/app/keymap.js';
import {initialModel, update} from '../source/app/update.js';
import {view} from '../source/app/view.js';
import {buildResume} from '../source/resume/build-model.js';
import type {Resume} from '../source/resume/model.js';
import {createTheme} from '../source/theme/theme.js';
import {buildSections} from '../source/screens/sections.js';
import type {ListItem, Screen, Section} from '../source/screens/types.js';
import {keys, renderApp, today} from './helpers/app.js';
import {hugeHighlightResume, hugeHighlightSize, longCareerResume, longCareerSize} from './helpers/big-resume.js';
import {crumbsOf} from './helpers/screen.js';

const longCareer = buildResume(longCareerResume());
const hugeHighlight = buildResume(hugeHighlightResume());
const pageDown = '\u001B[6~';

test('the big résumés are as big as they say', t => {
	const roles = longCareer.companies.flatMap(company => company.roles);
	t.is(roles.length, longCareerSize.entries);
	t.is(roles.flatMap(role => role.achievements).length, longCareerSize.entries * longCareerSize.highlightsPerEntry);
	t.true(longCareer.companies.length > 1000);
	t.true(longCareer.companies.some(company => company.roles.length > 1));
	t.is(hugeHighlight.companies[0]!.roles[0]!.achievements[0]!.text.length, hugeHighlightSize);
});

async function openApp(t: ExecutionContext, resume: Resume, size: {columns: number; rows: number}) {
	const app = await renderApp(resume, size, 'color');
	const fits = (where: string) => {
		const lines = app.lines();
		t.is(lines.length, size.rows, `${where}: ${lines.length} lines`);
		const wide = lines.filter(line => stringWidth(line) > size.columns);
		t.deepEqual(wide, [], `${where}: lines wider than ${size.columns}`);
	};

	const plainLines = () => stripVTControlCharacters(app.frame()).split('\n');
	const footer = () => plainLines().at(-1) ?? '';
	const breadcrumb = () => crumbsOf(plainLines());
	return {...app, fits, footer, breadcrumb};
}

// The testing library's terminal is 100 columns wide: wider frames are checked without Ink, below.
for (const size of [
	{columns: 80, rows: 24},
	{columns: 40, rows: 12},
]) {
	test(`2,000 entries at ${size.columns}×${size.rows}: j, G, g, PgDn, Enter and Esc`, async t => {
		const app = await openApp(t, longCareer, size);
		const companies = longCareer.companies.length;
		app.fits('About');
		await app.press('2');
		t.true(app.footer().endsWith(`1/${companies}`));
		app.fits('Experience');
		await app.press('j');
		t.true(app.selected()?.startsWith('Company 2 LLC'));
		await app.press('G');
		t.true(app.footer().endsWith(`${companies}/${companies}`));
		t.true(app.selected()?.startsWith(longCareer.companies.at(-1)!.name));
		app.fits('the bottom of Experience');
		await app.press('g');
		t.true(app.footer().endsWith(`1/${companies}`));
		await app.press(pageDown);
		t.false(app.footer().endsWith(`1/${companies}`), 'PgDn moves the cursor on');
		app.fits('a page down');
		await app.press('g');
		await app.press('j');
		await app.press(keys.enter);
		// The second company has two roles.
		t.is(app.breadcrumb(), 'Experience › Company 2 LLC');
		t.true(app.footer().endsWith('1/2'));
		await app.press(keys.enter);
		t.true(app.footer().endsWith(`1/${longCareerSize.highlightsPerEntry}`));
		app.fits('the achievements of a role');
		await app.press('G');
		t.true(app.footer().endsWith(`${longCareerSize.highlightsPerEntry}/${longCareerSize.highlightsPerEntry}`));
		await app.press(keys.escape);
		await app.press(keys.escape);
		t.is(app.breadcrumb(), '', 'back at the top of Experience, where the tab says where you are');
		t.true(app.selected()?.startsWith('Company 2 LLC'), 'back lands where it left');
	});

	test(`a 1 MB highlight at ${size.columns}×${size.rows}: opens, scrolls and goes back`, async t => {
		const app = await openApp(t, hugeHighlight, size);
		const {text} = hugeHighlight.companies[0]!.roles[0]!.achievements[0]!;
		await app.press('2');
		app.fits('Experience');
		await app.press(keys.enter);
		t.is(app.breadcrumb(), 'Experience › Verbose Corp');
		t.true(app.selected() !== undefined && text.startsWith(app.selected()!), 'the highlight starts on the cursor line');
		app.fits('the highlight');
		const before = app.frame();
		await app.press('j');
		t.not(app.frame(), before, 'j scrolls through the highlight');
		t.regex(app.footer(), /1\/1$/v);
		await app.press(pageDown);
		await app.press(pageDown);
		app.fits('two pages into the highlight');
		await app.press('G');
		app.fits('G');
		await app.press(keys.escape);
		t.is(app.breadcrumb(), '');
		await app.press('j');
		t.true(app.selected()?.startsWith('Concise Inc'));
		app.fits('the second company');
	});
}

/** The sections with every item's render counted, per item and in all. */
function countRenders(sections: readonly Section[]) {
	const counts = new Map<ListItem, number>();
	const counted = (screen: Screen): Screen =>
		screen.kind === 'page'
			? screen
			: {
					...screen,
					items: screen.items.map(item => {
						const copy: ListItem = {
							...item,
							render(context, state) {
								counts.set(copy, (counts.get(copy) ?? 0) + 1);
								return item.render(context, state);
							},
							...(item.children ? {children: counted(item.children)} : {}),
						};
						return copy;
					}),
				};
	return {
		sections: sections.map(section => ({...section, screen: counted(section.screen)})),
		total: () => [...counts.values()].reduce((sum, count) => sum + count, 0),
		of: (item: ListItem) => counts.get(item) ?? 0,
	};
}

/** Presses keys as the app does, through its update; returns every frame drawn, the first one too. */
function pressAll(
	resume: Resume,
	sections: readonly Section[],
	commands: readonly Command[],
	size: {columns: number; rows: number},
): string[][] {
	let model = initialModel({resume, sections, theme: createTheme({mode: 'color'}), today}, size);
	const frames = [view(model)];
	for (const command of commands) {
		model = update(model, {type: 'key', press: {command, argument: 0}});
		frames.push(view(model));
	}

	return frames;
}

const walk: Command[] = [
	'next-section',
	'down',
	'page-down',
	'bottom',
	'top',
	'open',
	'down',
	'page-down',
	'bottom',
	'open',
	'back',
	'back',
	'down',
	'open',
	'open',
	'bottom',
	'back',
	'back',
];

for (const size of [
	{columns: 120, rows: 30},
	{columns: 200, rows: 60},
]) {
	test(`every frame fits ${size.columns}×${size.rows}, with the preview beside the list`, t => {
		for (const resume of [longCareer, hugeHighlight]) {
			const frames = pressAll(resume, buildSections(resume), walk, size);
			t.true(
				frames.some(frame => frame.some(line => stripVTControlCharacters(line).includes(' │ '))),
				'a preview shows',
			);
			for (const [index, frame] of frames.entries()) {
				t.is(frame.length, size.rows);
				const wide = frame.filter(line => stringWidth(line) > size.columns);
				t.deepEqual(wide, [], `after ${walk.slice(0, index).join(', ')}`);
			}
		}
	});
}

test('50 keys on 1,334 companies render each company once, and then only what they select', t => {
	const {sections, total} = countRenders(buildSections(longCareer));
	const commands: Command[] = [
		'next-section',
		...Array.from({length: 20}, () => 'down' as const),
		'open',
		'down',
		'back',
		'bottom',
		...Array.from({length: 10}, () => 'up' as const),
		'top',
		...Array.from({length: 5}, () => 'page-down' as const),
		'page-up',
		...Array.from({length: 8}, () => 'down' as const),
	];
	pressAll(longCareer, sections, commands, {columns: 80, rows: 24});
	const companies = longCareer.companies.length;
	// Laying out the whole list on every frame, as before, ran ~100 renders a company: 50 keys, two frames each.
	t.true(
		total() <= companies + 4 * commands.length + 20,
		`${total()} renders for ${commands.length} keys on ${companies} companies`,
	);
});

test('a 1 MB highlight is rendered once selected and once not, however far it is scrolled', t => {
	const {sections, of} = countRenders(buildSections(hugeHighlight));
	const experience = sections[1]!.screen;
	const company = experience.kind === 'list' ? experience.items[0]! : undefined;
	const achievements = company?.children;
	const highlight = achievements?.kind === 'list' ? achievements.items[0]! : undefined;
	t.truthy(highlight);
	const commands: Command[] = [
		'next-section',
		'open',
		...Array.from({length: 40}, () => 'down' as const),
		'page-down',
		'page-down',
		'bottom',
		'page-up',
		'top',
		...Array.from({length: 3}, () => 'up' as const),
	];
	pressAll(hugeHighlight, sections, commands, {columns: 80, rows: 24});
	t.true(of(highlight!) <= 2, `the highlight was rendered ${of(highlight!)} times`);
});
