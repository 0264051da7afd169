/* The search line as a mode of the model: keys read by update, the matches as the view draws them, the jump and the way back. */
import {fileURLToPath} from 'node:url';
import {stripVTControlCharacters} from 'node:util';
import test from 'ava';
import {keystrokes, type Keystroke} from '../source/app/keymap.js';
import {currentPath} from '../source/app/navigation.js';
import {update, type Model} from '../source/app/update.js';
import {view} from '../source/app/view.js';
import {displayWidth} from '../source/text/text.js';
import {loadResume, parseResume} from './helpers/resume.js';
import {modelFor, pressed} from './helpers/model.js';

const resume = await loadResume(fileURLToPath(new URL('fixtures/search.json', import.meta.url)));
const size = {columns: 80, rows: 24};

/** The model after these keys, typed as a terminal sends characters ("\r" is Enter, "\u007F" Backspace). */
function typed(model: Model, text: string): Model {
	// Two characters at least, so that each is read as Ink reads a character of a chunk.
	const strokes = [...text].flatMap(character => keystrokes(`x${character}`, {}).slice(1));
	return update(model, {type: 'strokes', strokes});
}

function struck(model: Model, ...strokes: Keystroke[]): Model {
	return update(model, {type: 'strokes', strokes});
}

const escape: Keystroke = {input: '', key: {escape: true}};
const down: Keystroke = {input: '', key: {downArrow: true}};
const ctrl = (input: string): Keystroke => ({input, key: {ctrl: true}});

const screen = (model: Model) => view(model).map(line => stripVTControlCharacters(line));
const selected = (model: Model) =>
	screen(model)
		.find(line => line.includes('❯'))
		?.replace(/^\s*❯\s*/v, '')
		.trimEnd();
const sectionTitle = (model: Model) => model.content.sections[model.nav.section]!.title;

test('/ opens the search line where the breadcrumb was, and says what to do', t => {
	const model = typed(modelFor(resume, size), '/');
	t.is(model.search?.query, '');
	const lines = screen(model);
	t.regex(lines[2]!, /^ \/ +$/v);
	t.regex(lines.join('\n'), /Type to search achievements, roles, companies/v);
	t.regex(lines.at(-1)!, /esc close · ctrl\+c quit/v);
	t.notRegex(lines.at(-1)!, /q quit/v);
});

test('while typing, q, j, ?, 1 and / are text, not commands', t => {
	const start = modelFor(resume, size);
	const model = typed(start, '/qj?1/');
	t.is(model.search?.query, 'qj?1/');
	t.is(model.quit, undefined);
	t.is(model.nav, start.nav, 'no move, no help, no section');
	t.regex(screen(model)[2]!, /^ \/ qj\?1\/ +no match$/v);
});

test('outside search q quits; in it only Ctrl+C does', t => {
	t.true(typed(modelFor(resume, size), 'q').quit);
	t.true(struck(typed(modelFor(resume, size), '/rust'), ctrl('c')).quit);
	// Keys after the quit are not read.
	t.true(typed(modelFor(resume, size), 'q/j').quit);
});

test('Backspace deletes a character, Ctrl+W a word, Ctrl+U the query; control characters never get in', t => {
	const model = typed(modelFor(resume, size), '/rust ledger');
	t.is(typed(model, '\u007F\u007F').search?.query, 'rust ledg');
	t.is(struck(model, ctrl('w')).search?.query, 'rust ');
	t.is(struck(model, ctrl('u')).search?.query, '');
	t.is(typed(modelFor(resume, size), '/a\u0007b').search?.query, 'ab');
	// Backspace on an empty query leaves the search line open.
	t.is(typed(modelFor(resume, size), '/\u007F').search?.query, '');
});

test('the matches list, best first, with the section, company and role under each', t => {
	const lines = screen(typed(modelFor(resume, size), '/rust'));
	t.regex(lines[2]!, /^ \/ rust +4 matches$/v);
	const body = lines.slice(3, -2).map(line => line.trim());
	t.deepEqual(body.slice(0, 6), [
		'❯ Engineer, Trusted Rust Tooling',
		// The selected match's every line has the selection's edge.
		'▎ Experience › Larkspur',
		'',
		'Wrote the payments ledger in Rust and retired the nightly batch',
		'Experience › Kestrel Systems › Staff Engineer, Payments',
		'',
	]);
	t.regex(lines.at(-1)!, /↑↓ move · ⏎ go to · esc close · ctrl\+c quit +1\/4$/v);
});

test('a word found in an entry’s other text shows that text too', t => {
	const lines = screen(typed(modelFor(resume, size), '/perl'));
	t.deepEqual(
		lines.slice(3, 10).map(line => line.trim()),
		[
			'❯ Wrote quick Perl scripts for the support team',
			'▎ Experience › Larkspur › Intern',
			'',
			'Languages',
			'Rust, Go, Perl',
			'Skills',
			'',
		],
	);
});

test('the matched words are highlighted, reversed, with colour and without', t => {
	for (const mode of ['color', 'mono'] as const) {
		const lines = view(typed(modelFor(resume, size, mode), '/resume'));
		const shown = lines.find(line => stripVTControlCharacters(line).includes('Kept the'))!;
		t.true(shown.includes('\u001B[7mrésumé\u001B[27m'), `${mode}: ${JSON.stringify(shown)}`);
		t.false(shown.includes('\u001B[7mKept'), `${mode}: only the match`);
	}
});

