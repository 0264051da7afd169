import test from 'ava';
import {buildResume} from '../source/resume/build-model.js';
import type {JsonWork} from '../source/resume/json-resume.js';

const companiesOf = (work: readonly JsonWork[]) => buildResume({work}).companies;

test('consecutive entries with the same employer become one company with several roles, in file order', t => {
	const companies = companiesOf([
		{name: 'Amazon Web Services', position: 'Senior', startDate: '2019-04', endDate: '2021-09'},
		{name: 'Amazon Web Services', position: 'Junior', startDate: '2016-02', endDate: '2019-03'},
	]);
	t.is(companies.length, 1);
	t.is(companies[0]!.name, 'Amazon Web Services');
	t.deepEqual(
		companies[0]!.roles.map(role => role.title),
		['Senior', 'Junior'],
	);
});

test('employers are compared ignoring case and surrounding spaces; the first spelling names the company', t => {
	const companies = companiesOf([
		{name: 'Acme Corp', position: 'Lead'},
		{name: '  acme corp ', position: 'Engineer'},
		{name: 'ACME CORP', position: 'Intern'},
	]);
	t.is(companies.length, 1);
	t.is(companies[0]!.name, 'Acme Corp');
	t.is(companies[0]!.roles.length, 3);
});

test('different employers stay apart, and a later return to an employer is a company of its own', t => {
	const companies = companiesOf([
		{name: 'A', position: 'Second stint'},
		{name: 'B', position: 'Between'},
		{name: 'A', position: 'First stint'},
	]);
	t.deepEqual(
		companies.map(company => [company.name, company.roles.map(role => role.title)]),
		[
			['A', ['Second stint']],
			['B', ['Between']],
			['A', ['First stint']],
		],
	);
});

test('a company spans from the earliest start to the latest end of its roles', t => {
	const [company] = companiesOf([
		{name: 'A', position: 'Later', startDate: '2019-04', endDate: '2021-09'},
		{name: 'A', position: 'Earlier', startDate: '2016-02', endDate: '2019-03'},
		{name: 'A', position: 'Side project', startDate: '2017-06', endDate: '2018-01'},
	]);
	t.deepEqual(company!.span, {start: {year: 2016, month: 2}, end: {year: 2021, month: 9}});
});

test('a company is present when any of its roles is, even one listed after an ended role', t => {
	const [company] = companiesOf([
		{name: 'A', position: 'Ended', startDate: '2019-04', endDate: '2021-09'},
		{name: 'A', position: 'Ongoing', startDate: '2016-02'},
	]);
	t.deepEqual(company!.span, {start: {year: 2016, month: 2}});
	t.is(company!.span!.end, undefined);
});

test('a company whose roles have no dates has no span; roles without dates do not affect the span', t => {
	const [undated] = companiesOf([{name: 'A', position: 'One'}]);
	t.is(undated!.span, undefined);
	const [mixed] = companiesOf([
		{name: 'B', position: 'Dated', startDate: '2020-01', endDate: '2020-06'},
		{name: 'B', position: 'Undated'},
	]);
	t.deepEqual(mixed!.span, {start: {year: 2020, month: 1}, end: {year: 2020, month: 6}});
});

test('a one-role company carries that role, its span and its location', t => {
	const companies = companiesOf([
		{name: 'Akamai', position: 'Architect', location: 'Bengaluru, India', startDate: '2012-07', endDate: '2013-04'},
	]);
	t.is(companies.length, 1);
	const [company] = companies;
	t.is(company!.name, 'Akamai');
	t.is(company!.location, 'Bengaluru, India');
	t.deepEqual(company!.span, {start: {year: 2012, month: 7}, end: {year: 2013, month: 4}});
	t.is(company!.roles.length, 1);
	t.like(company!.roles[0], {
		title: 'Architect',
		location: 'Bengaluru, India',
		span: {start: {year: 2012, month: 7}, end: {year: 2013, month: 4}},
	});
	t.false('employer' in company!.roles[0]!);
});

test('a company takes the first location any of its roles gives', t => {
	const [company] = companiesOf([
		{name: 'A', position: 'One'},
		{name: 'A', position: 'Two', location: 'Seattle, US'},
		{name: 'A', position: 'Three', location: 'Remote'},
	]);
	t.is(company!.location, 'Seattle, US');
});

