import test from 'ava';
import {lexer, type MarkedToken, type Token} from 'marked';
import stringWidth from 'string-width';
import {markdownOutput} from '../source/outputs/markdown.js';
import {buildResume} from '../source/resume/build-model.js';
import type {JsonResume} from '../source/resume/json-resume.js';
import type {Resume} from '../source/resume/model.js';
import {highlightsOf, readFixture} from './helpers/fixtures.js';

const today = {year: 2026, month: 11, day: 26};
const widths = [40, 80, 120];

const json = await readFixture('career.json');
const resume = buildResume(json);

const print = (width: number, data: Resume = resume): string => markdownOutput(data, {width, today});

const normalise = (text: string): string => text.replaceAll(/\s+/gv, ' ').trim();

type TokenOf<Type extends MarkedToken['type']> = Extract<MarkedToken, {type: Type}>;

function isType<Type extends MarkedToken['type']>(token: Token, type: Type): token is TokenOf<Type> {
	return token.type === type;
}

function children(token: Token | undefined): readonly Token[] {
	return token && 'tokens' in token ? (token.tokens ?? []) : [];
}

/** Every token of the document, depth first, list items included. */
function* walk(tokens: readonly Token[]): Generator<Token> {
	for (const token of tokens) {
		yield token;
		yield* walk(isType(token, 'list') ? token.items : children(token));
	}
}

const tokensOf = (markdown: string, type: MarkedToken['type']): Token[] =>
	[...walk(lexer(markdown))].filter(token => token.type === type);

/**
The text a reader sees, escapes undone and soft line breaks as spaces. Links written as `[text](url)` are
left out unless asked for; a bare URL that GitHub's Markdown makes a link of is text that was typed.
*/
function plainText(tokens: readonly Token[], withLinks = false): string {
	return normalise(
		tokens
			.map(token => {
				if (isType(token, 'link') && token.raw.startsWith('[') && !withLinks) {
					return '';
				}

				if (children(token).length > 0) {
					return plainText(children(token), withLinks);
				}

				return isType(token, 'text') || isType(token, 'escape') || isType(token, 'codespan') ? token.text : ' ';
			})
			.join(''),
	);
}

function headings(markdown: string): Array<[number, string]> {
	return lexer(markdown)
		.filter(token => isType(token, 'heading'))
		.map(token => [isType(token, 'heading') ? token.depth : 0, plainText(children(token))]);
}

/** A list item's text, without its links and without the parentheses they came in. */
function itemText(item: Token): string {
	return plainText(children(item)).replace(/\s*\([\s;]*\)$/v, '');
}

function itemTexts(markdown: string): string[] {
	return tokensOf(markdown, 'list_item').map(item => itemText(item));
}

/** What the document is made of, as a parser sees it, for comparing one width with another. */
function structure(markdown: string): {blocks: string[]; headings: Array<[number, string]>; items: string[]} {
	return {
		blocks: lexer(markdown).flatMap(token => (token.type === 'space' ? [] : [token.type])),
		headings: headings(markdown),
		items: tokensOf(markdown, 'list_item').map(item => plainText(children(item), true)),
	};
}

const achievements = highlightsOf(json);

const expectedHeadings: Array<[number, string]> = [
	[1, 'Principal Reliability Engineer'],
	[2, 'About'],
	[2, 'Experience'],
	[3, 'Harbor Robotics'],
	[4, 'Principal Reliability Engineer'],
	[3, 'Cobalt Cloud'],
	[4, 'Senior Software Engineer, Storage'],
	[4, 'Software Engineer, Storage'],
	[3, 'Tern Analytics'],
	[4, 'Data Engineer'],
	[3, 'Little Fern Café'],
	[4, 'Web Developer'],
	[2, 'Education'],
	[3, 'University of Coimbra'],
	[2, 'Skills'],
	[2, 'Publications'],
	[3, 'Quiet Pagers: Alerting on Symptoms, Not Causes'],
];

