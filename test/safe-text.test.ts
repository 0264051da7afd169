/* eslint-disable no-script-url -- the hostile résumé's links are data under test, never followed */
import test from 'ava';
import {update} from '../source/app/update.js';
import {view} from '../source/app/view.js';
import {bannerOutput} from '../source/outputs/banner.js';
import {jsonOutput} from '../source/outputs/json.js';
import {markdownOutput} from '../source/outputs/markdown.js';
import {textOutput} from '../source/outputs/text.js';
import {parseJsonResume} from '../source/resume/load.js';
import {buildResume} from '../source/resume/build-model.js';
import {safeText, safeUrl} from '../source/text/safe-text.js';
import {createTheme} from '../source/theme/theme.js';
import {modelFor, pressed, today} from './helpers/model.js';

const clipboardWrite = '\u001B]52;c;ZWNobyBwd25lZA==\u0007';
const clearScreen = '\u001B[2J';
const hyperlink = '\u001B]8;;http://evil.example\u0007click\u001B]8;;\u0007';
const c1Csi = '\u009B31m';
const bidi = '\u202Egnp.exe';

const hostile = {
	basics: {name: `Mallory${clipboardWrite}`, label: `Engineer${clearScreen}`, summary: `Hi${hyperlink}\r\b\u0007`},
	work: [
		{
			name: `Evil${c1Csi} Corp`,
			position: `Boss${bidi}`,
			startDate: '2020-01',
			highlights: [`Did ${clearScreen}things${clipboardWrite}`],
			highlightLinks: [
				{highlight: 'things', url: 'javascript:alert(1)', label: 'bad'},
				{highlight: 'things', url: `https://ok.example/${clearScreen}`, label: 'good'},
			],
		},
	],
	education: [{institution: `School${hyperlink}`, area: 'Area\u001B[0m'}],
	skills: [{name: `Skill${c1Csi}`, keywords: [`k${clipboardWrite}`]}],
	publications: [{name: `Paper${bidi}`, url: 'file:///etc/passwd'}],
};

test('safeText removes escape sequences whole and every control character', t => {
	t.is(safeText(`a${clipboardWrite}b${clearScreen}c${hyperlink}d`), 'abcclickd');
	t.is(safeText(`x${c1Csi}y`), 'xy', 'a C1 CSI sequence goes whole too');
	t.is(safeText('tab\tline\nbreak\r\nend\b\u0007\u007F'), 'tab line break end');
	t.is(safeText(`name${bidi}`), 'namegnp.exe');
	t.is(safeText('Résumé – 日本語 👩‍💻'), 'Résumé – 日本語 👩‍💻', 'ordinary text is left alone');
});

test('safeUrl keeps http, https and mailto only', t => {
	t.is(safeUrl('https://example.com/a'), 'https://example.com/a');
	t.is(safeUrl('http://example.com'), 'http://example.com');
	t.is(safeUrl('mailto:someone@example.com'), 'mailto:someone@example.com');
	t.is(safeUrl('javascript:alert(1)'), undefined);
	t.is(safeUrl('file:///etc/passwd'), undefined);
	t.is(safeUrl('data:text/html,hi'), undefined);
	t.is(safeUrl('not a url'), undefined);
});

test('no hostile sequence from the data reaches any output', t => {
	const json = parseJsonResume(JSON.stringify(hostile), 'hostile.json');
	const resume = buildResume(json);
	const plain = createTheme({mode: 'plain'});
	// The app's frames: each section's first screen, and what opening its first item shows.
	const start = modelFor(resume, {columns: 80, rows: 24});
	const app = start.content.sections.flatMap((_, section) => {
		const shown = update(start, {type: 'key', press: {command: 'go-to-section', argument: section}});
		return [view(shown), view(pressed(shown, 'open')), view(pressed(shown, 'open', 'open'))];
	});
	const outputs = {
		text: textOutput(resume, {theme: plain, width: 80, today}),
		banner: bannerOutput(resume, {theme: plain, width: 80, today, command: 'x'}),
		markdown: markdownOutput(resume, {width: 80, today}),
		json: jsonOutput(json),
		app: app.flat().join('\n'),
	};
	// Any control character but the newline, or a bidirectional override.
	// eslint-disable-next-line no-control-regex
	const unsafe = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E]/v;
	for (const [mode, output] of Object.entries(outputs)) {
		t.notRegex(output, unsafe, `${mode} has a control character`);
	}

	t.true(outputs.text.includes('https://ok.example/'), 'the safe link is kept');
	t.false(outputs.text.includes('javascript:'), 'the javascript: link is dropped');
	t.false(outputs.text.includes('file:///etc/passwd'), 'the file: URL is dropped');
});