test('empty and blank strings count as absent', t => {
	const resume = buildResume({
		basics: {name: '', label: '  ', summary: '', location: {city: '', region: ' ', countryCode: ''}},
		work: [
			{
				name: '',
				position: 'Engineer',
				location: '  ',
				summary: ' ',
				startDate: '',
				endDate: '',
				highlights: ['', '  ', 'Shipped it'],
			},
		],
		education: [{institution: '  '}, {institution: 'School', studyType: '', area: ' ', score: '', location: ''}],
		skills: [{name: '', keywords: ['', ' ']}],
		publications: [{name: ' '}],
	});
	t.is(resume.name, undefined);
	t.is(resume.label, undefined);
	t.is(resume.summary, undefined);
	t.is(resume.location, undefined);
	const [company] = resume.companies;
	// With no employer name, the position names the company.
	t.is(company!.name, 'Engineer');
	t.is(company!.location, undefined);
	t.is(company!.span, undefined);
	const [role] = company!.roles;
	t.is(role!.title, 'Engineer');
	t.is(role!.location, undefined);
	t.is(role!.span, undefined);
	t.is(role!.summary, undefined);
	t.deepEqual(role!.achievements, [{text: 'Shipped it', links: []}]);
	t.deepEqual(resume.education, [
		{
			institution: 'School',
			url: undefined,
			degree: undefined,
			score: undefined,
			location: undefined,
			courses: [],
		},
	]);
	t.deepEqual(resume.skills, []);
	t.deepEqual(resume.publications, []);
});

test('strings are trimmed', t => {
	const resume = buildResume({
		basics: {label: '  Staff Engineer ', location: {city: ' Seattle ', countryCode: 'US '}},
		work: [{name: ' Meta ', position: ' Staff ', highlights: ['  Did a thing  ']}],
	});
	t.is(resume.label, 'Staff Engineer');
	t.is(resume.location, 'Seattle, US');
	t.is(resume.companies[0]!.name, 'Meta');
	t.is(resume.companies[0]!.roles[0]!.title, 'Staff');
	t.is(resume.companies[0]!.roles[0]!.achievements[0]!.text, 'Did a thing');
});

test('empty lists count as absent', t => {
	const resume = buildResume({work: [], education: [], skills: [], publications: []});
	t.deepEqual(resume, {
		name: undefined,
		label: undefined,
		summary: undefined,
		location: undefined,
		address: undefined,
		contacts: [],
		companies: [],
		projects: [],
		education: [],
		skills: [],
		publications: [],
		awards: [],
		certificates: [],
		volunteer: [],
		languages: [],
		interests: [],
		references: [],
	});
	const [role] = companiesOf([{name: 'A', position: 'B', highlights: [], highlightLinks: []}])[0]!.roles;
	t.deepEqual(role!.achievements, []);
});

test('an entry with neither name nor position still becomes a company and a role', t => {
	const [company] = companiesOf([{startDate: '2020'}]);
	t.is(company!.name, 'Work');
	t.is(company!.roles[0]!.title, 'Role');
	const [onlyName] = companiesOf([{name: 'Freelance'}]);
	t.is(onlyName!.roles[0]!.title, 'Freelance');
});

test('with no highlights, the summary becomes the one achievement', t => {
	const [role] = companiesOf([{name: 'A', position: 'B', summary: 'Kept the lights on.'}])[0]!.roles;
	t.deepEqual(role!.achievements, [{text: 'Kept the lights on.', links: []}]);
	// It is not repeated as the summary.
	t.is(role!.summary, undefined);
});

test('with highlights, the summary stays the summary', t => {
	const [role] = companiesOf([{name: 'A', position: 'B', summary: 'Overview.', highlights: ['One', 'Two']}])[0]!.roles;
	t.is(role!.summary, 'Overview.');
	t.deepEqual(
		role!.achievements.map(achievement => achievement.text),
		['One', 'Two'],
	);
});

test('highlightLinks attach to the highlight containing their text', t => {
	const [role] = companiesOf([
		{
			name: 'AWS',
			position: 'Engineer',
			highlights: ['Built Mutual TLS for API Gateway', 'Built the WebSocket data plane', 'Wrote docs'],
			highlightLinks: [
				{highlight: 'WebSocket', url: 'https://example.com/ws', label: 'blog post', title: 'WebSockets'},
				{highlight: 'Mutual TLS', url: 'https://example.com/mtls', label: 'announcement'},
				{highlight: 'WebSocket data', url: 'https://example.com/ws2', label: '  '},
			],
		},
	])[0]!.roles;
	const [mtls, websocket, docs] = role!.achievements;
	t.deepEqual(mtls!.links, [{url: 'https://example.com/mtls', label: 'announcement', title: undefined}]);
	t.deepEqual(websocket!.links, [
		{url: 'https://example.com/ws', label: 'blog post', title: 'WebSockets'},
		// A link without a label is called "link".
		{url: 'https://example.com/ws2', label: 'link', title: undefined},
	]);
	t.deepEqual(docs!.links, []);
});