test('no match says so, and Enter then does nothing', t => {
	const model = typed(modelFor(resume, size), '/zzz');
	const lines = screen(model);
	t.regex(lines[2]!, /no match$/v);
	t.regex(lines.join('\n'), /No match for “zzz”\./v);
	t.is(typed(model, '\r'), model);
});

test('Esc leaves search and restores exactly where the reader was', t => {
	const there = typed(modelFor(resume, size), '2lj');
	t.is(sectionTitle(there), 'Experience');
	const searching = struck(typed(there, '/e'), down, down);
	t.is(searching.search?.level.cursor, 2);
	const back = struck(searching, escape);
	t.is(back.search, undefined);
	t.deepEqual(back.nav, there.nav);
	t.deepEqual(screen(back), screen(there));
});

test('Enter lands on the match in its section, selected; Esc from there goes back as if navigated there', t => {
	const landed = typed(modelFor(resume, size), '/smarter retries\r');
	t.is(landed.search, undefined);
	t.is(sectionTitle(landed), 'Experience');
	t.deepEqual(currentPath(landed.nav), [0, 2]);
	t.is(selected(landed), 'Cut card declines by 12% with smarter retries');
	t.regex(screen(landed)[2]!, /Experience › Kestrel Systems/v);
	const up = struck(landed, escape);
	t.deepEqual(currentPath(up.nav), [0]);
	t.regex(selected(up)!, /^Kestrel Systems/v);
	t.is(struck(up, escape), up, 'at the top, Esc does nothing');
});

test('Enter on a match two lists deep opens both on the way', t => {
	const landed = struck(typed(modelFor(resume, size), '/support'), {input: '\r', key: {return: true}});
	t.deepEqual(currentPath(landed.nav), [1, 1, 0]);
	t.is(selected(landed), 'Wrote quick Perl scripts for the support team');
	const role = struck(landed, escape);
	t.regex(selected(role)!, /^Intern/v);
	const company = struck(role, escape);
	t.regex(selected(company)!, /^Larkspur/v);
});

test('a page’s entries lead to the page, and other sections keep their place', t => {
	const before = typed(modelFor(resume, size), '4');
	const landed = typed(before, '/english\r');
	t.is(sectionTitle(landed), 'Languages');
	t.regex(screen(landed).join('\n'), /English +Fluent/v);
	t.deepEqual(landed.nav.trails[before.nav.section], before.nav.trails[before.nav.section]);
});

test('↑↓ move through the matches and scroll to keep the selected one in view', t => {
	let model = typed(modelFor(resume, {columns: 60, rows: 12}), '/e');
	const total = Number(/(\d+) matches/v.exec(screen(model)[2]!)![1]);
	for (let index = 1; index < total + 3; index++) {
		model = struck(model, down);
	}

	t.is(model.search?.level.cursor, total - 1);
	t.regex(screen(model).at(-1)!, new RegExp(`${total}/${total}$`, 'v'));
	t.truthy(selected(model));
});

test('? and / in help do not open search, and the help lists the search keys', t => {
	const help = typed(modelFor(resume, size), '?');
	t.is(typed(help, '/').search, undefined);
	const lines = pressed(modelFor(resume, {columns: 80, rows: 80}), 'help');
	const text = screen(lines).join('\n');
	t.regex(text, /\/ +Search everything/v);
	t.regex(text, /While searching/v);
	t.regex(text, /Ctrl\+U +Clear the query/v);
});

test('the footer offers / search outside search', t => {
	t.regex(screen(modelFor(resume, size)).at(-1)!, /\/ search/v);
});

test('every line fits at 40, 80 and 160 columns, CJK and long queries included', t => {
	for (const columns of [40, 80, 160]) {
		for (const query of ['/rust', '/東京', `/${'ledger '.repeat(30)}`, '/e', '/zzz']) {
			const model = typed(modelFor(resume, {columns, rows: 24}, 'color'), query);
			const lines = view(model);
			t.is(lines.length, 24);
			for (const line of lines) {
				t.true(displayWidth(line) <= columns, `${columns} columns, ${query}: ${JSON.stringify(line)}`);
			}

			t.regex(stripVTControlCharacters(lines[2]!), /^ \/ /v);
		}
	}

	const long = screen(typed(modelFor(resume, {columns: 40, rows: 24}), `/${'ledger '.repeat(20)}end`));
	t.regex(long[2]!, /^ \/ …[a-z ]*ledger end +no match$/v, 'the end of a long query shows');
});

test('a resize while searching keeps the query and the selected match', t => {
	const model = struck(typed(modelFor(resume, size), '/rust'), down);
	const resized = update(model, {type: 'resize', columns: 40, rows: 12});
	t.is(resized.search?.query, 'rust');
	t.is(resized.search?.level.cursor, 1);
	t.is(struck(resized, escape).size.columns, 40);
});

test('a paste of keys moves at most a frame’s worth, types up to the longest query, and a q after it still quits', t => {
	const start = modelFor(resume, size);
	const many = parseResume(
		JSON.stringify({
			work: [{name: 'Acme', position: 'Engineer', highlights: Array.from({length: 40}, (_, index) => `Item ${index}`)}],
		}),
		'many.json',
	);
	const searching = typed(modelFor(many, size), '/item');
	t.regex(screen(searching)[2]!, /40 matches$/v);
	const moved = struck(searching, ...Array.from({length: 40}, () => down));
	t.is(moved.search?.level.cursor, 16, 'sixteen moves in one message');
	t.is(struck(moved, down).search?.level.cursor, 17, 'and the next message moves again');
	t.true(typed(start, 'j'.repeat(1000) + 'q').quit);
	t.is(typed(start, '/' + 'x'.repeat(500)).search?.query.length, 200);
});
