import test from 'ava';
import {schemaProblems} from '../source/resume/schema-problems.js';
import {consistencyProblems, formatProblem, validateResume, type Problem} from '../source/resume/validate.js';

const dateExpected = 'a date like 2021, 2021-10 or 2021-10-04';

function problemsOf(data: unknown): Problem[] {
	const result = validateResume(data);
	return result.valid ? [] : result.problems;
}

const messagesOf = (data: unknown): string[] => problemsOf(data).map(problem => formatProblem('resume.json', problem));

/** What our checks beyond the schema find: warnings, which leave the résumé valid. */
const beyondSchema = (data: unknown): Problem[] => consistencyProblems(data);

test('a valid résumé passes and comes back as it is', t => {
	const data = {
		basics: {name: 'Ada', label: 'Engineer', summary: 'Hi.', location: {city: 'Seattle', countryCode: 'US'}},
		work: [
			{
				name: 'A',
				position: 'B',
				startDate: '2021-10',
				highlights: ['Built X'],
				highlightLinks: [{highlight: 'X', url: 'https://example.com'}],
			},
		],
		education: [{institution: 'S', startDate: '2008', endDate: '2012', courses: ['C']}],
		skills: [{name: 'Tools', keywords: ['Java']}],
		publications: [{name: 'P', releaseDate: '2023-10-04'}],
	};
	const result = validateResume(data);
	t.true(result.valid);
	t.is(result.valid ? result.resume : undefined, data);
});

test('an empty object is a valid résumé', t => {
	t.deepEqual(problemsOf({}), []);
});

test('the root must be an object', t => {
	t.deepEqual(problemsOf([]), [{path: '', expected: 'an object', found: 'a list of 0'}]);
	t.deepEqual(problemsOf(null), [{path: '', expected: 'an object', found: 'null'}]);
	t.deepEqual(problemsOf('resume'), [{path: '', expected: 'an object', found: '"resume"'}]);
	t.deepEqual(messagesOf(42), ['resume.json: the file: expected an object, found number 42']);
});

test('basics must be an object', t => {
	t.deepEqual(problemsOf({basics: 'Ada'}), [{path: 'basics', expected: 'an object', found: '"Ada"'}]);
	t.deepEqual(problemsOf({basics: {location: 'Seattle'}}), [
		{path: 'basics.location', expected: 'an object', found: '"Seattle"'},
	]);
});

test('work must be a list of objects', t => {
	t.deepEqual(problemsOf({work: {name: 'A'}}), [{path: 'work', expected: 'a list', found: 'an object'}]);
	t.deepEqual(messagesOf({work: 'A'}), ['resume.json: work: expected a list, found "A"']);
	t.deepEqual(problemsOf({work: [{}, 'B']}), [{path: 'work[1]', expected: 'an object', found: '"B"'}]);
});

test('a date that is not a schema date names the entry, the field and the text', t => {
	const data = {work: [{startDate: '2021'}, {startDate: '2020-01'}, {startDate: 'Oct 2021'}]};
	t.deepEqual(problemsOf(data), [{path: 'work[2].startDate', expected: dateExpected, found: '"Oct 2021"'}]);
	t.deepEqual(messagesOf(data), [
		'resume.json: work[2].startDate: expected a date like 2021, 2021-10 or 2021-10-04, found "Oct 2021"',
	]);
});

test('empty dates and non-strings are not dates', t => {
	t.deepEqual(problemsOf({work: [{startDate: ''}]}), [
		{path: 'work[0].startDate', expected: dateExpected, found: '""'},
	]);
	t.deepEqual(problemsOf({work: [{startDate: 2021}]}), [
		{path: 'work[0].startDate', expected: dateExpected, found: 'number 2021'},
	]);
});

test('a number where a string belongs', t => {
	t.deepEqual(problemsOf({work: [{name: 5}]}), [{path: 'work[0].name', expected: 'a string', found: 'number 5'}]);
	t.deepEqual(messagesOf({work: [{name: 5}]}), ['resume.json: work[0].name: expected a string, found number 5']);
});

