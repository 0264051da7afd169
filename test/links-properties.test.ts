/*
No URL is ever split across lines, in any mode and at any width: whole on one line in printed text (even past
the width), whole or shortened in the middle on one line in the app, an exact OSC 8 target with hyperlinks,
and a whole link destination in Markdown.
*/
import test from 'ava';
import fc from 'fast-check';
import {lexer, walkTokens, type Token} from 'marked';
import {layoutScreen} from '../source/app/list-layout.js';
import {markdownOutput} from '../source/outputs/markdown.js';
import {textOutput} from '../source/outputs/text.js';
import {buildResume} from '../source/resume/build-model.js';
import type {JsonResume} from '../source/resume/json-resume.js';
import type {LinkDisplay} from '../source/screens/links.js';
import {buildSections} from '../source/screens/sections.js';
import type {Screen, ViewContext} from '../source/screens/types.js';
import {stripEscapes} from '../source/text/escapes.js';
import {displayWidth} from '../source/text/text.js';
import {createTheme} from '../source/theme/theme.js';
import {today} from './helpers/model.js';

const anyUrl = fc.oneof(
	fc.webUrl({withQueryParameters: true, withFragments: true}),
	fc.emailAddress().map(address => `mailto:${address}`),
);
const resumeWith = (urls: readonly string[]): JsonResume => ({
	basics: {
		name: 'Ada',
		url: urls[0],
		profiles: urls.slice(1, 3).map((url, index) => ({network: `Net ${index}`, username: `ada${index}`, url})),
	},
	work: [
		{
			name: 'Acme',
			position: 'Engineer',
			url: urls[3],
			startDate: '2020-01',
			highlights: ['Shipped the thing that mattered most'],
			highlightLinks: urls.slice(4).map((url, index) => ({
				highlight: 'thing',
				label: index % 2 === 0 ? 'blog post' : 'paper',
				title: `A title of some length, number ${index}`,
				url,
			})),
		},
	],
	projects: [{name: 'Tool', url: urls[1]}],
	publications: [{name: 'Paper', url: urls[2]}],
});

/** Every line of every screen of the app, every list item's screen opened too, at `width` in `links` mode. */
function appLines(json: JsonResume, width: number, links: LinkDisplay): string[] {
	const resume = buildResume(json);
	const context: ViewContext = {width, theme: createTheme({mode: 'color'}), today, links};
	const lines: string[] = [];
	const visit = (screen: Screen) => {
		lines.push(...layoutScreen(screen, context, 0).slice(0, Number.MAX_SAFE_INTEGER));
		if (screen.kind === 'list') {
			for (const item of screen.items) {
				if (item.children) {
					visit(item.children);
				}
			}
		}
	};

	for (const section of buildSections(resume)) {
		visit(section.screen);
	}

	return lines;
}

/** Whether `line` shows `url` whole, or shortened in the middle ("https://exa…/page"), all on that one line. */
function showsOnOneLine(line: string, url: string): boolean {
	if (line.includes(url)) {
		return true;
	}

	const shown = /\S*…\S*/v.exec(line)?.[0];
	const [head = '', tail = ''] = shown?.split('…') ?? [];
	return shown !== undefined && head.length >= 8 && url.startsWith(head) && url.endsWith(tail);
}

function hrefsOf(tokens: Token[]): string[] {
	const hrefs: string[] = [];
	void walkTokens(tokens, token => {
		if (token.type === 'link') {
			hrefs.push(String(token.href));
		}
	});
	return hrefs;
}

const cases = fc.tuple(fc.array(anyUrl, {minLength: 6, maxLength: 8}), fc.integer({min: 40, max: 200}));

test('printed text: every URL is whole on one line, whatever the width', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(cases, ([urls, width]) => {
				const lines = textOutput(buildResume(resumeWith(urls)), {
					theme: createTheme({mode: 'plain'}),
					width,
					today,
				}).split('\n');
				return urls.every(url => lines.some(line => line.includes(url)));
			}),
			{numRuns: 60},
		);
	});
});

test('the app without hyperlinks: every URL on one line, shortened in the middle when wider, no line too wide', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(cases, ([urls, width]) => {
				const lines = appLines(resumeWith(urls), width, 'shortened');
				return (
					lines.every(line => displayWidth(line) <= width) &&
					urls.every(url => lines.some(line => showsOnOneLine(stripEscapes(line), url)))
				);
			}),
			{numRuns: 60},
		);
	});
});

test('the app with hyperlinks: every URL is the exact target of a link, and no line is too wide', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(cases, ([urls, width]) => {
				const lines = appLines(resumeWith(urls), width, 'hyperlink');
				return (
					lines.every(line => displayWidth(line) <= width) &&
					urls.every(url => lines.some(line => line.includes(`\u001B]8;;${url}\u001B\\`)))
				);
			}),
			{numRuns: 60},
		);
	});
});

test('Markdown: every URL is a whole link destination', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(cases, ([urls, width]) => {
				const hrefs = new Set(hrefsOf(lexer(markdownOutput(buildResume(resumeWith(urls)), {width, today}))));
				return urls.every(url => hrefs.has(url) || hrefs.has(encodeURI(url)));
			}),
			{numRuns: 60},
		);
	});
});
