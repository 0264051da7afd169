/* eslint-disable @typescript-eslint/naming-convention -- environment variables are named in UPPER_CASE */
import test from 'ava';
import {resolveOptions, UsageError, type Flags, type Surroundings} from '../source/cli/options.js';

const terminal: Surroundings = {
	env: {TERM: 'xterm-256color'},
	stdinIsTerminal: true,
	stdoutIsTerminal: true,
	columns: 100,
};
const pipe: Surroundings = {env: {}, stdinIsTerminal: true, stdoutIsTerminal: false};
const resolve = (flags: Flags, surroundings = terminal) => resolveOptions(flags, surroundings);

test('a terminal gets the app, in colour, at its width', t => {
	t.deepEqual(resolve({}), {
		output: 'interactive',
		width: 100,
		color: true,
		ascii: false,
		depth: 'ansi256',
		theme: 'auto',
	});
});

test('colour depth: truecolor from COLORTERM, 256 from TERM or FORCE_COLOR=2, else 16; --theme as given', t => {
	const depth = (env: Surroundings['env']) => resolve({}, {...terminal, env}).depth;
	t.is(depth({TERM: 'xterm-256color', COLORTERM: 'truecolor'}), 'truecolor');
	t.is(depth({TERM: 'xterm', COLORTERM: '24bit'}), 'truecolor');
	t.is(depth({TERM: 'screen-256color'}), 'ansi256');
	t.is(depth({TERM: 'xterm'}), 'ansi16');
	t.is(depth({TERM: 'xterm', FORCE_COLOR: '2'}), 'ansi256');
	t.is(depth({TERM: 'linux', FORCE_COLOR: '3'}), 'truecolor');
	t.is(resolve({theme: 'light'}).theme, 'light');
	t.is(resolve({theme: 'dark'}).theme, 'dark');
	t.throws(() => resolve({theme: 'blue'}), {
		instanceOf: UsageError,
		message: '--theme must be one of auto, light, dark; got "blue"',
	});
});

test('a pipe, a closed stdin, a dumb terminal and --print get the text', t => {
	t.is(resolve({}, pipe).output, 'text');
	t.is(resolve({}, {...terminal, stdinIsTerminal: false}).output, 'text');
	t.is(resolve({}, {...terminal, env: {TERM: 'dumb'}}).output, 'text');
	t.is(resolve({print: true}).output, 'text');
	t.is(resolve({width: '60'}).output, 'text', '--width is about printing');
});

test('--format and --banner choose their output anywhere', t => {
	t.is(resolve({format: 'markdown'}).output, 'markdown');
	t.is(resolve({format: 'json'}, pipe).output, 'json');
	t.is(resolve({format: 'text'}).output, 'text');
	t.is(resolve({banner: true}, pipe).output, 'banner');
});

test('the width is --width, else the terminal’s, else 80', t => {
	t.is(resolve({width: '40'}).width, 40);
	t.is(resolve({print: true}).width, 100);
	t.is(resolve({}, pipe).width, 80);
	t.is(resolve({}, {...pipe, columns: 120}).width, 80, 'a pipe has no width even if a number was passed');
});

test('colour: flags, then FORCE_COLOR, then NO_COLOR and TERM=dumb, then whether stdout is a terminal', t => {
	const color = (flags: Flags, surroundings: Surroundings) => resolve(flags, surroundings).color;
	t.true(color({}, terminal));
	t.false(color({}, pipe));
	t.false(color({}, {...terminal, env: {NO_COLOR: '1'}}));
	t.true(color({}, {...terminal, env: {NO_COLOR: ''}}), 'an empty NO_COLOR is not set');
	t.false(color({}, {...terminal, env: {TERM: 'dumb'}}));
	t.false(color({color: false}, terminal));
	t.true(color({color: true}, pipe));
	t.true(color({}, {...pipe, env: {FORCE_COLOR: '1'}}));
	t.true(color({}, {...pipe, env: {FORCE_COLOR: ''}}));
	t.false(color({}, {...terminal, env: {FORCE_COLOR: '0'}}));
	t.true(color({}, {...terminal, env: {FORCE_COLOR: '1', NO_COLOR: '1'}}), 'FORCE_COLOR wins over NO_COLOR');
	t.false(color({color: false}, {...pipe, env: {FORCE_COLOR: '1'}}), 'the flag wins over the environment');
});

test('bad command lines are usage errors with a message that names the problem', t => {
	const message = (flags: Flags) => t.throws(() => resolve(flags), {instanceOf: UsageError}).message;
	t.is(message({width: '0'}), '--width must be a whole number of columns from 20 to 1000; got "0"');
	t.is(message({width: 'abc'}), '--width must be a whole number of columns from 20 to 1000; got "abc"');
	t.is(message({width: '12.5'}), '--width must be a whole number of columns from 20 to 1000; got "12.5"');
	t.is(message({width: ''}), '--width must be a whole number of columns from 20 to 1000; got ""');
	t.is(message({format: 'pdf'}), '--format must be one of text, markdown, json; got "pdf"');
	t.is(message({banner: true, format: 'json'}), '--banner and --format cannot be used together');
	t.is(message({data: ''}), '--data needs a file');
});
