import {stripVTControlCharacters} from 'node:util';
import test from 'ava';
import stringWidth from 'string-width';
import {wrap} from '../source/text/text.js';
import {createTheme} from '../source/theme/theme.js';

const japanese =
	'私は東京で働いています。毎日、電車で通勤し、「新しい」技術を学んでいます。Kubernetes と Go を使っています。';
const chinese = '负责订单系统的开发与维护，将平均响应时间从八百毫秒降低到一百二十毫秒。';

/** Characters that must not start a line (closing punctuation, small kana) or end one (opening brackets). */
const noStart = /^[。、，．！？」』）】〕・ーぁぃぅぇぉっゃゅょァィゥェォッャュョ]/v;
const noEnd = /[「『（【〔]$/v;

for (const width of [6, 9, 10, 12, 20, 40]) {
	test(`at ${width} columns CJK text breaks between ideographs, never before "。" or after "「"`, t => {
		for (const text of [japanese, chinese]) {
			const lines = wrap(text, width);
			t.true(lines.length > 1 || stringWidth(text) <= width);
			t.is(lines.join('').replaceAll(' ', ''), text.replaceAll(' ', ''), 'nothing lost or added');
			for (const line of lines) {
				t.true(stringWidth(line) <= width, `too wide: ${line}`);
				t.notRegex(line, noStart, `starts with punctuation: ${line}`);
				t.notRegex(line, noEnd, `ends with an opening bracket: ${line}`);
			}
		}
	});
}

test('lines are filled: a break comes only where the next piece does not fit', t => {
	t.deepEqual(wrap('私は東京で働いています。', 12), ['私は東京で働', 'いています。']);
	t.deepEqual(wrap('毎日、電車で通勤', 6), ['毎日、', '電車で', '通勤']);
});

test('a style open across a break is closed at the end of the line and opened again on the next', t => {
	const theme = createTheme({mode: 'color'});
	const lines = wrap(theme.heading(chinese), 12);
	t.true(lines.length > 3);
	for (const line of lines) {
		t.true(line.startsWith('\u001B[1m'), `not reopened: ${JSON.stringify(line)}`);
		t.true(line.endsWith('\u001B[22m'), `not closed: ${JSON.stringify(line)}`);
	}

	t.is(lines.map(line => stripVTControlCharacters(line)).join(''), chinese);
});

test('Latin text with a CJK word in it still breaks at spaces, not inside words', t => {
	const lines = wrap('Worked at 株式会社サンプル on distributed databases and payments', 20);
	for (const line of lines) {
		t.true(stringWidth(line) <= 20);
	}

	t.true(
		lines.some(line => line.includes('distributed')),
		'a word is kept whole',
	);
});
