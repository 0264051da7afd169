import test from 'ava';
import {readLeniently} from '../source/resume/lenient.js';
import {ResumeError} from '../source/resume/load.js';

const read = (data: unknown) => readLeniently(data, 'r.json');
const date = 'a date like 2021, 2021-10 or 2021-10-04';

test('each old field name is read as its current one, with a warning naming both', t => {
	const {resume, warnings} = read({
		basics: {picture: 'https://example.com/a.png', website: 'https://a.example.com'},
		work: [{company: 'Acme', website: 'https://acme.example.com'}],
		volunteer: [{website: 'https://v.example.org'}],
		publications: [{website: 'https://p.example.org'}],
		education: [{gpa: '3.9'}],
	});
	t.like(resume, {
		basics: {image: 'https://example.com/a.png', url: 'https://a.example.com'},
		work: [{name: 'Acme', url: 'https://acme.example.com'}],
		volunteer: [{url: 'https://v.example.org'}],
		publications: [{url: 'https://p.example.org'}],
		education: [{score: '3.9'}],
	});
	t.false(JSON.stringify(resume).includes('"company"'));
	t.deepEqual(warnings, [
		'r.json: basics.picture: the name JSON Resume 0.x gave basics.image; read as image',
		'r.json: basics.website: the name JSON Resume 0.x gave basics.url; read as url',
		'r.json: work[0].company: the name JSON Resume 0.x gave work[0].name; read as name',
		'r.json: work[0].website: the name JSON Resume 0.x gave work[0].url; read as url',
		'r.json: volunteer[0].website: the name JSON Resume 0.x gave volunteer[0].url; read as url',
		'r.json: publications[0].website: the name JSON Resume 0.x gave publications[0].url; read as url',
		'r.json: education[0].gpa: the name JSON Resume 0.x gave education[0].score; read as score',
	]);
});

test('where the current name is there too, it wins and the old one is left out', t => {
	const {resume, warnings} = read({work: [{company: 'Old', name: 'New'}]});
	t.deepEqual(resume.work, [{name: 'New'}]);
	t.deepEqual(warnings, [
		'r.json: work[0].company: the name JSON Resume 0.x gave work[0].name, which is there too; left out',
	]);
});

test('date forms are read, ongoing ends are present, and an ambiguous date is shown as written', t => {
	const {resume, warnings} = read({
		work: [
			{startDate: 'Mar 2022', endDate: 'Present'},
			{startDate: '08-12-2015', endDate: ''},
			{startDate: '2019-01', endDate: null},
			{startDate: null, endDate: '2012-13-45'},
		],
	});
	t.deepEqual(resume.work, [
		{startDate: '2022-03'},
		{startDate: '08-12-2015'},
		{startDate: '2019-01'},
		{endDate: '2012-13-45'},
	]);
	t.deepEqual(warnings, [
		`r.json: work[0].startDate: expected ${date}, found "Mar 2022"; read as Mar 2022`,
		`r.json: work[0].endDate: expected ${date}, found "Present"; read as present`,
		`r.json: work[1].startDate: expected ${date}, found "08-12-2015"; shown as written`,
		`r.json: work[1].endDate: expected ${date}, found ""; read as present`,
		`r.json: work[2].endDate: expected ${date}, found null; read as present`,
		`r.json: work[3].startDate: expected ${date}, found null; left out`,
		`r.json: work[3].endDate: expected ${date}, found "2012-13-45"; shown as written`,
	]);
});

