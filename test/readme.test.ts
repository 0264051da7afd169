import {readFile} from 'node:fs/promises';
import test from 'ava';
import {generatedParts, updateReadme} from '../scripts/readme.js';

test('the README quotes --help verbatim and lists every key of the key map', async t => {
	const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
	t.is(updateReadme(readme, generatedParts()), readme, 'run npm run readme to update it');
});

test('the README gives the two commands that run and test the project', async t => {
	const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
	t.true(readme.includes('npm install && npm start'));
	t.true(readme.includes('```sh\nnpm test\n```'));
});
