/* Facts computed from a résumé as a reader would: stints, total experience, the current role, the tabs. */
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {tabBar} from '../source/app/chrome.js';
import {dataCommand} from '../source/cli/data-command.js';
import {buildResume} from '../source/resume/build-model.js';
import {monthsCovered} from '../source/resume/dates.js';
import {latestRole} from '../source/resume/latest-role.js';
import {readResumeForViewing} from '../source/resume/load.js';
import {buildSections} from '../source/screens/sections.js';
import {textOutput} from '../source/outputs/text.js';
import {createTheme} from '../source/theme/theme.js';
import {today} from './helpers/model.js';

// Every section of the schema, as the fixture that has them all gives them.
const everySection = await readResumeForViewing(fileURLToPath(new URL('fixtures/every-section.json', import.meta.url)));
const titles = buildSections(buildResume(everySection.resume)).map(section => section.title);

const theme = createTheme({mode: 'plain'});

test('roles at one employer with a gap between them are separate stints', t => {
	const [company] = buildResume({
		work: [
			{name: 'Kestrel', position: 'Staff', startDate: '2019-09', endDate: '2022-12'},
			{name: 'Kestrel', position: 'Senior', startDate: '2016-03', endDate: '2018-05'},
			{name: 'Kestrel', position: 'Junior', startDate: '2015-01', endDate: '2016-02'},
		],
	}).companies;
	t.deepEqual(company!.stints, [
		{start: {year: 2015, month: 1}, end: {year: 2018, month: 5}},
		{start: {year: 2019, month: 9}, end: {year: 2022, month: 12}},
	]);
	const text = textOutput(
		buildResume({
			work: [
				{name: 'Kestrel', startDate: '2016-03', endDate: '2018-05'},
				{name: 'Kestrel', startDate: '2019-09', endDate: '2022-12'},
			],
		}),
		{theme, width: 100, today},
	);
	t.true(text.includes('Mar 2016 – May 2018, Sep 2019 – Dec 2022 · 5 yrs 7 mos'));
});

test('an employer met again after other jobs is one row of the timeline, with a bar for each stint', t => {
	const resume = buildResume({
		work: [
			{name: 'Acme', startDate: '2022-01'},
			{name: 'Beta', startDate: '2019-01', endDate: '2021-12'},
			{name: 'acme', startDate: '2016-01', endDate: '2018-12'},
		],
	});
	t.is(resume.companies.length, 3, 'the Experience list keeps the order of the jobs');
	const career = textOutput(resume, {theme, width: 80, today}).split('Career\n')[1]!.split('\n\n')[0]!.split('\n');
	t.is(career.filter(line => /^acme/iv.test(line)).length, 1);
	const [acme] = career;
	t.regex(acme!, /█+·+█+/v, 'two bars with the track between them');
});

test('total experience counts the months worked, and ends with the last job when none goes on', t => {
	const spans = [
		{start: {year: 2010, month: 1}, end: {year: 2011, month: 12}},
		{start: {year: 2011, month: 7}, end: {year: 2012, month: 6}},
		{start: {year: 2015, month: 1}, end: {year: 2015, month: 12}},
	];
	t.is(monthsCovered(spans, today), 30 + 12);
	const text = textOutput(buildResume({work: [{name: 'A', startDate: '2010-01', endDate: '2012-06'}]}), {
		theme,
		width: 80,
		today,
	});
	t.true(text.includes('Experience  2 yrs 6 mos'));
});

test('the latest role is the ongoing one that started last, else the one that ended last', t => {
	const {companies} = buildResume({
		work: [
			{name: 'Old', position: 'First', startDate: '2010', endDate: '2012'},
			{name: 'Side', position: 'Advisor', startDate: '2015'},
			{name: 'Main', position: 'Lead', startDate: '2020'},
		],
	});
	t.is(latestRole(companies)?.role.title, 'Lead');
	const ended = buildResume({
		work: [
			{name: 'A', position: 'Earlier', startDate: '2010', endDate: '2014'},
			{name: 'B', position: 'Later', startDate: '2015', endDate: '2019'},
		],
	});
	t.is(latestRole(ended.companies)?.role.title, 'Later');
	t.is(latestRole([]), undefined);
});

test('the command that shows a --data résumé again names a file by its base name and a URL as given', t => {
	t.is(dataCommand(undefined), 'npx terminal-resume');
	t.is(dataCommand('/home/ada/private/resume.json'), 'terminal-resume --data resume.json');
	t.is(dataCommand('https://example.com/r.json'), 'terminal-resume --data https://example.com/r.json');
	t.is(dataCommand('-'), 'terminal-resume --data -');
	t.is(dataCommand('/tmp/my résumé (2).json'), "terminal-resume --data 'my résumé (2).json'");
});

test('twelve tabs that do not all fit: the current one by name and position, then as many after it as fit', t => {
	t.is(titles.length, 12);
	for (const width of [40, 80, 120]) {
		for (const [current, title] of titles.entries()) {
			const bar = tabBar(titles, current, theme, width);
			t.true(bar.length <= width, `too wide: ${bar}`);
			t.true(bar.startsWith(`${title} ${current + 1}/12`), `${width} columns, tab ${current + 1}: ${bar}`);
			t.true(
				bar.endsWith('…') !== /References( 12\/12)?$/v.test(bar),
				`the last tab, or an ellipsis for the rest: ${bar}`,
			);
		}
	}

	t.is(tabBar(titles, 0, theme, 80), 'About 1/12   2 Experience   3 Projects   4 Education   5 Skills   …');
	t.is(tabBar(titles, 11, theme, 40), 'References 12/12');
	t.is(tabBar(titles.slice(0, 3), 0, theme, 80), '1 About   2 Experience   3 Projects');
});

test('only the first nine tabs have a number, as only 1–9 go straight to a section', t => {
	const bar = tabBar(titles, 11, theme, 200);
	t.true(bar.includes('9 Volunteer   Languages   Interests   References'));
});
