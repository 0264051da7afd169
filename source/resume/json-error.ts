/**
Where JSON text stops being valid, as an index into it. Node 20's JSON.parse names the position of some
mistakes but not of others (an unquoted word, a misspelt `true`), so this walks the text by the grammar
of RFC 8259 to find it. Used only after JSON.parse has failed.
*/
export function jsonErrorIndex(text: string): number {
	let index = 0;
	const fail = (): never => {
		throw new JsonStop(index);
	};

	const skipSpace = () => {
		while (/[ \t\n\r]/v.test(text[index] ?? '')) {
			index++;
		}
	};

	const expect = (character: string) => {
		if (text[index] !== character) {
			fail();
		}

		index++;
	};

	const literal = (word: string) => {
		for (const character of word) {
			expect(character);
		}
	};

	const string = () => {
		expect('"');
		while (text[index] !== '"') {
			const character = text[index];
			if (character === undefined || character < ' ') {
				fail();
			}

			index += character === '\\' ? 2 : 1;
		}

		index++;
	};

	const number = () => {
		const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+\-]?\d+)?/vy;
		match.lastIndex = index;
		if (!match.test(text)) {
			fail();
		}

		index = match.lastIndex;
	};

	const list = <T>(open: string, close: string, item: () => T) => {
		expect(open);
		skipSpace();
		if (text[index] === close) {
			index++;
			return;
		}

		for (;;) {
			item();
			skipSpace();
			if (text[index] === close) {
				index++;
				return;
			}

			expect(',');
			skipSpace();
		}
	};

	const value = (): void => {
		skipSpace();
		switch (text[index]) {
			case '{': {
				list('{', '}', () => {
					string();
					skipSpace();
					expect(':');
					value();
				});
				break;
			}

			case '[': {
				list('[', ']', value);
				break;
			}

			case '"': {
				string();
				break;
			}

			case 't': {
				literal('true');
				break;
			}

			case 'f': {
				literal('false');
				break;
			}

			case 'n': {
				literal('null');
				break;
			}

			case undefined: {
				fail();
				break;
			}

			default: {
				number();
			}
		}

		skipSpace();
	};

	try {
		value();
		return Math.min(index, text.length);
	} catch (error) {
		if (error instanceof JsonStop) {
			return error.index;
		}

		throw error;
	}
}

/** Thrown from deep inside the walk to stop it where the text goes wrong. */
class JsonStop extends Error {
	readonly index: number;

	constructor(index: number) {
		super(`invalid JSON at ${index}`);
		this.index = index;
	}
}
