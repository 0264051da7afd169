/*
The one test of the shipped résumé's content (data/resume.json): every role and every highlight of the
original résumé (shared/seed/resume.txt) is there, with its facts and figures, its typos fixed; each link is
one of the verified links (shared/seed/links.md, copied to test/fixtures/verified-links.md) and sits on the
highlight it belongs to; and the file names no person and gives no contact details.

Every other test runs on fixtures made for it (test/fixtures/), so editing the résumé can break only this
file. A highlight may be reworded: what is checked is the words that make it that highlight.
*/
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {buildResume} from '../source/resume/build-model.js';
import type {JsonResume} from '../source/resume/json-resume.js';
import {formatProblem, validateResume} from '../source/resume/validate.js';
import {achievementsOf, highlightsOf} from './helpers/fixtures.js';
import {bareTitle, isRecord, readVerifiedLinks, slipsIn, strings} from './helpers/resume-text.js';
import {schemaErrors} from './helpers/schema.js';

const dataPath = fileURLToPath(new URL('../data/resume.json', import.meta.url));
const linksPath = fileURLToPath(new URL('fixtures/verified-links.md', import.meta.url));

const raw = await readFile(dataPath, 'utf8');
const data: unknown = JSON.parse(raw);

/** The file, typed by the program's own validator: when it fails, this whole file fails with its problems. */
function validated(): JsonResume {
	const result = validateResume(data);
	if (!result.valid) {
		throw new Error(result.problems.map(problem => formatProblem(dataPath, problem)).join('\n'));
	}

	return result.resume;
}

const json = validated();
const resume = buildResume(json);

type SeedRole = {
	readonly name: string;
	readonly location: string;
	readonly position: string;
	readonly startDate: string;
	readonly endDate?: string;
	/** For each highlight, in the seed's order, the words it must have. */
	readonly highlights: ReadonlyArray<readonly string[]>;
};

/** The roles of shared/seed/resume.txt, newest first, its typos fixed. */
const seedRoles: readonly SeedRole[] = [
	{
		name: 'Meta Platforms, Inc',
		location: 'Seattle, US',
		position: 'Staff Software Engineer',
		startDate: '2021-10',
		highlights: [
			['migration of 10 year old distributed system', '2400+ teams', '> 24 trillion operations daily', '2 year+'],
			['Reduced operational events by 60%', 'newer capacities', '95+ million dollars'],
			[
				'Spearheaded the development of a capacity pooling',
				'300+ teams',
				'$6 million in annual capacity savings',
				'10–20%',
			],
			['traffic shaping mechanism', 'resilient operation at traffic peaks'],
			['Spearheaded a cross-org efficiency initiative', '$90+ million in capacity savings', '2024, 2025'],
			['Collaborated across org', 'roadmap planning for multiple years'],
			['generic backpressure mechanism', 'recommendation systems'],
			['WhatsApp, Instagram, Facebook, and Threads'],
			['Co-authored', 'XFaaS: Hyperscale and Low Cost Serverless Functions', 'serverless computing'],
		],
	},
	{
		name: 'Amazon Web Services',
		location: 'Seattle, US',
		position: 'Sr Software Engineer, Amazon API Gateway',
		startDate: '2019-04',
		endDate: '2021-09',
		highlights: [
			['one of the highest traffic volume AWS services', 'highly configurable reverse proxy'],
			['scalability, availability and operational posture', 'shuffle sharded data plane'],
			['AWS-wide initiatives', 'availability risk review'],
			['new initiatives', 'gRPC protocol', 'private connectivity to APIs', 'rate limiting', '(Limitless)'],
			['Mutual TLS', 'AWS-wide stakeholders', 'enterprise customers'],
			['separate frontend layer', 'Rust based frontend layer', 'use cases'],
			['next gen data plane technology', 'HTTP API platform'],
			['custom networking protocol using TUN', 'vertical scaling cliff', 'VPC integration'],
		],
	},
	{
		name: 'Amazon Web Services',
		location: 'Seattle, US',
		position: 'Software Development Engineer II, Amazon API Gateway',
		startDate: '2016-02',
		endDate: '2019-03',
		highlights: [
			['stateful data plane to support WebSocket protocol', 'mentoring junior engineers', 'largest customers'],
			['Private API', 'Scoped requirements with Product'],
			['Helped deliver VPC integration', 'low level design'],
			['customization of error responses', 'Gateway Responses'],
		],
	},
	{
		name: 'Amazon',
		location: 'Bangalore, India',
		position: 'Software Development Engineer II, Product Aggregator',
		startDate: '2015-09',
		endDate: '2016-01',
		highlights: [
			['utilization improvements', 'critical path for all product page loads', 'resulted in significant capex savings'],
		],
	},
	{
		name: 'Amazon',
		location: 'Bangalore, India',
		position: 'Software Development Engineer I, Product Aggregator',
		startDate: '2013-04',
		endDate: '2015-08',
		highlights: [
			['internal web portal', 'hundreds of internal callers', "It's used by the team during operational events"],
		],
	},
	{
		name: 'Akamai',
		location: 'Bengaluru, India',
		position: 'Associate Solutions Architect, APAC',
		startDate: '2012-07',
		endDate: '2013-04',
		highlights: [['integration solutions for Akamai customers', 'DNS configuration']],
	},
];

