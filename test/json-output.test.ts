import {readFile} from 'node:fs/promises';
import test from 'ava';
import {jsonOutput} from '../source/outputs/json.js';
import {parseJsonResume} from '../source/resume/load.js';
import {fixturePath, readFixture} from './helpers/fixtures.js';
import {schemaErrors} from './helpers/schema.js';

const messy = {
	$schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
	basics: {
		name: '  Ada Lovelace ',
		label: '',
		email: '',
		url: ' https://example.com/ada ',
		location: {city: ' London', region: '', countryCode: 'GB '},
		profiles: [],
		summary: '\n',
	},
	work: [
		{
			name: ' Analytical Engines ',
			position: 'Programmer',
			url: '',
			startDate: '1842',
			highlights: ['  Wrote the first program ', '', '   '],
			highlightLinks: [{highlight: 'first program', url: 'https://example.com/notes', label: ' notes ', title: ''}],
			keywords: [],
			team: {size: 2, lead: '', extra: {}},
		},
		{name: '', position: '', highlights: []},
	],
	education: [],
	skills: [{name: 'Mathematics', keywords: ['', ' Calculus']}],
	interests: [{name: ' Poetry ', keywords: [' ', '']}],
	meta: {version: 'v1.0.0', lastModified: '', canonical: ''},
	favourite: {numbers: [0, 1], flag: false, nothing: null},
};

test('the output parses and is valid against the official JSON Resume schema', async t => {
	const output = jsonOutput(await readFixture('career.json'));
	t.is(schemaErrors(JSON.parse(output)), undefined);
});

test('a résumé with nothing empty in it comes back as it is', async t => {
	const output = jsonOutput(await readFixture('career.json'));
	t.deepEqual(JSON.parse(output), JSON.parse(await readFile(fixturePath('career.json'), 'utf8')));
});

test('the output is pretty-printed with two spaces and ends with one newline', async t => {
	const output = jsonOutput(await readFixture('career.json'));
	// Exactly what JSON.stringify gives with two spaces, and one newline after it.
	t.is(output, `${JSON.stringify(JSON.parse(output), undefined, 2)}\n`);
});

test('strings are trimmed and empty strings, lists and objects removed, all the way down', t => {
	const output = jsonOutput(parseJsonResume(JSON.stringify(messy), 'messy.json'));
	t.deepEqual(JSON.parse(output), {
		$schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
		basics: {
			name: 'Ada Lovelace',
			url: 'https://example.com/ada',
			location: {city: 'London', countryCode: 'GB'},
		},
		work: [
			{
				name: 'Analytical Engines',
				position: 'Programmer',
				startDate: '1842',
				highlights: ['Wrote the first program'],
				highlightLinks: [{highlight: 'first program', url: 'https://example.com/notes', label: 'notes'}],
				team: {size: 2},
			},
		],
		skills: [{name: 'Mathematics', keywords: ['Calculus']}],
		interests: [{name: 'Poetry'}],
		meta: {version: 'v1.0.0'},
		favourite: {numbers: [0, 1], flag: false},
	});
});

test('key order is kept, unknown fields included', t => {
	const output: unknown = JSON.parse(jsonOutput(parseJsonResume(JSON.stringify(messy), 'messy.json')));
	t.deepEqual(typeof output === 'object' && output !== null ? Object.keys(output) : [], [
		'$schema',
		'basics',
		'work',
		'skills',
		'interests',
		'meta',
		'favourite',
	]);
});

test('a messy résumé the official schema rejects comes out valid', t => {
	// The empty email and URLs and the padded URL are what the schema objects to.
	t.not(schemaErrors(messy), undefined);
	t.is(schemaErrors(JSON.parse(jsonOutput(parseJsonResume(JSON.stringify(messy), 'messy.json')))), undefined);
});

test('a résumé with nothing in it is an empty object', t => {
	t.is(jsonOutput({basics: {name: ' '}, work: []}), '{}\n');
});