for (const width of widths) {
	test(`at ${width} columns the headings are the résumé's outline, in order and at the right depths`, t => {
		t.deepEqual(headings(print(width)), expectedHeadings);
	});

	test(`at ${width} columns every achievement is the text of exactly one list item`, t => {
		const items = itemTexts(print(width));
		for (const achievement of achievements) {
			const matches = items.filter(item => item === normalise(achievement));
			t.is(matches.length, 1, `"${achievement}" is in ${matches.length} list items`);
		}
	});

	test(`at ${width} columns every highlight link is a link, in the item of its achievement`, t => {
		const markdown = print(width);
		const items = tokensOf(markdown, 'list_item');
		const links = (json.work ?? []).flatMap(work =>
			(work.highlightLinks ?? []).map(link => ({...link, highlights: work.highlights ?? []})),
		);
		for (const link of links) {
			const achievement = normalise(link.highlights.find(highlight => highlight.includes(link.highlight)) ?? '');
			const item = items.find(item => itemText(item) === achievement);
			const found = [...walk(children(item))].filter(token => isType(token, 'link') && token.href === link.url);
			t.is(found.length, 1, `no link to ${link.url}`);
			t.is(plainText(children(found[0])), `${link.label}: ${link.title}`);
		}
	});

	test(`at ${width} columns no line but a heading or one with a URL is wider than the width`, t => {
		// A URL cannot be broken, and an ATX heading cannot go on to a second line.
		const prose = print(width)
			.split('\n')
			.filter(line => !line.includes('://') && !line.startsWith('#'));
		t.deepEqual(
			prose.filter(line => stringWidth(line) > width),
			[],
		);
	});

	test(`at ${width} columns there is no blockquote, code, HTML, rule, table, nor a list but the expected ones`, t => {
		const markdown = print(width);
		const types = new Set([...walk(lexer(markdown))].map(token => token.type));
		for (const type of ['blockquote', 'code', 'codespan', 'html', 'hr', 'table', 'def', 'del', 'em']) {
			t.false(types.has(type), `a ${type} appears`);
		}

		const lists = tokensOf(markdown, 'list');
		// About's facts, one list for each of the five roles, and the skills.
		t.is(lists.length, 7);
		t.false(
			lists.some(list => isType(list, 'list') && list.ordered),
			'an ordered list appears',
		);
		t.is(lexer(markdown).filter(token => token.type === 'list').length, 7, 'a list inside a list');
		// Three facts, the ten highlights and the two skill groups.
		t.is(tokensOf(markdown, 'list_item').length, 3 + 10 + 2);
	});

	test(`at ${width} columns there is no escape code and the output ends with one newline`, t => {
		const markdown = print(width);
		t.false(markdown.includes('\u001B'));
		t.true(markdown.endsWith('\n'));
		t.false(markdown.endsWith('\n\n'));
	});
}

test('at 80 columns and more the headings fit too', t => {
	for (const width of [80, 120]) {
		for (const line of print(width).split('\n')) {
			t.true(line.includes('://') || stringWidth(line) <= width, `too wide at ${width}: ${line}`);
		}
	}
});

test('wrapping never changes what the document is, whatever the width', t => {
	const expected = structure(print(80));
	let quoteAtLineStart = false;
	for (let width = 20; width <= 160; width++) {
		const markdown = print(width);
		t.deepEqual(structure(markdown), expected, `at ${width} columns`);
		quoteAtLineStart ||= /^\s*\\> 3 billion/mv.test(markdown);
	}

	// Somewhere in that range "> 3 billion" starts a line: the case the escaping is for did come up.
	t.true(quoteAtLineStart);
});

test('the title is followed by the current employer and location, and spans come with tenures', t => {
	const markdown = print(120);
	const paragraphs = tokensOf(markdown, 'paragraph').map(paragraph => plainText(children(paragraph), true));
	t.is(paragraphs[0], 'Harbor Robotics · Lisbon, PT');
	t.true(paragraphs.includes('Lisbon, PT · Mar 2022 – present · 4 yrs 9 mos'));
	t.true(paragraphs.includes('Mar 2022 – present · 4 yrs 9 mos'));
	t.true(paragraphs.includes('Porto, PT · Jan 2015 – Feb 2022 · 7 yrs 2 mos'));
	t.true(paragraphs.includes('Jun 2018 – Feb 2022 · 3 yrs 9 mos'));
	t.deepEqual(itemTexts(markdown).slice(0, 3), [
		'Experience: 14 yrs 6 mos, since Jun 2012',
		'Companies: 4',
		'Roles: 5',
	]);
	t.deepEqual(itemTexts(markdown).slice(-2), [
		'Languages: Go, Rust, SQL',
		'Operations (Expert): Kubernetes, Terraform',
	]);
});