/** Each verified link, and words of the one highlight it belongs on. */
const linkedHighlights = new Map([
	['https://doi.org/10.1145/3600006.3613155', 'XFaaS'],
	['https://aws.amazon.com/blogs/compute/introducing-mutual-tls-authentication-for-amazon-api-gateway/', 'Mutual TLS'],
	['https://aws.amazon.com/blogs/compute/building-better-apis-http-apis-now-generally-available/', 'HTTP API platform'],
	['https://aws.amazon.com/blogs/compute/announcing-http-apis-for-amazon-api-gateway/', 'HTTP API platform'],
	['https://aws.amazon.com/blogs/compute/announcing-websocket-apis-in-amazon-api-gateway/', 'WebSocket protocol'],
	['https://aws.amazon.com/blogs/compute/introducing-amazon-api-gateway-private-endpoints/', 'Private API'],
	[
		'https://aws.amazon.com/about-aws/whats-new/2017/11/amazon-api-gateway-supports-endpoint-integrations-with-private-vpcs/',
		'Helped deliver VPC integration',
	],
	[
		'https://aws.amazon.com/about-aws/whats-new/2017/06/amazon-api-gateway-enables-customization-of-error-responses/',
		'customization of error responses',
	],
]);
const verified = await readVerifiedLinks(linksPath);

test('the file validates against the official JSON Resume schema too', t => {
	t.is(schemaErrors(data), undefined);
});

test('the official schema check used above does reject a broken résumé', t => {
	t.truthy(schemaErrors({work: [{startDate: 'Oct 2021'}]}));
});

test('the headline: the current title, in Seattle', t => {
	t.like(json.basics, {label: 'Staff Software Engineer', location: {city: 'Seattle', countryCode: 'US'}});
});

test('every role of the original résumé, newest first, with its employer, place and dates', t => {
	t.deepEqual(
		(json.work ?? []).map(({name, location, position, startDate, endDate}) => ({
			name,
			location,
			position,
			startDate,
			endDate,
		})),
		seedRoles.map(({highlights: _, ...role}) => ({endDate: undefined, ...role})),
	);
});

test('every highlight of the original résumé, in its order, with its facts and figures, and no other', t => {
	for (const [index, role] of seedRoles.entries()) {
		const highlights = json.work?.[index]?.highlights ?? [];
		t.is(highlights.length, role.highlights.length, `${role.position} has ${highlights.length} highlights`);
		for (const [number, words] of role.highlights.entries()) {
			const highlight = highlights[number] ?? '';
			const missing = words.filter(word => !highlight.includes(word));
			t.deepEqual(missing, [], `${role.position}, highlight ${number + 1}: "${highlight}"`);
		}
	}
});

test('consecutive roles at one employer make one company: four companies with 1, 2, 2 and 1 roles', t => {
	t.deepEqual(
		resume.companies.map(company => [company.name, company.roles.length]),
		[
			['Meta Platforms, Inc', 1],
			['Amazon Web Services', 2],
			['Amazon', 2],
			['Akamai', 1],
		],
	);
	// Every highlight is an achievement of the app, as written.
	t.deepEqual(
		achievementsOf(resume).map(achievement => achievement.text),
		highlightsOf(json),
	);
});

test('the education, skills and publication of the original résumé', t => {
	t.deepEqual(json.education, [
		{
			institution: 'Ramaiah Institute of Technology',
			location: 'Bengaluru, India',
			studyType: 'B.E.',
			area: 'Information Science and Engineering',
			score: 'GPA 9.28 / 10',
			startDate: '2008',
			endDate: '2012',
		},
	]);
	t.deepEqual(json.skills, [{name: 'Tools and Technologies', keywords: ['Java', 'Perl', 'Python']}]);
	t.like(json.publications, [
		{
			name: 'XFaaS: Hyperscale and Low Cost Serverless Functions at Meta',
			releaseDate: '2023-10',
			url: 'https://doi.org/10.1145/3600006.3613155',
		},
	]);
	t.is(json.publications?.length, 1);
});