test('other wrong types are described by what they are', t => {
	t.deepEqual(problemsOf({basics: {name: true}}), [{path: 'basics.name', expected: 'a string', found: 'boolean true'}]);
	t.deepEqual(problemsOf({basics: {label: null}}), [{path: 'basics.label', expected: 'a string', found: 'null'}]);
	t.deepEqual(problemsOf({basics: {summary: ['a', 'b']}}), [
		{path: 'basics.summary', expected: 'a string', found: 'a list of 2'},
	]);
	t.deepEqual(problemsOf({basics: {location: {city: {}}}}), [
		{path: 'basics.location.city', expected: 'a string', found: 'an object'},
	]);
});

test('a long string found is shortened with an ellipsis', t => {
	const long = 'x'.repeat(60);
	t.deepEqual(problemsOf({work: [{startDate: long}]}), [
		{path: 'work[0].startDate', expected: dateExpected, found: `"${'x'.repeat(39)}…"`},
	]);
});

test('a highlight that is not a string is named by its index', t => {
	t.deepEqual(problemsOf({work: [{highlights: ['fine', 7, 'fine']}]}), [
		{path: 'work[0].highlights[1]', expected: 'a string', found: 'number 7'},
	]);
	t.deepEqual(problemsOf({work: [{highlights: 'one'}]}), [
		{path: 'work[0].highlights', expected: 'a list', found: '"one"'},
	]);
});

test('a highlightLinks entry needs a highlight and a url', t => {
	const data = {work: [{highlights: ['Built X'], highlightLinks: [{highlight: 'X'}, {url: 'https://example.com'}]}]};
	t.deepEqual(problemsOf(data), [
		{path: 'work[0].highlightLinks[0].url', expected: 'a value', found: 'nothing'},
		{path: 'work[0].highlightLinks[1].highlight', expected: 'a value', found: 'nothing'},
	]);
	t.deepEqual(messagesOf(data), [
		'resume.json: work[0].highlightLinks[0].url: expected a value, found nothing',
		'resume.json: work[0].highlightLinks[1].highlight: expected a value, found nothing',
	]);
});

test('highlightLinks fields must be strings, and the list a list of objects', t => {
	t.deepEqual(
		problemsOf({work: [{highlightLinks: [{highlight: 'X', url: 'https://example.com', label: 3, title: false}, 'Y']}]}),
		[
			{path: 'work[0].highlightLinks[0].label', expected: 'a string', found: 'number 3'},
			{path: 'work[0].highlightLinks[0].title', expected: 'a string', found: 'boolean false'},
			{path: 'work[0].highlightLinks[1]', expected: 'an object', found: '"Y"'},
		],
	);
});

test('a highlightLink whose words are in none of the highlights', t => {
	const data = {
		work: [
			{highlights: ['Built X'], highlightLinks: [{highlight: 'X', url: 'https://example.com/x'}]},
			{highlights: ['Built Y'], highlightLinks: [{highlight: 'Mutual TLS', url: 'https://example.com/m'}]},
		],
	};
	t.deepEqual(beyondSchema(data), [
		{
			path: 'work[1].highlightLinks[0].highlight',
			expected: 'words found in exactly one of the highlights of this entry',
			found: '"Mutual TLS", which is in none of them',
		},
	]);
	t.deepEqual(
		beyondSchema(data).map(problem => formatProblem('resume.json', problem)),
		[
			'resume.json: work[1].highlightLinks[0].highlight: expected words found in exactly one of the highlights of this entry, found "Mutual TLS", which is in none of them',
		],
	);
});

test('a highlightLink looks only at the highlights of its own entry', t => {
	const data = {
		work: [
			{highlights: ['Built X']},
			{highlights: ['Built Y'], highlightLinks: [{highlight: 'X', url: 'https://example.com/x'}]},
		],
	};
	t.deepEqual(
		beyondSchema(data).map(problem => [problem.path, problem.found]),
		[['work[1].highlightLinks[0].highlight', '"X", which is in none of them']],
	);
	t.is(beyondSchema({work: [{highlightLinks: [{highlight: 'X', url: 'u'}]}]}).length, 1);
});

test('a highlightLink whose words are in two highlights', t => {
	const data = {
		work: [
			{highlights: ['API Gateway one', 'API Gateway two'], highlightLinks: [{highlight: 'API Gateway', url: 'u'}]},
		],
	};
	t.deepEqual(beyondSchema(data), [
		{
			path: 'work[0].highlightLinks[0].highlight',
			expected: 'words found in exactly one of the highlights of this entry',
			found: '"API Gateway", which is in more than one of them',
		},
	]);
});

