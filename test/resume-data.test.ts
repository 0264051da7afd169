import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import type {JsonResume} from '../source/resume/json-resume.js';
import {formatProblem, validateResume} from '../source/resume/validate.js';
import {loadResume} from './helpers/resume.js';
import {schemaErrors} from './helpers/schema.js';

// The résumé that ships with the package, and the verified links it may use.
const dataPath = fileURLToPath(new URL('../data/resume.json', import.meta.url));
// A copy of the project's verified links (shared/seed/links.md), so that a clone tests on its own.
const linksPath = fileURLToPath(new URL('fixtures/verified-links.md', import.meta.url));

const readRaw = async () => readFile(dataPath, 'utf8');
const readData = async (): Promise<unknown> => JSON.parse(await readRaw());

/** The file, typed by the program's own validator (which it must pass anyway). */
async function readJson(): Promise<JsonResume> {
	const result = validateResume(await readData());
	if (!result.valid) {
		throw new Error(result.problems.map(problem => formatProblem(dataPath, problem)).join('\n'));
	}

	return result.resume;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every string in a JSON value, with the path to it. */
function strings(value: unknown, path = ''): Array<{path: string; text: string}> {
	if (typeof value === 'string') {
		return [{path, text: value}];
	}

	if (Array.isArray(value)) {
		return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
	}

	if (isRecord(value)) {
		return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
	}

	return [];
}

test('the real résumé has four companies with 1, 2, 2 and 1 roles', async t => {
	const resume = await loadResume(dataPath);
	t.deepEqual(
		resume.companies.map(company => [company.name, company.roles.length]),
		[
			['Meta Platforms, Inc', 1],
			['Amazon Web Services', 2],
			['Amazon', 2],
			['Akamai', 1],
		],
	);
});

test('the real résumé has 24 achievements, each of them a highlight of the file', async t => {
	const resume = await loadResume(dataPath);
	const achievements = resume.companies.flatMap(company =>
		company.roles.flatMap(role => role.achievements.map(achievement => achievement.text)),
	);
	t.is(achievements.length, 24);
	const json = await readJson();
	const highlights = (json.work ?? []).flatMap(work => work.highlights ?? []);
	t.deepEqual(achievements, highlights);
});

test('the real résumé attaches every link to the achievement its words come from', async t => {
	const resume = await loadResume(dataPath);
	const achievements = resume.companies.flatMap(company => company.roles.flatMap(role => role.achievements));
	const links = achievements.flatMap(achievement => achievement.links.map(link => ({achievement, link})));
	t.is(links.length, 8);
	// The two HTTP API posts are both on the next-gen data plane achievement.
	const httpApi = achievements.filter(achievement => achievement.text.includes('HTTP API platform'));
	t.is(httpApi.length, 1);
	t.is(httpApi[0]!.links.length, 2);
	const json = await readJson();
	const declared = (json.work ?? []).flatMap(work => work.highlightLinks ?? []);
	t.is(declared.length, 8);
	for (const {highlight, url} of declared) {
		t.true(
			links.some(({achievement, link}) => link.url === url && achievement.text.includes(highlight)),
			`${url} is not on the achievement with "${highlight}"`,
		);
	}
});

test('the real résumé has the education, skills and publication', async t => {
	const resume = await loadResume(dataPath);
	t.is(resume.education.length, 1);
	t.is(resume.education[0]!.degree, 'B.E., Information Science and Engineering');
	t.deepEqual(resume.education[0]!.span, {start: {year: 2008}, end: {year: 2012}});
	t.deepEqual(resume.skills, [
		{name: 'Tools and Technologies', level: undefined, keywords: ['Java', 'Perl', 'Python']},
	]);
	t.is(resume.publications.length, 1);
	t.deepEqual(resume.publications[0]!.date, {year: 2023, month: 10});
});

test('the typos of the original résumé are fixed', async t => {
	const raw = await readRaw();
	for (const typo of ['Amazor', 'Speadheaded', 'Colloborated', 'Bengalore', 'resulted is', 'new initiates']) {
		t.false(raw.includes(typo), `"${typo}" is still in data/resume.json`);
	}

	// And their fixed spellings are there.
	for (const fixed of ['Spearheaded', 'Collaborated', 'new initiatives']) {
		t.true(raw.includes(fixed), `"${fixed}" is missing from data/resume.json`);
	}
});

test('the real résumé validates against the official JSON Resume schema', async t => {
	t.is(schemaErrors(await readData()), undefined);
});

test('the official schema check used above does reject a broken résumé', t => {
	t.truthy(schemaErrors({work: [{startDate: 'Oct 2021'}]}));
});

test('every URL in the real résumé is one of the verified links, and every verified link is used', async t => {
	const table = await readFile(linksPath, 'utf8');
	const verified = new Set(
		table
			.split('\n')
			.filter(line => line.startsWith('|'))
			.map(line => line.split('|').map(cell => cell.trim())[2] ?? '')
			.filter(cell => cell.startsWith('https://')),
	);
	t.is(verified.size, 8, 'the links table should list 8 URLs');

	const json = await readData();
	t.true(isRecord(json));
	// `$schema` names the schema the file follows; it is not a link of the résumé.
	const content = Object.entries(isRecord(json) ? json : {}).filter(([key]) => key !== '$schema');
	const urls = strings(Object.fromEntries(content)).flatMap(({path, text}) =>
		[...text.matchAll(/https?:\/\/[^\s"'<>\)]+/gv)].map(match => ({path, url: match[0]})),
	);
	t.true(urls.length > 0);
	for (const {path, url} of urls) {
		t.true(verified.has(url), `${path}: ${url} is not in links.md`);
	}

	t.deepEqual(new Set(urls.map(({url}) => url)), verified);
});

test('the real résumé names no person and gives no e-mail or phone', async t => {
	const json = await readJson();
	const basics = json.basics ?? {};
	t.false('name' in basics);
	t.false('email' in basics);
	t.false('phone' in basics);
	for (const {path, text} of strings(json)) {
		t.notRegex(text, /[\w.+\-]+@[\w\-]+\.[\w.]+/v, `${path} looks like an e-mail address`);
		t.notRegex(text, /\+?\d[\d \(\)\-]{8,}\d/v, `${path} looks like a phone number`);
	}
});
