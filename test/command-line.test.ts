import test from 'ava';
import {helpText, parseCommandLine} from '../source/cli/command-line.js';
import {UsageError} from '../source/cli/options.js';

test('flags are read into what they ask for; absent ones stay absent', t => {
	t.deepEqual(parseCommandLine([]), {command: 'run', flags: {}});
	t.deepEqual(parseCommandLine(['--data', 'a.json', '--print', '--width=60', '--format', 'markdown', '--ascii']), {
		command: 'run',
		flags: {data: 'a.json', format: 'markdown', width: '60', print: true, ascii: true},
	});
	t.deepEqual(parseCommandLine(['--banner', '--color']), {command: 'run', flags: {banner: true, color: true}});
	t.deepEqual(parseCommandLine(['--no-color']), {command: 'run', flags: {color: false}});
});

test('--help and --version win over everything else', t => {
	t.deepEqual(parseCommandLine(['--print', '--help']), {command: 'help'});
	t.deepEqual(parseCommandLine(['--version']), {command: 'version'});
	t.regex(helpText, /--data <source> +Show this résumé \(file, https URL, or - for stdin\)/v);
});

test('unknown options, stray arguments and values of the wrong kind are usage errors', t => {
	const message = (args: string[]) => t.throws(() => parseCommandLine(args), {instanceOf: UsageError}).message;
	t.is(message(['--bogus-flag']), 'unknown option --bogus-flag');
	t.is(message(['-x']), 'unknown option -x');
	t.is(message(['extra']), 'unexpected argument "extra"');
	t.is(message(['--width']), '--width needs a value');
	t.is(message(['--data']), '--data needs a value');
	t.is(message(['--print=yes']), '--print takes no value; got "yes"');
});

test('validate takes one source and nothing else', t => {
	t.deepEqual(parseCommandLine(['validate', 'resume.json']), {command: 'validate', source: 'resume.json'});
	t.deepEqual(parseCommandLine(['validate', '-']), {command: 'validate', source: '-'});
	const message = (args: string[]) => t.throws(() => parseCommandLine(args), {instanceOf: UsageError}).message;
	t.is(message(['validate']), 'validate needs a résumé to check');
	t.is(message(['validate', 'a.json', '--print']), 'validate takes no options');
	t.is(message(['validate', 'a.json', 'b.json']), 'unexpected argument "b.json"');
});

test('the last of --color and --no-color wins, as in every CLI', t => {
	t.deepEqual(parseCommandLine(['--color', '--no-color']), {command: 'run', flags: {color: false}});
	t.deepEqual(parseCommandLine(['--no-color', '--print', '--color']), {
		command: 'run',
		flags: {print: true, color: true},
	});
});

test('a value given twice is refused, not one of them silently kept', t => {
	const message = (args: string[]) => t.throws(() => parseCommandLine(args), {instanceOf: UsageError}).message;
	t.is(message(['--data', 'a.json', '--data', 'b.json']), '--data was given twice; give it once');
	t.is(message(['--width=60', '--width', '80']), '--width was given twice; give it once');
	t.deepEqual(parseCommandLine(['--print', '--print']), {command: 'run', flags: {print: true}}, 'a switch may repeat');
});

test('names that objects inherit are unknown options like any other', t => {
	for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
		const error = t.throws(() => parseCommandLine([`--${name}`]), {instanceOf: UsageError});
		t.is(error.message, `unknown option --${name}`);
	}
});

test('what a person typed is quoted in messages with its controls made visible', t => {
	const message = (args: string[]) => t.throws(() => parseCommandLine(args), {instanceOf: UsageError}).message;
	t.is(message(['--\u001B[2J']), String.raw`unknown option --\u001b[2J`);
	t.is(message(['stray\u009B31m']), String.raw`unexpected argument "stray\u009b31m"`);
	t.is(message(['--print=\u202Eyes']), String.raw`--print takes no value; got "\u202eyes"`);
});