test('values of the wrong kind are turned into the right one where they can be, else left out', t => {
	const {resume, warnings} = read({
		basics: {name: 42, summary: ['One.', 'Two.'], label: {text: 'x'}, email: null},
		work: [{highlights: 'Just one', name: true}],
		skills: [{keywords: 'Go'}, 'Rust'],
		languages: ['English'],
		education: [{courses: [1, 'Maths', null]}],
	});
	t.deepEqual(resume.basics, {name: '42', summary: 'One. Two.'});
	t.deepEqual(resume.work, [{highlights: ['Just one'], name: 'true'}]);
	t.deepEqual(resume.skills, [{keywords: ['Go']}, {name: 'Rust'}]);
	t.deepEqual(resume.languages, [{language: 'English'}]);
	t.deepEqual(resume.education, [{courses: ['1', 'Maths', '']}]);
	t.deepEqual(
		warnings.map(warning => [warning.split(': ')[1], warning.split('; ').at(-1)]),
		[
			['basics.name', 'read as "42"'],
			['basics.label', 'left out'],
			['basics.email', 'left out'],
			['basics.summary', 'read as one text, its parts joined'],
			['work[0].name', 'read as "true"'],
			['work[0].highlights', 'read as a list of one'],
			['education[0].courses[0]', 'read as "1"'],
			['education[0].courses[2]', 'left out'],
			['skills[0].keywords', 'read as a list of one'],
			['skills[1]', 'read as {"name":"Rust"}'],
			['languages[0]', 'read as {"language":"English"}'],
		],
	);
	t.is(warnings.length, 11, 'one warning a problem');
});

test('a web address without its scheme gets https; a link that is no web address is left out', t => {
	const {resume, warnings} = read({
		$schema: './schema.json',
		basics: {url: 'ada.example.com', profiles: [{url: 'github.com/ada'}, {url: 'not a link'}]},
	});
	t.deepEqual(resume, {basics: {url: 'https://ada.example.com', profiles: [{url: 'https://github.com/ada'}, {}]}});
	t.deepEqual(
		warnings.map(warning => warning.split('; ').at(-1)),
		['left out', 'read as https://ada.example.com', 'read as https://github.com/ada', 'left out'],
	);
});

test('an entry that is not an object keeps its place, empty, so that the paths of the others stay true', t => {
	const {resume, warnings} = read({work: [7, {startDate: 'Mar 2022'}]});
	t.deepEqual(resume.work, [{}, {startDate: '2022-03'}]);
	t.is(warnings.length, 2);
	t.true(warnings[1]!.startsWith('r.json: work[1].startDate:'));
});

test('a highlight link without its url is left out; one without its highlight in the text is warned about', t => {
	const {resume, warnings} = read({
		work: [
			{
				highlights: ['Built X'],
				highlightLinks: [{highlight: 'X'}, {highlight: 'Nowhere', url: 'https://example.com'}],
			},
		],
	});
	t.deepEqual(resume.work?.[0]?.highlightLinks, [{highlight: 'Nowhere', url: 'https://example.com'}]);
	t.deepEqual(warnings, [
		'r.json: work[0].highlightLinks[0].url: expected a value, found nothing; left out',
		'r.json: work[0].highlightLinks[0].highlight: expected words found in exactly one of the highlights of this entry, found "Nowhere", which is in none of them; the link is left out',
	]);
});

test('an end before its start is shown as written, with a warning', t => {
	const {resume, warnings} = read({work: [{startDate: '2021-10', endDate: '2019-03'}]});
	t.deepEqual(resume.work, [{startDate: '2021-10', endDate: '2019-03'}]);
	t.deepEqual(warnings, [
		'r.json: work[0].endDate: expected a date on or after the startDate 2021-10, found "2019-03"; shown as written',
	]);
});

test('a valid résumé comes back as it is, without a warning, and the data read is not changed', t => {
	const data = {basics: {name: 'Ada'}, work: [{name: 'A', startDate: '2021'}]};
	const copy = structuredClone(data);
	t.deepEqual(read(data), {resume: copy, warnings: []});
	const sloppy = {work: [{company: 'A', startDate: 'Mar 2022'}]};
	read(sloppy);
	t.deepEqual(sloppy, {work: [{company: 'A', startDate: 'Mar 2022'}]});
});

test('data that is not an object is refused, with the message validate gives', t => {
	for (const [data, found] of [
		[[1, 2], 'a list of 2'],
		['text', '"text"'],
		[null, 'null'],
	] as const) {
		const error = t.throws(() => read(data), {instanceOf: ResumeError});
		t.is(error.message, `r.json: the file: expected an object, found ${found}`);
	}
});