test('education joins the kind of degree and the area', t => {
	const resume = buildResume({
		education: [
			{
				institution: 'Ramaiah Institute of Technology',
				studyType: 'B.E.',
				area: 'Information Science and Engineering',
				score: 'GPA 9.28 / 10',
				location: 'Bengaluru, India',
				startDate: '2008',
				endDate: '2012',
				courses: ['Networks', ''],
			},
			{institution: 'Only area', area: 'Physics'},
			{institution: 'Only type', studyType: 'PhD'},
			{area: 'No institution'},
		],
	});
	t.deepEqual(resume.education[0], {
		institution: 'Ramaiah Institute of Technology',
		url: undefined,
		degree: 'B.E., Information Science and Engineering',
		score: 'GPA 9.28 / 10',
		location: 'Bengaluru, India',
		span: {start: {year: 2008}, end: {year: 2012}},
		courses: ['Networks'],
	});
	t.is(resume.education[1]!.degree, 'Physics');
	t.is(resume.education[2]!.degree, 'PhD');
	// An entry without an institution is named by its degree, so that nothing it says is lost.
	t.is(resume.education.length, 4);
	t.like(resume.education[3], {institution: 'No institution', degree: undefined});
});

test('skills keep their name, level and keywords; a group without a name is called Skills, and kept for its level', t => {
	const resume = buildResume({
		skills: [
			{name: 'Tools and Technologies', level: 'Expert', keywords: ['Java', ' Perl ', '', 'Python']},
			{keywords: ['Rust']},
			{name: 'Leadership'},
			{level: 'Novice'},
		],
	});
	t.deepEqual(resume.skills, [
		{name: 'Tools and Technologies', level: 'Expert', keywords: ['Java', 'Perl', 'Python']},
		{name: 'Skills', level: undefined, keywords: ['Rust']},
		{name: 'Leadership', level: undefined, keywords: []},
		{name: 'Skills', level: 'Novice', keywords: []},
	]);
});

test('publications keep their fields and parse the release date', t => {
	const resume = buildResume({
		publications: [
			{
				name: 'XFaaS: Hyperscale and Low Cost Serverless Functions at Meta',
				publisher: "ACM SOSP '23",
				releaseDate: '2023-10',
				url: 'https://doi.org/10.1145/3600006.3613155',
				summary: 'Co-authored.',
			},
			{name: 'Undated note', releaseDate: ''},
			{publisher: 'No name'},
		],
	});
	t.deepEqual(resume.publications, [
		{
			name: 'XFaaS: Hyperscale and Low Cost Serverless Functions at Meta',
			publisher: "ACM SOSP '23",
			date: {year: 2023, month: 10},
			url: 'https://doi.org/10.1145/3600006.3613155',
			summary: 'Co-authored.',
		},
		{name: 'Undated note', publisher: undefined, url: undefined, summary: undefined},
		{name: 'Publication', publisher: 'No name', url: undefined, summary: undefined},
	]);
});

test('basics: the location joins city, region and country code', t => {
	const resume = buildResume({
		basics: {
			name: 'Ada',
			label: 'Engineer',
			summary: 'Hello.',
			location: {city: 'Seattle', region: 'WA', countryCode: 'US'},
		},
	});
	t.like(resume, {name: 'Ada', label: 'Engineer', summary: 'Hello.', location: 'Seattle, WA, US'});
	t.is(buildResume({basics: {location: {countryCode: 'US'}}}).location, 'US');
	t.is(buildResume({}).location, undefined);
});

test('an end date without a start date gives no span', t => {
	const [company] = companiesOf([{name: 'A', position: 'B', endDate: '2020-01'}]);
	t.is(company!.roles[0]!.span, undefined);
	t.is(company!.span, undefined);
});

test('a company ends with the role that ends last, reading a year-only end as December', t => {
	const [company] = companiesOf([
		{name: 'A', startDate: '2019-06', endDate: '2019'},
		{name: 'A', startDate: '2019-01', endDate: '2019-07'},
	]);
	t.deepEqual(company?.span, {start: {year: 2019, month: 1}, end: {year: 2019}});
});
