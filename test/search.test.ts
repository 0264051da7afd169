/* Search, pure: folding, the index of everything the app shows, ranking and the ranges to highlight. */
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {buildSections} from '../source/screens/sections.js';
import {fold, foldWithOrigins} from '../source/search/fold.js';
import {highlightRanges, matchRanges} from '../source/search/highlight.js';
import {searchIndex, type IndexEntry} from '../source/search/index-entries.js';
import {find, queryTerms} from '../source/search/match.js';
import {loadResume} from './helpers/resume.js';

const resume = await loadResume(fileURLToPath(new URL('fixtures/search.json', import.meta.url)));
const sections = buildSections(resume);
const index = searchIndex(sections);

/** What a search finds, each as its first words and what it belongs to. */
function found(query: string): string[] {
	return find(index, query, 100).entries.map(entry => describe(entry));
}

function describe(entry: IndexEntry): string {
	return `${entry.fields[0]!.text.split(' ').slice(0, 4).join(' ')} (${entry.context.join(' › ')})`;
}

test('folding ignores case and accents, and keeps letters that are not Latin', t => {
	t.is(fold('Résumé'), 'resume');
	t.is(fold('RÉSUMÉ'), fold('résumé'));
	// Already decomposed: e and a combining acute accent.
	t.is(fold('Re\u0301sume\u0301'), 'resume');
	t.is(fold('Ærøskøbing Straße'), 'aeroskobing strasse');
	t.is(fold('İstanbul'), 'istanbul');
	t.is(fold('東京 ΣΟΦΊΑ'), '東京 σοφια');
});

test('a match in folded text maps back to the characters as written, marks and all', t => {
	const text = 'Kept the Re\u0301sume\u0301 parser';
	const [range] = matchRanges(text, ['resume']);
	t.is(text.slice(range!.start, range!.end), 'Re\u0301sume\u0301');
	const folded = foldWithOrigins('Straße');
	t.is(folded.text, 'strasse');
	t.is(folded.starts.length, folded.text.length);
	t.deepEqual(matchRanges('Straße', ['ss']), [{start: 4, end: 5}]);
});

test('highlighting marks every occurrence of every word, merged where they overlap', t => {
	const text = 'Rust, rusty and RUST';
	const mark = (part: string) => `[${part}]`;
	t.is(highlightRanges(text, matchRanges(text, ['rust']), mark), '[Rust], [rust]y and [RUST]');
	t.is(highlightRanges('abcd', matchRanges('abcd', ['abc', 'bcd']), mark), '[abcd]');
	t.is(highlightRanges('café', matchRanges('café', ['cafe']), mark), '[café]');
});

test('a query is its folded words, each once', t => {
	t.deepEqual(queryTerms('  Rust  RUST ledger '), ['rust', 'ledger']);
	t.deepEqual(queryTerms('   '), []);
});

test('the index holds every list item at every depth and the entries of a page, in reading order', t => {
	const titles = index.map(entry => entry.fields[0]!.text);
	for (const expected of [
		'Kestrel Systems',
		'Engineer, Trusted Rust Tooling',
		'Kept the résumé parser fast under fuzzing',
		'Tern',
		'Renders CJK text such as 東京 at the right width',
		'Universidade do Porto',
		'Languages',
		'Retries considered harmful',
		'Português',
	]) {
		t.true(titles.includes(expected), `${expected} is in the index`);
	}

	t.true(titles.indexOf('Kestrel Systems') < titles.indexOf('Tern'), 'Experience comes before Projects');
	t.is(searchIndex(sections), index, 'made once per content');
});

test('every target leads to its item: the section and the path of cursors down to it', t => {
	const target = (text: string) => index.find(entry => entry.fields[0]!.text === text)!.target;
	const experience = sections.findIndex(section => section.title === 'Experience');
	// Kestrel Systems has one role, so the company opens straight onto its achievements.
	t.deepEqual(target('Cut card declines by 12% with smarter retries'), {section: experience, path: [0, 2]});
	t.deepEqual(target('Intern'), {section: experience, path: [1, 1]});
	t.deepEqual(target('Wrote quick Perl scripts for the support team'), {section: experience, path: [1, 1, 0]});
	const languages = sections.findIndex(section => section.title === 'Languages');
	t.deepEqual(target('English'), {section: languages, path: [0]});
});

test('ranking: titles first, then whole words, then the start of a word, in reading order where equal', t => {
	t.deepEqual(found('rust'), [
		'Engineer, Trusted Rust Tooling (Experience › Larkspur)',
		'Wrote the payments ledger (Experience › Kestrel Systems › Staff Engineer, Payments)',
		'Languages (Skills)',
		'Taught a weekly class (Experience › Larkspur › Engineer, Trusted Rust Tooling)',
	]);
	t.deepEqual(found('retries'), [
		'Retries considered harmful (Publications)',
		'Cut card declines by (Experience › Kestrel Systems › Staff Engineer, Payments)',
	]);
});

test('accents and case do not matter, either way round', t => {
	const resumes = [
		'Kept the résumé parser (Experience › Larkspur › Engineer, Trusted Rust Tooling)',
		'Tern (Projects)',
	];
	t.deepEqual(found('resume'), resumes);
	t.deepEqual(found('RÉSUMÉ'), resumes);
	t.deepEqual(found('CAFÉ'), ['Ran the café rota (Experience › Kestrel Systems › Staff Engineer, Payments)']);
	t.deepEqual(found('portugues'), ['Português (Languages)']);
});

test('several words must all match, in any of an entry’s texts and in any order', t => {
	t.deepEqual(found('support perl'), ['Wrote quick Perl scripts (Experience › Larkspur › Intern)']);
	// The company's name and its place are two texts of one entry.
	t.deepEqual(found('porto kestrel'), ['Kestrel Systems (Experience)']);
	// The link's title is part of its achievement.
	t.deepEqual(found('ledger sleeps'), [
		'Wrote the payments ledger (Experience › Kestrel Systems › Staff Engineer, Payments)',
	]);
	t.deepEqual(found('rust bazel'), []);
});

test('no query finds nothing, and a count says how many matched beyond those shown', t => {
	t.deepEqual(find(index, '', 100), {entries: [], total: 0, terms: []});
	const few = find(index, 'e', 3);
	t.is(few.entries.length, 3);
	t.true(few.total > 3);
	t.deepEqual(found('東京'), ['Renders CJK text such (Projects › Tern)']);
});
