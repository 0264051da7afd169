import type {SchemaError} from './generated/schema-validator.js';
import {describe} from './describe-value.js';
import {isRecord} from './shape.js';

/** One thing wrong with a résumé file, phrased for the person who has to fix it. */
export type Problem = {
	readonly path: string;
	readonly expected: string;
	readonly found: string;
};

const dateExpected = 'a date like 2021, 2021-10 or 2021-10-04';

/** What a check asks for, by its keyword and the parameter named like it ("type": "array" is a list). */
const phrases: Readonly<Record<string, Readonly<Record<string, string>>>> = {
	type: {string: 'a string', object: 'an object', array: 'a list'},
	format: {uri: 'a URI with a scheme, like https://example.com', email: 'an email address like ada@example.com'},
};

/** The generated validator's errors in our words: `work[2].startDate`, what was expected and what was found. */
export function schemaProblems(errors: readonly SchemaError[], data: unknown): Problem[] {
	return errors.map(error => {
		const {path, value} = locate(data, error.instancePath);
		const {missingProperty} = error.params;
		if (error.keyword === 'required' && typeof missingProperty === 'string') {
			return {path: join(path, missingProperty), expected: 'a value', found: 'nothing'};
		}

		return {path, expected: expectation(error), found: describe(value)};
	});
}

function expectation({keyword, schemaPath, params}: SchemaError): string {
	// The schema's date (a string with a pattern): a date that is not even a string is still a wrong date.
	if (schemaPath.startsWith('#/definitions/iso8601/')) {
		return dateExpected;
	}

	// A check a newer schema may bring, that we have no words for yet.
	return phrases[keyword]?.[String(params[keyword])] ?? `what the JSON Resume schema's "${keyword}" check asks for`;
}

/** The value at a JSON pointer (/work/2/startDate) and its path as a person reads it (work[2].startDate). */
function locate(data: unknown, pointer: string): {path: string; value: unknown} {
	let path = '';
	let value = data;
	for (const key of pointer.split('/').slice(1)) {
		const name = key.replaceAll('~1', '/').replaceAll('~0', '~');
		if (Array.isArray(value)) {
			path += `[${name}]`;
			value = value[Number(name)];
		} else {
			path = join(path, name);
			value = isRecord(value) ? value[name] : undefined;
		}
	}

	return {path, value};
}

function join(path: string, name: string): string {
	return path ? `${path}.${name}` : name;
}
