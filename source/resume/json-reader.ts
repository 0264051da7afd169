import {JsonNumber, jsonNumber} from './json-number.js';

/** Where JSON text stops being valid. */
export class JsonStop extends Error {
	readonly index: number;

	constructor(index: number) {
		super(`not valid JSON at ${index}`);
		this.index = index;
	}
}

type Frame = {readonly container: unknown[] | Record<string, unknown>; key?: string};

/**
Reads JSON text by the grammar of RFC 8259 with a stack of its own, so that no nesting, however deep, can
overflow the call stack. Numbers a double cannot hold are kept as written (JsonNumber). It serves where
JSON.parse cannot: to find where invalid text goes wrong (Node 20's JSON.parse does not say for some
mistakes), and to keep such numbers, which it counts. Throws JsonStop.
*/
export function readJson(text: string): {readonly value: unknown; readonly keptNumbers: number} {
	let index = 0;
	let keptNumbers = 0;
	const stack: Frame[] = [];
	const fail = (at = index): never => {
		throw new JsonStop(at);
	};

	const skipSpace = () => {
		while (text[index] === ' ' || text[index] === '\t' || text[index] === '\n' || text[index] === '\r') {
			index++;
		}
	};

	const expect = (character: string) => {
		if (text[index] !== character) {
			fail();
		}

		index++;
	};

	const string = (): string => {
		const start = index;
		expect('"');
		let escaped = false;
		for (;;) {
			// Code units, not points: the grammar is about quotes, backslashes and controls, all below U+0080.
			// eslint-disable-next-line unicorn/prefer-code-point
			const code = text.charCodeAt(index);
			if (code === 0x22) {
				break;
			}

			if (Number.isNaN(code) || code < 0x20) {
				fail();
			}

			if (code === 0x5c) {
				escaped = true;
				const next = text[index + 1] ?? '';
				if (
					next === 'u'
						? !/^[\dA-Fa-f]{4}$/v.test(text.slice(index + 2, index + 6))
						: !String.raw`"\/bfnrt`.includes(next)
				) {
					fail(index + 1);
				}

				index += next === 'u' ? 6 : 2;
			} else {
				index++;
			}
		}

		index++;
		return escaped ? String(JSON.parse(text.slice(start, index))) : text.slice(start + 1, index - 1);
	};

	const literals = new Map<string, unknown>([
		['true', true],
		['false', false],
		['null', null],
	]);
	const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+\-]?\d+)?/vy;
	const scalar = (): unknown => {
		if (text[index] === '"') {
			return string();
		}

		for (const [word, value] of literals) {
			if (text.startsWith(word, index)) {
				index += word.length;
				return value;
			}
		}

		numberPattern.lastIndex = index;
		const match = numberPattern.exec(text);
		if (!match) {
			// A word that starts like a literal goes wrong where it stops matching it ("tru", "nul").
			const word = [...literals.keys()].find(literal => text.startsWith(literal[0]!, index)) ?? '';
			let length = 0;
			while (length < word.length && text[index + length] === word[length]) {
				length++;
			}

			return fail(index + length);
		}

		index = numberPattern.lastIndex;
		const number = jsonNumber(match[0]);
		keptNumbers += number instanceof JsonNumber ? 1 : 0;
		return number;
	};

	/** Reads a key and its colon, after `{` or `,` in an object. */
	const key = (frame: Frame) => {
		skipSpace();
		frame.key = string();
		skipSpace();
		expect(':');
	};

	for (;;) {
		skipSpace();
		let value: unknown;
		const opening = text[index];
		if (opening === '{' || opening === '[') {
			index++;
			skipSpace();
			const frame: Frame = {container: opening === '{' ? {} : []};
			const closing = opening === '{' ? '}' : ']';
			if (text[index] !== closing) {
				stack.push(frame);
				if (opening === '{') {
					key(frame);
				}

				continue;
			}

			index++;
			value = frame.container;
		} else {
			value = scalar();
		}

		// A value is complete: it goes into its container, and each container it closes goes into its own.
		for (;;) {
			const frame = stack.at(-1);
			if (!frame) {
				skipSpace();
				return index === text.length ? {value, keptNumbers} : fail();
			}

			if (Array.isArray(frame.container)) {
				frame.container.push(value);
			} else {
				// As JSON.parse does: "__proto__" is a key like any other, not the object's prototype.
				Object.defineProperty(frame.container, frame.key!, {
					value,
					enumerable: true,
					writable: true,
					configurable: true,
				});
			}

			skipSpace();
			if (text[index] === ',') {
				index++;
				if (!Array.isArray(frame.container)) {
					key(frame);
				}

				break;
			}

			expect(Array.isArray(frame.container) ? ']' : '}');
			stack.pop();
			value = frame.container;
		}
	}
}