test('an endDate before the startDate', t => {
	const data = {work: [{startDate: '2021-10', endDate: '2019-03'}]};
	t.deepEqual(problemsOf(data), [], 'the schema has nothing against it: it is a warning');
	t.deepEqual(beyondSchema(data), [
		{path: 'work[0].endDate', expected: 'a date on or after the startDate 2021-10', found: '"2019-03"'},
	]);
	t.deepEqual(
		beyondSchema(data).map(problem => formatProblem('resume.json', problem)),
		['resume.json: work[0].endDate: expected a date on or after the startDate 2021-10, found "2019-03"'],
	);
	t.deepEqual(
		beyondSchema({education: [{startDate: '2012', endDate: '2008'}]}).map(problem => problem.path),
		['education[0].endDate'],
	);
});

test('an endDate equal to the startDate, or later, is fine', t => {
	t.deepEqual(beyondSchema({work: [{startDate: '2021-10', endDate: '2021-10'}]}), []);
	t.deepEqual(beyondSchema({work: [{startDate: '2021-10-04', endDate: '2021-10-05'}]}), []);
	t.deepEqual(beyondSchema({education: [{startDate: '2008', endDate: '2012'}]}), []);
	t.deepEqual(beyondSchema({work: [{startDate: '2021', endDate: '2021-03'}]}), []);
});

test('education fields are checked', t => {
	t.deepEqual(
		problemsOf({
			education: [
				{institution: 1, area: 2, studyType: 3, score: 9.28, location: [], startDate: 'Fall 2008', courses: 'C'},
			],
		}),
		[
			{path: 'education[0].institution', expected: 'a string', found: 'number 1'},
			{path: 'education[0].area', expected: 'a string', found: 'number 2'},
			{path: 'education[0].studyType', expected: 'a string', found: 'number 3'},
			{path: 'education[0].startDate', expected: dateExpected, found: '"Fall 2008"'},
			{path: 'education[0].score', expected: 'a string', found: 'number 9.28'},
			{path: 'education[0].courses', expected: 'a list', found: '"C"'},
			// Ours, beyond the schema: checked after the schema's own fields.
			{path: 'education[0].location', expected: 'a string', found: 'a list of 0'},
		],
	);
	t.deepEqual(problemsOf({education: [{courses: ['A', null]}]}), [
		{path: 'education[0].courses[1]', expected: 'a string', found: 'null'},
	]);
});

test('skills fields are checked', t => {
	t.deepEqual(problemsOf({skills: [{name: ['Java'], level: 3, keywords: ['Java', 1]}]}), [
		{path: 'skills[0].name', expected: 'a string', found: 'a list of 1'},
		{path: 'skills[0].level', expected: 'a string', found: 'number 3'},
		{path: 'skills[0].keywords[1]', expected: 'a string', found: 'number 1'},
	]);
	t.deepEqual(problemsOf({skills: 'Java'}), [{path: 'skills', expected: 'a list', found: '"Java"'}]);
});

test('publications fields are checked', t => {
	t.deepEqual(problemsOf({publications: [{name: 1, publisher: 2, releaseDate: '10/2023', url: 3, summary: 4}]}), [
		{path: 'publications[0].name', expected: 'a string', found: 'number 1'},
		{path: 'publications[0].publisher', expected: 'a string', found: 'number 2'},
		{path: 'publications[0].releaseDate', expected: dateExpected, found: '"10/2023"'},
		{path: 'publications[0].url', expected: 'a string', found: 'number 3'},
		{path: 'publications[0].summary', expected: 'a string', found: 'number 4'},
	]);
});

