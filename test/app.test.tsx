import {fileURLToPath} from 'node:url';
import test from 'ava';
import stringWidth from 'string-width';
import {loadResume} from './helpers/resume.js';
import {keys, renderApp} from './helpers/app.js';
import {waitFor} from './helpers/wait-for.js';
import {boldIn, crumbsOf} from './helpers/screen.js';

const resume = await loadResume(fileURLToPath(new URL('fixtures/three-employers.json', import.meta.url)));
const normal = {columns: 80, rows: 24};

/** The first words of a text, enough to recognise it on the cursor line at any width. */
const opening = (text: string) => text.split(' ').slice(0, 3).join(' ');

test('the first screen says who this is and what to press', async t => {
	const app = await renderApp(resume, normal);
	const [headline, tabs] = app.lines();
	t.is(headline?.trim(), 'Principal Engineer · Northwind Labs · Lisbon, PT');
	t.is(tabs?.trim(), '1 About   2 Experience   3 Education   4 Skills   5 Publications');
	t.regex(app.frame(), /\? help · q quit/v);
	t.regex(app.frame(), /14 yrs 5 mos · 3 companies · 4 roles/v);
});

test('every section is reached with Tab, Shift+Tab and its number', async t => {
	// In mono, the current tab is the one in bold.
	const app = await renderApp(resume, normal, 'mono');
	const current = () => boldIn(app.frame().split('\n')[1] ?? '');
	for (const title of ['2 Experience', '3 Education', '4 Skills', '5 Publications', '1 About']) {
		// eslint-disable-next-line no-await-in-loop
		await app.press(keys.tab);
		t.is(current(), title);
		t.is(crumbsOf(app.lines()), '', 'at the top of a section, no crumbs repeat the tab');
	}

	await app.press(keys.shiftTab);
	t.is(current(), '5 Publications');
	await app.press('3');
	t.is(current(), '3 Education');
	t.regex(app.selected() ?? '', /^University of Porto +2010 – 2012$/v);
	await app.press('4');
	t.regex(app.frame(), /Go · Rust · SQL/v);
	await app.press('5');
	t.regex(app.frame(), /Tiered Indexes at Scale/v);
});

test('every company, role and achievement is reached by keys', async t => {
	const app = await renderApp(resume, {columns: 80, rows: 16});
	const selects = (text: string) => () => app.selected()?.startsWith(text) ?? false;
	/** The selected entry's title, without the dates flush right of it. */
	const selectsEntry = (title: string) => () => app.selected()?.split(/ {2,}/v)[0] === title;
	/** Presses j until `check` holds; tall achievements scroll line by line before the cursor moves on. */
	const downUntil = async (check: () => boolean) => {
		for (let presses = 0; presses < 20 && !check(); presses++) {
			// eslint-disable-next-line no-await-in-loop
			await app.press('j');
		}

		return check();
	};

	const missed: string[] = [];
	/** Moves down to the item `check` recognises and, if asked, opens it; notes what it could not reach. */
	const reach = async (what: string, check: () => boolean, open: boolean) => {
		if (!(await downUntil(check))) {
			missed.push(what);
		} else if (open) {
			await app.press(keys.enter);
		}
	};

	await app.press('2');
	for (const company of resume.companies) {
		/* eslint-disable no-await-in-loop */
		await reach(company.name, selectsEntry(company.name), true);
		const hasRoleList = company.roles.length > 1;
		for (const role of company.roles) {
			await reach(role.title, hasRoleList ? selectsEntry(role.title) : () => true, hasRoleList);
			if (!app.frame().includes(role.title)) {
				missed.push(`${role.title} as the heading of its achievements`);
			}

			for (const achievement of role.achievements) {
				await reach(achievement.text, selects(opening(achievement.text)), false);
			}

			await app.press(hasRoleList ? keys.escape : keys.left);
		}

		if (hasRoleList) {
			await app.press(keys.escape);
		}
		/* eslint-enable no-await-in-loop */
	}

	t.deepEqual(missed, []);
});

