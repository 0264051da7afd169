import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import test from 'ava';
import fc from 'fast-check';
import {consistencyProblems, formatProblem, validateResume, type Problem} from '../source/resume/validate.js';
import {schemaErrors} from './helpers/schema.js';

/*
Our validator must accept exactly what the official JSON Resume schema accepts, and name the same places.
The deliberate differences. Stricter, all beyond the schema (which allows extra fields and compares no values):
- work[].highlightLinks, our extension: each needs a highlight and a url, all strings, and the highlight's words
  must be in exactly one of the entry's highlights;
- education[].location, which the app shows, must be a string (the schema does not have it);
- an endDate must not be before its startDate.
More lenient, in one thing: a URI or email address that is blank counts as absent, and spaces around one are
ignored, as the app and --format json (which trims and drops them, test/json-output.test.ts) do.
*/
function isDeliberate(problem: Problem): boolean {
	return (
		/^work\[\d+\]\.highlightLinks(?:$|[.\[])/v.test(problem.path) ||
		/^education\[\d+\]\.location$/v.test(problem.path) ||
		problem.expected.startsWith('a date on or after the startDate')
	);
}

function problemsOf(data: unknown): Problem[] {
	const result = validateResume(data);
	return result.valid ? [] : result.problems;
}

type SchemaError = {
	readonly path: readonly unknown[];
	readonly name?: unknown;
	readonly argument?: unknown;
	readonly instance?: unknown;
};

/** What the official validator finds wrong, each error with the path to the value. */
function schemaErrorList(data: unknown): SchemaError[] {
	const errors = schemaErrors(data);
	if (errors === undefined) {
		return [];
	}

	assert.ok(Array.isArray(errors), 'the official validator reports its errors as a list');
	return errors.map((error: unknown): SchemaError => {
		assert.ok(isRecord(error), 'each error of the official validator is an object');
		const {path, name, argument, instance} = error;
		assert.ok(Array.isArray(path), 'each error of the official validator has a path');
		return {path, name, argument, instance};
	});
}

/**
Where the official validator finds problems, written as our paths are (work[2].startDate), less our one
leniency: a format error on a string that is blank, or that the official validator accepts once trimmed.
*/
function schemaPaths(data: unknown): string[] {
	return schemaErrorList(data)
		.filter(error => !(error.name === 'format' && typeof error.instance === 'string' && validOnceTrimmed(error)))
		.map(error => pathOf(error.path));
}

function validOnceTrimmed({instance, argument}: SchemaError): boolean {
	const trimmed = String(instance).trim();
	const field = argument === 'email' ? 'email' : 'url';
	return trimmed === '' || schemaErrors({basics: {[field]: trimmed}}) === undefined;
}

/** ['work', 2, 'startDate'] is work[2].startDate. */
function pathOf(keys: readonly unknown[]): string {
	let path = '';
	for (const key of keys) {
		if (typeof key === 'number') {
			path += `[${key}]`;
		} else {
			path += path ? `.${String(key)}` : String(key);
		}
	}

	return path;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// --- Résumé-like values, generated from the official schema itself, so that every property of it is tried.

type SchemaNode = {
	readonly type?: string;
	readonly $ref?: string;
	readonly format?: string;
	readonly pattern?: string;
	readonly properties?: Readonly<Record<string, SchemaNode>>;
	readonly items?: SchemaNode;
	readonly definitions?: Readonly<Record<string, SchemaNode>>;
};

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- the schema's own JSON, read as the validator reads it
const schema = JSON.parse(readFileSync(require.resolve('@jsonresume/schema/schema.json'), 'utf8')) as SchemaNode;

const digits = (minLength: number, maxLength: number) =>
	fc.string({unit: fc.constantFrom(...'0123456789'), minLength, maxLength});
const twoDigits = (max: number) => fc.integer({min: 0, max}).map(value => String(value).padStart(2, '0'));

/** Dates the schema's pattern allows, impossible ones included: 2021, 2021-19, 2021-02-30. */
const schemaDate = fc
	.tuple(fc.integer({min: 1000, max: 2999}), fc.option(twoDigits(19)), fc.option(twoDigits(39)))
	.map(([year, month, day]) => [year, ...(month === null ? [] : [month, ...(day === null ? [] : [day])])].join('-'));

const trickyDate = fc.oneof(
	fc.constantFrom(
		'',
		'0999',
		'3000',
		'2021-1',
		'2021-001',
		'2021-10-4',
		'2021-20',
		'2021-10-40',
		'2021/10',
		'2021-10-04T00:00',
		' 2021',
		'2021 ',
		'2021\n',
		'\n2021',
		'٢٠٢١',
		'２０２１',
		'Oct 2021',
		'2021-10-04-01',
		'20211004',
		'+2021',
	),
	fc
		.tuple(digits(0, 5), fc.option(digits(0, 3)), fc.option(digits(0, 3)))
		.map(parts => parts.filter(part => part !== null).join('-')),
	fc.string({maxLength: 8}),
);

const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const scheme = fc
	.tuple(fc.constantFrom(...letters), fc.string({unit: fc.constantFrom(...`${letters}0123456789+.-`), maxLength: 4}))
	.map(([first, rest]) => first + rest);
const uriLike = fc.oneof(
	fc.webUrl(),
	fc.tuple(scheme, fc.string({maxLength: 8})).map(([name, rest]) => `${name}:${rest}`),
);
const trickyUri = fc.oneof(
	fc.constantFrom(
		'',
		'   ',
		' https://example.com ',
		'\thttps://example.com\n',
		'\u00A0https://example.com',
		' example.com ',
		':',
		'example.com',
		'//example.com',
		'https://exa mple.com',
		'1http://x',
		'+x:y',
		'ht_tp://x',
		'http://x\n',
		'http:\u00A0',
		'http:\u2028',
		'http:\uFEFF',
		'http:\u3000',
		'\u017F:x',
		'\u212A:x',
		'é:x',
	),
	fc.tuple(fc.string({maxLength: 3}), fc.constantFrom(':', ''), fc.string({maxLength: 5})).map(parts => parts.join('')),
	fc.string({unit: 'binary', maxLength: 8}),
);

const emailLike = fc.emailAddress();
const trickyEmail = fc.oneof(
	fc.constantFrom('', ' ', ' ada@example.com ', '\nada@example.com', ' ada@ example.com'),
	fc
		.tuple(
			fc.oneof(
				fc.constantFrom(
					'a',
					'a.b',
					'.a',
					'a.',
					'a..b',
					'"a"',
					'a+b',
					"o'neil",
					'a{b}|c',
					'é',
					'a b',
					'_',
					'-',
					String.raw`a\b`,
				),
				fc.string({maxLength: 5}),
			),
			fc.constantFrom('@', '@@', '', '.@'),
			fc.oneof(
				fc.constantFrom(
					'example.com',
					'b.c',
					'c',
					'-a.com',
					'a-.com',
					'a--b.com',
					'a.b-',
					'a.-b',
					`${'a'.repeat(63)}.com`,
					`${'a'.repeat(64)}.com`,
					'a.',
					'.a',
					'a..b',
					'[1.2.3.4]',
					'[256.1.1.1]',
					'[01.2.3.4]',
					'[001.2.3.4]',
					'[1.2.3]',
					'xn--ls8h.la',
					'é.com',
					'a_b.com',
					'1.2.3.4',
				),
				fc.domain(),
				fc.string({maxLength: 6}),
			),
		)
		.map(parts => parts.join('')),
	fc.string({maxLength: 8}),
);

const plainText = fc.oneof(fc.string({maxLength: 8}), fc.string({unit: 'grapheme', maxLength: 4}));

/** A value of any JSON type, often the wrong one: null, a list where an object goes, a number for a string. */
const anyValue = fc.oneof(
	fc.constant(null),
	fc.boolean(),
	fc.integer(),
	fc.double({noNaN: true, noDefaultInfinity: true}),
	fc.string({maxLength: 5}),
	fc.constant([]),
	fc.constant({}),
	fc.jsonValue({maxDepth: 2}),
);

/** Names of extra fields: the schema allows them, and some are names that trip up careless code. */
const extraName = fc.oneof(
	fc.constantFrom('location', 'highlightLinks', 'extra', 'constructor', '__proto__', 'toString', 'x-theme', 'Name'),
	fc.string({maxLength: 6}),
);
const extraFields = fc.dictionary(extraName, fc.jsonValue({maxDepth: 1}), {maxKeys: 1});

/** Mostly `right`, sometimes (by `rate`, a share in thousandths) `wrong`. */
function sometimes(right: fc.Arbitrary<unknown>, wrong: fc.Arbitrary<unknown>, rate: number): fc.Arbitrary<unknown> {
	return rate === 0 ? right : fc.oneof({weight: 1000 - rate, arbitrary: right}, {weight: rate, arbitrary: wrong});
}

function resolve(node: SchemaNode): SchemaNode {
	const name = node.$ref?.replace('#/definitions/', '');
	return name === undefined ? node : schema.definitions![name]!;
}

function stringFor(node: SchemaNode, rate: number): fc.Arbitrary<unknown> {
	if (node.pattern) {
		return sometimes(schemaDate, trickyDate, rate);
	}

	if (node.format === 'uri') {
		return sometimes(uriLike, trickyUri, rate);
	}

	if (node.format === 'email') {
		return sometimes(emailLike, trickyEmail, rate);
	}

	return plainText;
}

/** Values for `node`: right in shape with a share `rate` (in thousandths) of wrong values at random places. */
function valueFor(node: SchemaNode, rate: number): fc.Arbitrary<unknown> {
	return sometimes(rightValueFor(resolve(node), rate), anyValue, rate);
}

function rightValueFor(node: SchemaNode, rate: number): fc.Arbitrary<unknown> {
	if (node.type === 'object') {
		const fields = Object.fromEntries(
			Object.entries(node.properties ?? {}).map(([name, child]) => [name, valueFor(child, rate)]),
		);
		return fc.tuple(fc.record(fields, {requiredKeys: []}), extraFields).map(([known, extra]) => ({...extra, ...known}));
	}

	if (node.type === 'array') {
		return fc.array(valueFor(node.items!, rate), {maxLength: 2});
	}

	assert.equal(node.type, 'string', 'the schema has objects, lists and strings only');
	return stringFor(node, rate);
}

/** Résumés with no mistakes, with a few, and with many; JSON through and through, as a parsed file is. */
const resumes = fc
	.oneof(valueFor(schema, 0), valueFor(schema, 3), valueFor(schema, 20), valueFor(schema, 150))
	.map(value => JSON.stringify(value))
	.map((text): unknown => JSON.parse(text));

const parityRuns = 1500;
const unionRuns = 500;

test(`our validator finds what the official schema finds, at the same places (${parityRuns} generated résumés)`, t => {
	let accepted = 0;
	fc.assert(
		fc.property(resumes, data => {
			const ours = problemsOf(data)
				.filter(problem => !isDeliberate(problem))
				.map(problem => problem.path);
			const theirs = schemaPaths(data);
			assert.deepEqual(ours.toSorted(), theirs.toSorted());
			accepted += theirs.length === 0 ? 1 : 0;
		}),
		{numRuns: parityRuns},
	);
	// Both verdicts must be well represented, or the comparison says little.
	t.true(accepted > parityRuns * 0.2, `${accepted} of ${parityRuns} accepted`);
	t.true(accepted < parityRuns * 0.8, `${accepted} of ${parityRuns} accepted`);
});

test(`every problem is listed: a résumé's are those of its sections, each checked alone (${unionRuns} generated)`, t => {
	const sorted = (problems: readonly Problem[]) => problems.map(problem => formatProblem('', problem)).toSorted();
	t.notThrows(() => {
		fc.assert(
			fc.property(resumes, data => {
				fc.pre(isRecord(data));
				const alone = Object.entries(data).flatMap(([name, value]) => problemsOf({[name]: value}));
				assert.deepEqual(sorted(problemsOf(data)), sorted(alone));
			}),
			{numRuns: unionRuns},
		);
	});
});

// --- Examples, each checked against the official validator too.

/** Our problems as messages, after checking that the official validator gives the same verdict. */
function messagesAgreeing(t: {is: (actual: boolean, expected: boolean, message?: string) => void}, data: unknown) {
	const problems = problemsOf(data);
	t.is(problems.length === 0, schemaErrors(data) === undefined, 'the official validator gives the same verdict');
	return problems.map(problem => formatProblem('resume.json', problem));
}

test('the official sample résumés are valid', t => {
	for (const file of [
		'sample.resume.json',
		'examples/new-grad.resume.json',
		'examples/career-changer.resume.json',
		'examples/senior-engineer.resume.json',
	]) {
		const data: unknown = JSON.parse(readFileSync(require.resolve(`@jsonresume/schema/${file}`), 'utf8'));
		t.deepEqual(messagesAgreeing(t, data), [], `for ${file}`);
	}
});

test('dates the schema allows are accepted, impossible ones included, and others are not', t => {
	for (const date of ['1000', '2999', '2021-10', '2021-10-04', '2021-00', '2021-19', '2021-02-30', '2021-10-39']) {
		t.deepEqual(messagesAgreeing(t, {work: [{startDate: date}], awards: [{date}]}), [], `for ${date}`);
	}

	for (const date of ['0999', '3000', '2021-20', '2021-10-40', '2021-1', '2021-10-04T10:00', '2021\n']) {
		t.deepEqual(
			messagesAgreeing(t, {certificates: [{date}]}),
			[
				`resume.json: certificates[0].date: expected a date like 2021, 2021-10 or 2021-10-04, found ${JSON.stringify(date)}`,
			],
			`for ${date}`,
		);
	}
});

test('an impossible date is not compared with the other date of its entry', t => {
	t.deepEqual(messagesAgreeing(t, {work: [{startDate: '2021-19', endDate: '2020'}]}), []);
	t.deepEqual(messagesAgreeing(t, {education: [{startDate: '2021', endDate: '2020-02-31'}]}), []);
});

test('URIs are checked as the official validator checks them: a scheme, a colon, no whitespace', t => {
	for (const url of ['https://example.com', 'mailto:ada@example.com', 'urn:isbn:0451450523', 'x:', 'a+b.c-d:ü']) {
		t.deepEqual(messagesAgreeing(t, {basics: {url}, $schema: url}), [], `for ${url}`);
	}

	t.deepEqual(
		messagesAgreeing(t, {
			$schema: 'schema.json',
			basics: {url: 'example.com', profiles: [{url: 'https://exa mple.com'}]},
			work: [{url: '1http://x'}],
			meta: {canonical: 'www.example.com'},
		}),
		[
			'resume.json: $schema: expected a URI with a scheme, like https://example.com, found "schema.json"',
			'resume.json: basics.url: expected a URI with a scheme, like https://example.com, found "example.com"',
			'resume.json: basics.profiles[0].url: expected a URI with a scheme, like https://example.com, found "https://exa mple.com"',
			'resume.json: work[0].url: expected a URI with a scheme, like https://example.com, found "1http://x"',
			'resume.json: meta.canonical: expected a URI with a scheme, like https://example.com, found "www.example.com"',
		],
	);
	t.deepEqual(messagesAgreeing(t, {projects: [{url: 5}]}), [
		'resume.json: projects[0].url: expected a string, found number 5',
	]);
	// The schema says basics.image is a URL in its description only: the schema checks no format there.
	t.deepEqual(messagesAgreeing(t, {basics: {image: 'me.png'}}), []);
});

test('deliberately, a blank URI or email is absent and spaces around one are ignored, which the schema rejects', t => {
	const lenient = {
		$schema: ' https://example.com/schema.json\n',
		basics: {email: '', url: ' https://example.com/ada ', profiles: [{url: '   '}]},
		work: [{url: ''}],
		meta: {canonical: '\t'},
	};
	t.not(schemaErrors(lenient), undefined);
	t.deepEqual(problemsOf(lenient), []);
	// Trimmed, the value must still be one.
	t.deepEqual(
		problemsOf({basics: {email: ' ada at example.com ', url: ' example.com '}}).map(problem => problem.path),
		['basics.email', 'basics.url'],
	);
});

test('email addresses are checked as the official validator checks them', t => {
	for (const email of ['ada@example.com', 'a.b+c@d.example', "o'neil@x.io", 'a@[192.168.0.1]']) {
		t.deepEqual(messagesAgreeing(t, {basics: {email}}), [], `for ${email}`);
	}

	for (const email of ['ada', 'ada@', '@example.com', 'a..b@example.com', 'a b@example.com', 'a@-example.com', 'a@b']) {
		t.deepEqual(
			messagesAgreeing(t, {basics: {email}}),
			[`resume.json: basics.email: expected an email address like ada@example.com, found ${JSON.stringify(email)}`],
			`for ${email}`,
		);
	}
});

test('every section of the schema is checked, with its fields, in the order of the schema', t => {
	t.deepEqual(
		messagesAgreeing(t, {
			basics: {phone: 5, image: false, location: {postalCode: 98_101, address: null}, profiles: {}},
			work: [{description: []}],
			volunteer: [{organization: 1, position: 2, summary: 3, highlights: [4], startDate: 2021}],
			education: [{url: 'x', courses: [{}]}],
			awards: [{title: 1, awarder: 2, summary: 3, date: 'soon'}],
			certificates: [{name: 1, issuer: 2}],
			languages: [{language: 1, fluency: 2}, 'French'],
			interests: [{name: 1, keywords: 'cats'}],
			references: [{name: 1, reference: 2}],
			projects: [{name: 1, description: 2, highlights: [3], keywords: [4], roles: [5], entity: 6, type: 7}],
			meta: {version: 1, lastModified: 2},
		}),
		[
			'resume.json: basics.image: expected a string, found boolean false',
			'resume.json: basics.phone: expected a string, found number 5',
			'resume.json: basics.location.address: expected a string, found null',
			'resume.json: basics.location.postalCode: expected a string, found number 98101',
			'resume.json: basics.profiles: expected a list, found an object',
			'resume.json: work[0].description: expected a string, found a list of 0',
			'resume.json: volunteer[0].organization: expected a string, found number 1',
			'resume.json: volunteer[0].position: expected a string, found number 2',
			'resume.json: volunteer[0].startDate: expected a date like 2021, 2021-10 or 2021-10-04, found number 2021',
			'resume.json: volunteer[0].summary: expected a string, found number 3',
			'resume.json: volunteer[0].highlights[0]: expected a string, found number 4',
			'resume.json: education[0].url: expected a URI with a scheme, like https://example.com, found "x"',
			'resume.json: education[0].courses[0]: expected a string, found an object',
			'resume.json: awards[0].title: expected a string, found number 1',
			'resume.json: awards[0].date: expected a date like 2021, 2021-10 or 2021-10-04, found "soon"',
			'resume.json: awards[0].awarder: expected a string, found number 2',
			'resume.json: awards[0].summary: expected a string, found number 3',
			'resume.json: certificates[0].name: expected a string, found number 1',
			'resume.json: certificates[0].issuer: expected a string, found number 2',
			'resume.json: languages[0].language: expected a string, found number 1',
			'resume.json: languages[0].fluency: expected a string, found number 2',
			'resume.json: languages[1]: expected an object, found "French"',
			'resume.json: interests[0].name: expected a string, found number 1',
			'resume.json: interests[0].keywords: expected a list, found "cats"',
			'resume.json: references[0].name: expected a string, found number 1',
			'resume.json: references[0].reference: expected a string, found number 2',
			'resume.json: projects[0].name: expected a string, found number 1',
			'resume.json: projects[0].description: expected a string, found number 2',
			'resume.json: projects[0].highlights[0]: expected a string, found number 3',
			'resume.json: projects[0].keywords[0]: expected a string, found number 4',
			'resume.json: projects[0].roles[0]: expected a string, found number 5',
			'resume.json: projects[0].entity: expected a string, found number 6',
			'resume.json: projects[0].type: expected a string, found number 7',
			'resume.json: meta.version: expected a string, found number 1',
			'resume.json: meta.lastModified: expected a string, found number 2',
		],
	);
	t.deepEqual(messagesAgreeing(t, {meta: []}), ['resume.json: meta: expected an object, found a list of 0']);
});

test('dates out of order and unmatched highlight links are found beside problems elsewhere, as warnings', t => {
	const data = {
		basics: {name: 1},
		work: [
			{startDate: '2021', endDate: '2020', highlights: ['A'], highlightLinks: [{highlight: 'B', url: 'u'}]},
			{name: 2},
		],
		education: [{startDate: '2012', endDate: '2008'}],
	};
	t.deepEqual(
		problemsOf(data).map(problem => problem.path),
		['basics.name', 'work[1].name'],
	);
	t.deepEqual(
		consistencyProblems(data).map(problem => problem.path),
		['work[0].endDate', 'education[0].endDate', 'work[0].highlightLinks[0].highlight'],
	);
});

test('an entry with a problem of its own is compared once that is fixed', t => {
	t.deepEqual(
		problemsOf({work: [{name: 1, startDate: '2021', endDate: '2020', highlightLinks: [{highlight: 'B', url: 'u'}]}]}),
		[{path: 'work[0].name', expected: 'a string', found: 'number 1'}],
	);
	t.deepEqual(
		problemsOf({education: [{startDate: '2021', endDate: '2020', courses: 'C'}]}).map(problem => problem.path),
		['education[0].courses'],
	);
});