test('several problems at once are all listed, in the order of the schema', t => {
	const data = {
		basics: {name: 1, location: {city: 2}},
		work: [{startDate: 'Oct 2021', highlights: ['ok', false]}, 'not an entry', {highlightLinks: [{}]}],
		education: [{endDate: 'soon'}],
		skills: [{keywords: 'Java'}],
		publications: [{releaseDate: 2023}],
	};
	t.deepEqual(messagesOf(data), [
		'resume.json: basics.name: expected a string, found number 1',
		'resume.json: basics.location.city: expected a string, found number 2',
		'resume.json: work[0].startDate: expected a date like 2021, 2021-10 or 2021-10-04, found "Oct 2021"',
		'resume.json: work[0].highlights[1]: expected a string, found boolean false',
		'resume.json: work[1]: expected an object, found "not an entry"',
		'resume.json: work[2].highlightLinks[0].highlight: expected a value, found nothing',
		'resume.json: work[2].highlightLinks[0].url: expected a value, found nothing',
		'resume.json: education[0].endDate: expected a date like 2021, 2021-10 or 2021-10-04, found "soon"',
		'resume.json: publications[0].releaseDate: expected a date like 2021, 2021-10 or 2021-10-04, found number 2023',
		'resume.json: skills[0].keywords: expected a list, found "Java"',
	]);
});

test('several consistency problems at once are all listed', t => {
	const data = {
		work: [
			{startDate: '2021-10', endDate: '2020', highlights: ['A'], highlightLinks: [{highlight: 'B', url: 'u'}]},
			{startDate: '2019-04', endDate: '2019-03'},
		],
		education: [{startDate: '2012', endDate: '2008'}],
	};
	t.deepEqual(
		beyondSchema(data).map(problem => problem.path),
		['work[0].endDate', 'work[1].endDate', 'education[0].endDate', 'work[0].highlightLinks[0].highlight'],
	);
});

test('unknown extra fields are accepted, anywhere', t => {
	const data = {
		$schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
		meta: {theme: 'even'},
		basics: {email: 'a@b.c', profiles: [{network: 'GitHub'}], location: {address: '1 Main St', extra: 1}},
		work: [{name: 'A', isCurrent: true, tags: [1, 2]}],
		education: [{institution: 'S', gpa: 4}],
		skills: [{name: 'Tools', years: 10}],
		publications: [{name: 'P', doi: 10}],
		volunteer: [{organization: 'X'}],
		awards: [{title: 'A', jury: {size: 3}}],
		hobbies: 'many',
	};
	t.deepEqual(problemsOf(data), []);
});

test('formatProblem puts the source, the path, the expectation and the finding on one line', t => {
	t.is(
		formatProblem('data/resume.json', {path: 'work[2].startDate', expected: dateExpected, found: '"Oct 2021"'}),
		'data/resume.json: work[2].startDate: expected a date like 2021, 2021-10 or 2021-10-04, found "Oct 2021"',
	);
	t.is(
		formatProblem('x.json', {path: '', expected: 'an object', found: 'a list of 3'}),
		'x.json: the file: expected an object, found a list of 3',
	);
});

test('an end date less precise than its start date means the end of its month or year', t => {
	t.deepEqual(beyondSchema({work: [{startDate: '2021-10-15', endDate: '2021-10'}]}), []);
	t.deepEqual(beyondSchema({work: [{startDate: '2021-10', endDate: '2021'}]}), []);
	t.deepEqual(beyondSchema({education: [{startDate: '2021-10-15', endDate: '2021-10-14'}]}), [
		{path: 'education[0].endDate', expected: 'a date on or after the startDate 2021-10-15', found: '"2021-10-14"'},
	]);
});

test('a schema check we have no words for yet is still named, with the path and the value found', t => {
	// A newer schema may bring checks (enum, minLength, …) that the current one does not have.
	const error = {
		instancePath: '/basics/name',
		schemaPath: '#/properties/basics/properties/name/enum',
		keyword: 'enum',
		params: {},
	};
	t.deepEqual(schemaProblems([error], {basics: {name: 'Ada'}}), [
		{path: 'basics.name', expected: 'what the JSON Resume schema\'s "enum" check asks for', found: '"Ada"'},
	]);
});

test('a field whose name has a slash or a tilde is named as it is written', t => {
	const error = {
		instancePath: '/meta/a~1b~0c',
		schemaPath: '#/properties/meta/type',
		keyword: 'type',
		params: {type: 'string'},
	};
	t.deepEqual(schemaProblems([error], {meta: Object.fromEntries([['a/b~c', 1]])}), [
		{path: 'meta.a/b~c', expected: 'a string', found: 'number 1'},
	]);
});
