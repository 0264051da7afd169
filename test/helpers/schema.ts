import {createRequire} from 'node:module';

type SchemaValidator = {
	validate: (json: unknown, callback: (errors: unknown, valid: boolean) => void) => void;
};

// @jsonresume/schema is a CommonJS package without types: this is the one function of it used here.
const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- the package ships no types
const schema = require('@jsonresume/schema') as SchemaValidator;

/** What the official JSON Resume schema finds wrong with `json`: undefined when it is valid. */
export function schemaErrors(json: unknown): unknown {
	let result: unknown = 'the validator did not call back';
	schema.validate(json, (errors, valid) => {
		result = valid ? undefined : errors;
	});
	return result;
}
