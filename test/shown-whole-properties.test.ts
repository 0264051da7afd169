/* A property: whatever valid résumé it is given, the printed text holds every string value that is not a date. */
import test from 'ava';
import fc from 'fast-check';
import {textOutput} from '../source/outputs/text.js';
import {buildResume} from '../source/resume/build-model.js';
import type {JsonResume} from '../source/resume/json-resume.js';
import {validateResume} from '../source/resume/validate.js';
import {createTheme} from '../source/theme/theme.js';
import {today} from './helpers/model.js';
import {squeezed, textValues} from './helpers/text-values.js';

const letters = 'abcdefghijklmnopqrstuvwxyz';
const word = fc
	.tuple(fc.constantFrom(...letters.toUpperCase()), fc.string({unit: fc.constantFrom(...letters), maxLength: 11}))
	.map(([first, rest]) => first + rest);
const text = fc
	.array(fc.oneof(word, fc.constantFrom('&', '—', 'Ünïcödé', '2,400+', 'C++', '(a)', '株式会社')), {
		minLength: 1,
		maxLength: 12,
	})
	.map(words => words.join(' '));
const texts = fc.array(text, {maxLength: 3});
const url = word.map(path => `https://example.com/${path}`);
const date = fc.constantFrom('2012', '2016-02', '2019-04-15', '2021-10');
const entry = <T>(fields: {[K in keyof T]: fc.Arbitrary<T[K]>}) =>
	fc.array(fc.record(fields, {requiredKeys: []}), {maxLength: 3});

const resumeArbitrary: fc.Arbitrary<JsonResume> = fc.record(
	{
		basics: fc.record(
			{
				name: text,
				label: text,
				image: url,
				email: word.map(name => `${name.toLowerCase()}@example.com`),
				phone: text,
				url,
				summary: text,
				location: fc.record(
					{address: text, postalCode: word, city: text, region: text, countryCode: word},
					{requiredKeys: []},
				),
				profiles: entry({network: text, username: text, url}),
			},
			{requiredKeys: []},
		),
		work: entry({
			name: text,
			position: text,
			location: text,
			description: text,
			url,
			startDate: date,
			endDate: date,
			summary: text,
			highlights: texts,
		}),
		volunteer: entry({
			organization: text,
			position: text,
			url,
			startDate: date,
			endDate: date,
			summary: text,
			highlights: texts,
		}),
		education: entry({
			institution: text,
			url,
			area: text,
			studyType: text,
			startDate: date,
			endDate: date,
			score: text,
			courses: texts,
		}),
		awards: entry({title: text, date, awarder: text, summary: text}),
		certificates: entry({name: text, date, url, issuer: text}),
		publications: entry({name: text, publisher: text, releaseDate: date, url, summary: text}),
		skills: entry({name: text, level: text, keywords: texts}),
		languages: entry({language: text, fluency: text}),
		interests: entry({name: text, keywords: texts}),
		references: entry({name: text, reference: text}),
		projects: entry({
			name: text,
			description: text,
			highlights: texts,
			keywords: texts,
			startDate: date,
			endDate: date,
			url,
			roles: texts,
			entity: text,
			type: text,
		}),
	},
	{requiredKeys: []},
);

test('every string that is not a date is in the printed text, at any width', t => {
	const theme = createTheme({mode: 'plain'});
	t.notThrows(() => {
		fc.assert(
			fc.property(resumeArbitrary, fc.integer({min: 40, max: 140}), (json, width) => {
				const printed = squeezed(textOutput(buildResume(json), {theme, width, today}));
				// A failing résumé is shrunk to a small one, and fast-check's error names it.
				return validateResume(json).valid && textValues(json).every(value => printed.includes(squeezed(value)));
			}),
			{numRuns: 150},
		);
	});
});