test('the publication links to its URL', t => {
	const links = tokensOf(print(80), 'link').flatMap(link => (isType(link, 'link') ? [link.href] : []));
	t.true(links.includes('https://example.com/talks/quiet-pagers'));
});

const tiny: JsonResume = {
	basics: {label: 'Engineer'},
	work: [{name: 'A', position: 'B', startDate: '2020-01', highlights: ['Did it']}],
};

test('a small résumé has no empty sections', t => {
	const markdown = print(80, buildResume(tiny));
	t.deepEqual(headings(markdown), [
		[1, 'Engineer'],
		[2, 'About'],
		[2, 'Experience'],
		[3, 'A'],
		[4, 'B'],
	]);
	const blocks = lexer(markdown).filter(token => token.type !== 'space');
	// A section is empty when its heading is followed straight by the next section's or by the end.
	const depth = (block: Token | undefined): number =>
		block === undefined ? 0 : isType(block, 'heading') ? block.depth : Number.POSITIVE_INFINITY;
	const empty = blocks.filter((block, index) => depth(block) === 2 && depth(blocks[index + 1]) <= 2);
	t.deepEqual(
		empty.map(block => block.raw),
		[],
	);

	t.true(itemTexts(markdown).includes('Did it'));
});

test('a résumé with only a name is only a heading', t => {
	t.is(print(80, buildResume({basics: {name: 'Ada Lovelace'}})), '# Ada Lovelace\n');
});

test('a name comes first, and the headline goes on the line under it', t => {
	const markdown = print(80, buildResume({...tiny, basics: {name: 'Ada Lovelace', label: 'Engineer'}}));
	t.is(headings(markdown)[0]?.[1], 'Ada Lovelace');
	t.is(plainText(children(tokensOf(markdown, 'paragraph')[0])), 'Engineer · A');
});

const tricky = [
	'# not a heading',
	'* not a list',
	'- not a list either',
	'+ nor this',
	'1. not an ordered list',
	'2) nor this',
	'> not a quote',
	'=== not a heading underline',
	'--- not a rule',
	'_not emphasis_ and *not strong* or **this**',
	'[not a link](https://example.com) nor ![an image](x.png)',
	'`not code` and ```not a fence```',
	'<b>not html</b> <https://example.com>',
	'a | b | c',
	'~~not struck~~',
	String.raw`&amp; stays as typed, \ too`,
	'costs $5 and $6 but no maths',
	'ends with a hash #',
	'words words words > 24 trillion words words 2400+ teams words words 1. words words - words + words # words',
];

test('Markdown in the résumé text is shown as typed, at every width', t => {
	const data = buildResume({
		basics: {name: '*Ada* #1 #'},
		work: [{name: 'C# [shop]', position: 'Dev <ops> #', startDate: '2020-01', highlights: tricky}],
		skills: [{name: '_Tools_', keywords: ['C#', 'F*']}],
	});
	for (let width = 20; width <= 100; width++) {
		const markdown = print(width, data);
		t.deepEqual(
			headings(markdown),
			[
				[1, '*Ada* #1 #'],
				[2, 'About'],
				[2, 'Experience'],
				[3, 'C# [shop]'],
				[4, 'Dev <ops> #'],
				[2, 'Skills'],
			],
			`headings at ${width}`,
		);
		t.deepEqual(structure(markdown).blocks, [
			'heading',
			'paragraph',
			'heading',
			'list',
			'heading',
			'heading',
			'paragraph',
			'heading',
			'paragraph',
			'list',
			'heading',
			'list',
		]);
		const items = itemTexts(markdown);
		for (const text of tricky) {
			t.is(items.filter(item => item === normalise(text)).length, 1, `"${text}" at ${width} columns`);
		}

		t.true(items.includes('_Tools_: C#, F*'));
		for (const link of tokensOf(markdown, 'link')) {
			t.true(isType(link, 'link') && link.text === link.href, `a link at ${width} columns: ${link.raw}`);
		}
	}
});

test('an escape code in the résumé text does not reach the output', t => {
	const data = buildResume({
		basics: {label: 'Engineer \u001B[31mred\u001B[0m'},
		work: [{name: 'A', position: 'B', highlights: ['Did \u001B]8;;https://example.com\u0007it']}],
	});
	t.false(print(80, data).includes('\u001B'));
	t.false(print(80, data).includes('\u0007'));
});