/** What a link's label must say, by where it points. */
function expectedLabel(url: string): string {
	if (url.startsWith('https://doi.org/')) {
		return 'paper';
	}

	// Where AWS has no blog post, the link is its "What's New" announcement.
	return url.includes('/whats-new/') ? 'announcement' : 'blog post';
}

test('every link is a verified one, labelled for what it is and titled as the page is', t => {
	t.deepEqual(new Set(verified.keys()), new Set(linkedHighlights.keys()), 'the table and this test agree');
	for (const link of (json.work ?? []).flatMap(work => work.highlightLinks ?? [])) {
		const page = verified.get(link.url);
		t.truthy(page, `${link.url} is not a verified link`);
		t.is(link.label, expectedLabel(link.url), `the label of ${link.url}`);
		t.is(bareTitle(link.title), bareTitle(page?.title), `the title of ${link.url}`);
	}

	const [paper] = json.publications ?? [];
	const page = verified.get(paper?.url ?? '');
	t.is(paper?.name, bareTitle(page?.title));
	t.is(paper?.releaseDate, page?.date);
});

test('each verified link is on the one highlight it belongs to, and on no other', t => {
	const placed = achievementsOf(resume).flatMap(achievement =>
		achievement.links.map(link => ({url: link.url, on: achievement.text})),
	);
	// Each once: the two HTTP API posts are both on the next-gen data plane highlight, and nothing is left out.
	t.deepEqual(placed.map(({url}) => url).toSorted(), [...linkedHighlights.keys()].toSorted());
	for (const {url, on} of placed) {
		t.true(on.includes(linkedHighlights.get(url) ?? '\u0000'), `${url} is on "${on}"`);
	}
});

test('every URL in the file is a verified link, and every verified link is used', t => {
	// `$schema` names the schema the file follows; it is not a link of the résumé.
	const content = Object.entries(isRecord(data) ? data : {}).filter(([key]) => key !== '$schema');
	const urls = strings(Object.fromEntries(content)).flatMap(({path, text}) =>
		[...text.matchAll(/https?:\/\/[^\s"'<>\)]+/gv)].map(match => ({path, url: match[0]})),
	);
	for (const {path, url} of urls) {
		t.true(verified.has(url), `${path}: ${url} is not in links.md`);
	}

	t.deepEqual(new Set(urls.map(({url}) => url)), new Set(verified.keys()));
});

/** The original résumé's typos, each as it was written there. */
const typos = [
	'Amazor',
	'Speadheaded',
	'Colloborated',
	'Bengalore',
	'resulted is',
	'new initiates',
	'costs savings',
	'Its used',
	'usecases',
	'Developer Engineer',
	'90+million',
	'million$',
	'2024,2025',
	'meta products',
	'and Thread.',
	"API Gateway's customer ",
	'AWS service Amazon',
];

test('the typos of the original résumé are fixed', t => {
	for (const typo of typos) {
		t.false(raw.includes(typo), `"${typo}" is still in data/resume.json`);
	}
});

test('no slip of the keyboard anywhere in the text', t => {
	for (const {path, text} of strings(data).filter(({path}) => path !== '$schema')) {
		t.deepEqual(slipsIn(text), [], `${path}: "${text}"`);
	}

	for (const highlight of highlightsOf(json)) {
		t.regex(highlight, /^\p{Lu}/v, `"${highlight}" starts with a capital`);
	}
});

test('the slips looked for above are found where they are', t => {
	t.deepEqual(slipsIn('Led the the team ,with  care (and "quotes'), [
		'two spaces',
		'a space before punctuation',
		'no space after a comma',
		'a word twice',
		'unbalanced parentheses',
		'an unbalanced quote',
	]);
	t.deepEqual(slipsIn(' Saved 90$'), ['a space at an end', 'a currency sign after its figure']);
	t.deepEqual(slipsIn('Saved $6 million, for 2,000+ teams ("all of them").'), []);
});

test('the file names no person and gives no e-mail or phone', t => {
	const basics = json.basics ?? {};
	t.false('name' in basics);
	t.false('email' in basics);
	t.false('phone' in basics);
	for (const {path, text} of strings(data)) {
		t.notRegex(text, /[\w.+\-]+@[\w\-]+\.[\w.]+/v, `${path} looks like an e-mail address`);
		t.notRegex(text, /\+?\d[\d \(\)\-]{8,}\d/v, `${path} looks like a phone number`);
	}
});
