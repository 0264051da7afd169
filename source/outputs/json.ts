import type {JsonResume} from '../resume/json-resume.js';

/**
The résumé as JSON Resume, for tools: the same data with its strings trimmed and nothing empty left in it
(a blank string, an empty list or object, a null), keys in their order and unknown fields kept.
*/
export function jsonOutput(json: JsonResume): string {
	// JSON.stringify escapes C0 controls; C1 controls, DEL and bidirectional overrides it leaves raw, and a
	// terminal showing the output would act on them, so they are escaped too (the data stays the same).
	return (
		JSON.stringify(normalise(json) ?? {}, undefined, 2).replaceAll(
			/[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gv,
			character => String.raw`\u` + character.codePointAt(0)!.toString(16).padStart(4, '0'),
		) + '\n'
	);
}

/** The value with its empty parts removed, all the way down; undefined when nothing is left of it. */
function normalise(value: unknown): unknown {
	if (typeof value === 'string') {
		const trimmed = value.trim();
		return trimmed === '' ? undefined : trimmed;
	}

	if (Array.isArray(value)) {
		const items = value.map(item => normalise(item)).filter(item => item !== undefined);
		return items.length > 0 ? items : undefined;
	}

	if (isRecord(value)) {
		const entries = Object.entries(value).flatMap(([key, item]) => {
			const kept = normalise(item);
			return kept === undefined ? [] : [[key, kept] as const];
		});
		return entries.length > 0 ? Object.fromEntries(entries) : undefined;
	}

	// A null says no more than a missing field, and the schema takes no null for any of its own fields.
	return value ?? undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
