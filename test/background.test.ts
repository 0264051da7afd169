/* eslint-disable @typescript-eslint/naming-convention -- environment variables are named in UPPER_CASE */
/*
Background detection: the answer's parser, the filter that takes answers out of the keys, and the query against a
fake terminal that answers light, dark, late or never. No timing is asserted: a fake clock would be the test's own.
*/
import test from 'ava';
import {
	backgroundQuery,
	queryBackground,
	resolveBackground,
	type Reports,
} from '../source/terminal/background-query.js';
import {createReportFilter, type Report} from '../source/terminal/reports.js';
import {backgroundOfColorFgBg, backgroundOfColour, parseBackgroundReport} from '../source/theme/background.js';

test('OSC 11 answers in their forms give the colour; anything else none', t => {
	t.deepEqual(parseBackgroundReport('11;rgb:ffff/ffff/ffff'), [255, 255, 255]);
	t.deepEqual(parseBackgroundReport('11;rgb:1e1e/1e1e/1e1e'), [30, 30, 30]);
	t.deepEqual(parseBackgroundReport('11;rgb:fd/f6/e3'), [253, 246, 227]);
	t.deepEqual(parseBackgroundReport('11;rgb:f/0/0'), [255, 0, 0]);
	t.deepEqual(parseBackgroundReport('11;rgba:0000/2b2b/3636/ffff'), [0, 43, 54]);
	t.deepEqual(parseBackgroundReport('11;#002b36'), [0, 43, 54]);
	t.is(parseBackgroundReport('10;rgb:ffff/ffff/ffff'), undefined);
	t.is(parseBackgroundReport('11;?'), undefined);
	t.is(parseBackgroundReport('11;rgb:zz/00/00'), undefined);
});

test('light or dark from the colour, and from COLORFGBG', t => {
	t.is(backgroundOfColour([255, 255, 255]), 'light');
	t.is(backgroundOfColour([253, 246, 227]), 'light');
	t.is(backgroundOfColour([0, 43, 54]), 'dark');
	t.is(backgroundOfColour([30, 30, 30]), 'dark');
	t.is(backgroundOfColorFgBg('15;0'), 'dark');
	t.is(backgroundOfColorFgBg('0;15'), 'light');
	t.is(backgroundOfColorFgBg('0;default;7'), 'light');
	t.is(backgroundOfColorFgBg('15;8'), 'dark');
	t.is(backgroundOfColorFgBg('default;default'), undefined);
	t.is(backgroundOfColorFgBg(undefined), undefined);
});

test('the filter takes answers out of the input and leaves every key, whole or split across chunks', t => {
	const filter = createReportFilter();
	const first = filter.push('j\u001B]11;rgb:ffff/ffff/ffff\u0007k\u001B[?62;22c\u001B[A');
	t.is(first.keys, 'jk\u001B[A');
	t.deepEqual(first.reports, [
		{kind: 'osc', body: '11;rgb:ffff/ffff/ffff'},
		{kind: 'device-attributes', parameters: '62;22'},
	]);
	// Split anywhere, with ST for an end: nothing of it is a key.
	const pieces = ['q', '\u001B]11;rgb:00', '00/0000/0000\u001B', String.raw`\2`, '\u001B[', '?1;2c', '\u001B'];
	const pushed = pieces.map(piece => filter.push(piece));
	t.is(pushed.map(part => part.keys).join(''), 'q2\u001B');
	t.deepEqual(
		pushed.flatMap(part => part.reports),
		[
			{kind: 'osc', body: '11;rgb:0000/0000/0000'},
			{kind: 'device-attributes', parameters: '1;2'},
		],
	);
	// Keys with escapes that are no answers: Esc, arrows, Shift+Tab, Alt+x.
	t.is(createReportFilter().push('\u001B\u001B[B\u001B[Z\u001Bx').keys, '\u001B\u001B[B\u001B[Z\u001Bx');
});

/** A terminal that answers the query as told: with a colour, with DA1 only, late (after the wait), or never. */
function fakeTerminal(answer: 'light' | 'dark' | 'device-attributes-only' | 'never', {late = false} = {}) {
	const listeners = new Set<(report: Report) => void>();
	const filter = createReportFilter();
	const keys: string[] = [];
	const written: string[] = [];
	const type = (text: string) => {
		const {keys: typed, reports} = filter.push(text);
		keys.push(typed);
		for (const report of reports) {
			for (const listener of listeners) {
				listener(report);
			}
		}
	};

	const reports: Reports = {
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
	};
	const colour = answer === 'light' ? 'ffff/ffff/ffff' : '1e1e/1e1e/1e1e';
	const reply =
		answer === 'never'
			? ''
			: `${answer === 'device-attributes-only' ? '' : `\u001B]11;rgb:${colour}\u001B\\`}\u001B[?62;22c`;
	const write = (text: string) => {
		written.push(text);
		// A key typed while the query is out comes before the answer.
		type('2');
		if (!late) {
			queueMicrotask(() => {
				type(reply);
			});
		}
	};

	return {
		reports,
		write,
		written,
		keys,
		later() {
			type(`${reply}j`);
		},
		subscribers: () => listeners.size,
	};
}

for (const answer of ['light', 'dark'] as const) {
	test(`a terminal that answers ${answer}: the ${answer} theme, the key typed meanwhile kept, nothing else typed`, async t => {
		const terminal = fakeTerminal(answer);
		const background = await resolveBackground({
			choice: 'auto',
			env: {COLORFGBG: answer === 'light' ? '15;0' : '0;15'},
			ask: async () => queryBackground(terminal.reports, terminal.write, 60_000),
		});
		t.is(background, answer);
		t.deepEqual(terminal.written, [backgroundQuery]);
		t.is(terminal.keys.join(''), '2');
		t.is(terminal.subscribers(), 0, 'the query stops listening');
	});
}

test('a terminal that answers only DA1: no wait for the timeout, COLORFGBG then dark', async t => {
	// A timeout of a minute: the test would time out if it were waited for.
	const ask = (env: Record<string, string>) => {
		const terminal = fakeTerminal('device-attributes-only');
		const background = resolveBackground({
			choice: 'auto',
			env,
			ask: async () => queryBackground(terminal.reports, terminal.write, 60_000),
		});
		return {terminal, background};
	};

	const light = ask({COLORFGBG: '0;15'});
	const dark = ask({});
	t.is(await light.background, 'light');
	t.is(await dark.background, 'dark');
	t.is(light.terminal.keys.join(''), '2');
});

test('a terminal that never answers, or answers late: the timeout decides, and the late answer is swallowed', async t => {
	const terminal = fakeTerminal('light', {late: true});
	t.is(await queryBackground(terminal.reports, terminal.write, 1), undefined);
	terminal.later();
	t.is(terminal.keys.join(''), '2j', 'the late answer typed nothing; the key after it is kept');
	const silent = fakeTerminal('never');
	t.is(
		await resolveBackground({
			choice: 'auto',
			env: {},
			ask: async () => queryBackground(silent.reports, silent.write, 1),
		}),
		'dark',
	);
});

test('--theme light or dark asks nothing', async t => {
	let asked = false;
	const ask = async () => {
		asked = true;
		return undefined;
	};

	t.is(await resolveBackground({choice: 'light', env: {COLORFGBG: '15;0'}, ask}), 'light');
	t.is(await resolveBackground({choice: 'dark', env: {COLORFGBG: '0;15'}, ask}), 'dark');
	t.false(asked);
});
