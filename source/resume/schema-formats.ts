/**
The two formats the JSON Resume schema names, as the official validator (the jsonschema package) checks them;
Ajv's own (ajv-formats) are stricter and would refuse résumés the official one accepts. The generated validator
imports these (scripts/generate-validator.ts).
*/

/** "format": "uri": a scheme, a colon, no whitespace. So "mailto:ada@example.com" is one; "example.com" is not. */
const uri = /^[a-zA-Z][a-zA-Z\d+.\-]*:\S*$/v;

/** "format": "email": the jsonschema package's own regular expression, rewritten for the v flag. */
const email =
	/^(?:[\w!#$%\u0026'*+\-\/=?^`\{\|\}~]+\.)*[\w!#$%\u0026'*+\-\/=?^`\{\|\}~]+@(?:(?:(?:[a-zA-Z\d](?:[a-zA-Z\d\-](?!\.)){0,61}[a-zA-Z\d]?\.)+[a-zA-Z\d](?:[a-zA-Z\d\-](?!$)){0,61}[a-zA-Z\d]?)|(?:\[(?:(?:[01]?\d{1,2}|2[0-4]\d|25[0-5])\.){3}(?:[01]?\d{1,2}|2[0-4]\d|25[0-5])\]))$/v;

/**
One deliberate leniency beyond the official validator: a blank string counts as absent and spaces around the
value are ignored, as everywhere in the app and in --format json, which drops and trims them (so that a
template's "email": "" is not a reason to refuse a résumé, and what we export is always valid).
*/
function blankOr(format: RegExp): (value: string) => boolean {
	return value => value.trim() === '' || format.test(value.trim());
}

export const schemaFormats = {uri: blankOr(uri), email: blankOr(email)} as const;