test('back restores the cursor of every level, and each section keeps its place', async t => {
	const app = await renderApp(resume, normal);
	await app.press('2');
	await app.press('j');
	t.is(app.selected()?.split(/ {2,}/v)[0], 'Contoso Cloud');
	await app.press(keys.enter);
	await app.press('j');
	await app.press(keys.enter);
	t.is(crumbsOf(app.lines()), 'Experience › Contoso Cloud › Engineer II, Storage');
	await app.press('j', () => app.selected()?.startsWith('Cut the cost') ?? false);
	await app.press(keys.left);
	t.is(app.selected()?.split(/ {2,}/v)[0], 'Engineer II, Storage');
	await app.press(keys.enter);
	t.true(app.selected()?.startsWith('Built the snapshot service'), 'a reopened role starts at the top');
	await app.press('h');
	await app.press(keys.escape);
	t.is(app.selected()?.split(/ {2,}/v)[0], 'Contoso Cloud');
	await app.press('1');
	await app.press('2');
	t.is(app.selected()?.split(/ {2,}/v)[0], 'Contoso Cloud', 'the section remembers its cursor');
});

test('help opens over any screen, lists every key and closes with Esc or ?', async t => {
	const app = await renderApp(resume, {columns: 80, rows: 40});
	await app.press('2');
	await app.press('?');
	const help = app.frame();
	const missing = ['Move up', 'Move down', 'Open', 'Back, or close help', 'Next section', 'Quit'].filter(
		description => !help.includes(description),
	);
	t.deepEqual(missing, []);

	t.regex(help, /esc close · q quit/v);
	await app.press(keys.escape);
	t.is(app.selected()?.split(/ {2,}/v)[0], 'Northwind Labs');
	await app.press('?');
	await app.press('?');
	t.false(app.frame().includes('Back, or close help'));
});

test('the footer offers only the keys that do something here', async t => {
	const app = await renderApp(resume, normal);
	const footer = () => app.lines().at(-1) ?? '';
	t.false(footer().includes('open'), 'nothing to open on About');
	t.false(footer().includes('back'), 'nowhere to go back to at the top');
	await app.press('2');
	t.true(footer().includes('⏎ open'));
	t.true(footer().includes('1/3'));
	await app.press(keys.enter);
	t.false(footer().includes('open'), 'an achievement opens nothing');
	t.true(footer().includes('esc back'));
	t.true(footer().includes('1/3'));
});

test('q and Ctrl+C quit', async t => {
	for (const key of ['q', keys.ctrlC]) {
		// eslint-disable-next-line no-await-in-loop
		const app = await renderApp(resume, normal);
		// Quitting unmounts the app, which stops it listening for keys.
		app.stdin.write(key);
		// eslint-disable-next-line no-await-in-loop
		await t.notThrowsAsync(waitFor(() => app.stdin.listenerCount('readable') === 0, `${JSON.stringify(key)} to quit`));
	}
});

test('every screen fits the terminal at 40, 80 and 120 columns', async t => {
	for (const [columns, rows] of [
		[40, 12],
		[80, 24],
		[120, 30],
	] as const) {
		/* eslint-disable no-await-in-loop */
		const app = await renderApp(resume, {columns, rows}, 'color');
		const check = (where: string) => {
			const lines = app.lines();
			t.is(lines.length, rows, `${where} at ${columns}×${rows}`);
			for (const line of lines) {
				t.true(stringWidth(line) <= columns, `${where} at ${columns}×${rows}: "${line}" is ${stringWidth(line)} wide`);
			}
		};

		check('About');
		for (const section of ['2', '3', '4', '5']) {
			await app.press(section);
			check(`section ${section}`);
		}

		await app.press('2');
		for (const [index, company] of resume.companies.entries()) {
			if (index > 0) {
				await app.press('j', () => app.selected()?.startsWith(company.name) ?? false);
			}

			await app.press(keys.enter);
			check(company.name);
			if (company.roles.length > 1) {
				await app.press(keys.enter);
				check(`${company.name}'s first role`);
				await app.press('G');
				check(`${company.name}'s first role, at the bottom`);
				await app.press(keys.escape);
			}

			await app.press(keys.escape);
		}

		await app.press('?');
		check('help');
		/* eslint-enable no-await-in-loop */
	}
});

test('a terminal smaller than 40×12 gets a message instead of a broken screen', async t => {
	const app = await renderApp(resume, {columns: 30, rows: 10});
	t.regex(app.frame(), /Terminal too small/v);
	t.regex(app.frame(), /needs 40×12, has 30×10/v);
	for (const line of app.lines()) {
		t.true(stringWidth(line) <= 30);
	}
});
