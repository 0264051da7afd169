import test from 'ava';
import fc from 'fast-check';
import {JsonNumber} from '../source/resume/json-number.js';
import {JsonStop, readJson} from '../source/resume/json-reader.js';
import {parseJsonResume, ResumeError} from '../source/resume/load.js';
import {jsonOutput} from '../source/outputs/json.js';

test('reads what JSON.parse reads, into the same values', t => {
	fc.assert(
		fc.property(fc.jsonValue(), fc.boolean(), (value, indented) => {
			const text = JSON.stringify(value, undefined, indented ? 2 : undefined);
			t.deepEqual(readJson(text).value, JSON.parse(text));
		}),
		{numRuns: 500},
	);
});

test('"__proto__" is a key of its own, as JSON.parse makes it', t => {
	const {value} = readJson('{"__proto__": {"polluted": true}}');
	t.deepEqual(Object.getOwnPropertyNames(value), ['__proto__']);
	t.is(Object.getPrototypeOf(value), Object.prototype);
});

test('invalid JSON nested 100,000 deep stops where it goes wrong, without overflowing the stack', t => {
	const depth = 100_000;
	const error = t.throws(() => readJson('['.repeat(depth) + 'x'), {instanceOf: JsonStop});
	t.is(error.index, depth);
	const message = t.throws(() => parseJsonResume('['.repeat(5000) + 'x', 'deep.json'), {instanceOf: ResumeError});
	t.is(message.message, `deep.json: not valid JSON at line 1, column 5001: Unexpected token 'x'`);
});

test('numbers a double cannot hold are kept as written; the others are numbers', t => {
	const {value, keptNumbers} = readJson(
		'[1e400, 12345678901234567890, 1.00000000000000000001, -1e-400, 0.1, 1.50e3, 9007199254740993]',
	);
	t.is(keptNumbers, 5);
	t.deepEqual(value, [
		new JsonNumber('1e400'),
		new JsonNumber('12345678901234567890'),
		new JsonNumber('1.00000000000000000001'),
		new JsonNumber('-1e-400'),
		0.1,
		1500,
		new JsonNumber('9007199254740993'),
	]);
});

test('--format json writes such numbers back as they were written, in fields beyond the schema', t => {
	const text = '{"basics": {"name": "Ada"}, "stats": {"huge": 1e400, "id": 12345678901234567890, "small": 3}}';
	const output = jsonOutput(parseJsonResume(text, 'numbers.json'));
	t.regex(output, /"huge": 1e400,\n {4}"id": 12345678901234567890,\n {4}"small": 3\n/v);
});

test('a syntax error quoting an unsafe character shows it escaped', t => {
	const error = t.throws(() => parseJsonResume('{"a": \u001B]0;x\u0007}', 'evil.json'), {instanceOf: ResumeError});
	t.is(error.message, String.raw`evil.json: not valid JSON at line 1, column 7: Unexpected token '\u001b'`);
});
