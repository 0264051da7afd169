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
	t.deepEqual(parseCommandLine(['--theme', 'light']), {command: 'run', flags: {theme: 'light'}});
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
