/*
Output that cannot be written: a reader that went away (`| head`, `| true`) and a full disk. The built
bundle is run with stdout closed or on /dev/full.
*/
import test from 'ava';
import {run} from './helpers/run-cli.js';

const everyWriter = [
	['--print'],
	['--format', 'json'],
	['--banner'],
	['--version'],
	['--help'],
	['validate', 'data/resume.json'],
];

test('a reader that went away ends the program quietly with status 0, as `yes | head` does', async t => {
	for (const args of everyWriter) {
		// eslint-disable-next-line no-await-in-loop
		const result = await run(args, {stdout: 'closed'});
		t.like(result, {code: 0, stderr: ''}, `${args.join(' ')} | true`);
	}
});

test('any other write error is one line on stderr and status 1, never a stack trace', async t => {
	for (const args of everyWriter) {
		// eslint-disable-next-line no-await-in-loop
		const result = await run(args, {stdout: {file: '/dev/full'}});
		t.like(
			result,
			{code: 1, stderr: 'terminal-resume: cannot write the output: no space left on the device\n'},
			`${args.join(' ')} > /dev/full`,
		);
	}
});
