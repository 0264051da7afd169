/* eslint-disable @typescript-eslint/naming-convention -- environment variables are named in UPPER_CASE */
/*
The background, found out in a real pseudo-terminal: the bundle asks, the terminal (a headless xterm that
tells the colour it is given) answers, and the answer shows in the colours and never on the screen.
`npm run build` first, when running these alone.
*/
import test, {type ExecutionContext} from 'ava';
import {roleColors} from '../source/theme/colors.js';
import {parseHex} from '../source/theme/contrast.js';
import {TerminalSession, type StartOptions} from './helpers/terminal.js';

const fixture = 'test/fixtures/three-employers.json';
const backgroundQuery = '\u001B]11;?';

function start(t: ExecutionContext, options: StartOptions): TerminalSession {
	const session = TerminalSession.start({args: ['--data', fixture, ...(options.args ?? [])], ...options});
	t.teardown(async () => session.dispose());
	return session;
}

/** The escape code that draws text in a role's colour, as truecolor. */
function truecolor(hex: string): string {
	return `\u001B[38;2;${parseHex(hex).join(';')}m`;
}

const lightAccent = truecolor(roleColors.light.accent.hex);
const darkAccent = truecolor(roleColors.dark.accent.hex);
const truecolorTerminal = {COLORTERM: 'truecolor'};

test('a terminal that says it is white gets the light colours, and its answer never shows or acts as keys', async t => {
	const session = start(t, {background: '#ffffff', env: truecolorTerminal});
	await session.waitFor('q quit');
	await session.waitForKeyboard();
	t.true(session.output.includes(lightAccent));
	t.false(session.output.includes(darkAccent));
	session.press('2');
	const lines = await session.waitFor('2 roles');
	t.false(lines.join('\n').includes('rgb'), 'the answer is not on the screen');
	t.false(lines.join('\n').includes('62;'), 'nor the device attributes');
});

test('a terminal that says it is dark gets the dark colours, whatever COLORFGBG says', async t => {
	const session = start(t, {background: '#1e1e1e', env: {...truecolorTerminal, COLORFGBG: '0;15'}});
	await session.waitFor('q quit');
	t.true(session.output.includes(darkAccent));
	t.false(session.output.includes(lightAccent));
});

test('a terminal that cannot say gets COLORFGBG’s background', async t => {
	const session = start(t, {env: {...truecolorTerminal, COLORFGBG: '0;15'}});
	await session.waitFor('q quit');
	t.true(session.output.includes(backgroundQuery), 'it was asked');
	t.true(session.output.includes(lightAccent));
});

test('--theme, no colour and 16 colours ask nothing', async t => {
	const asked = async (options: StartOptions) => {
		const session = start(t, options);
		await session.waitFor('q quit');
		return session.output.includes(backgroundQuery);
	};

	t.false(await asked({args: ['--theme', 'light'], env: truecolorTerminal}));
	t.false(await asked({env: {...truecolorTerminal, NO_COLOR: '1'}}));
	t.false(await asked({env: {TERM: 'xterm'}}));
});
