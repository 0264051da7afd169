import {JsonNumber} from '../resume/json-number.js';
import {quotedText} from '../text/safe-text.js';

/** A container being written: its items' text so far, and where its children come from. */
type Frame = {
	readonly entries: ReadonlyArray<readonly [string | undefined, unknown]>;
	/** Built by concatenation, which V8 does without copying: a deep tree is not copied once per level. */
	text: string;
	readonly depth: number;
	readonly isArray: boolean;
	next: number;
};

/**
JSON text indented by two spaces, as JSON.stringify writes it, with what says nothing left out (a blank
string, a null, and a list or object with nothing else in it, all the way down), strings trimmed, numbers kept
as they were written (JsonNumber), and C1 controls and bidirectional marks escaped as JSON.stringify leaves
them raw. It keeps a stack of its own, so no nesting can overflow the call stack. Undefined when nothing is left.
*/
export function prunedJsonText(value: unknown): string | undefined {
	if (!isContainer(value)) {
		return scalarText(value);
	}

	const stack: Frame[] = [frameOf(value, 0)];
	let finished: string | undefined;
	for (;;) {
		const frame = stack.at(-1)!;
		if (finished !== undefined) {
			keep(frame, finished);
			finished = undefined;
		}

		const entry = frame.entries[frame.next++];
		if (entry) {
			const [, item] = entry;
			const text = isContainer(item) ? undefined : scalarText(item);
			if (isContainer(item)) {
				stack.push(frameOf(item, frame.depth + 1));
			} else if (text !== undefined) {
				keep(frame, text);
			}

			continue;
		}

		stack.pop();
		const indent = '  '.repeat(frame.depth);
		const [open, close] = frame.isArray ? ['[', ']'] : ['{', '}'];
		const text = frame.text === '' ? undefined : open + frame.text + '\n' + indent + close;
		if (stack.length === 0) {
			return text;
		}

		// A container with nothing in it is left out of its parent, like a blank string.
		if (text !== undefined) {
			finished = text;
		}
	}
}

/** Adds the text of the entry just read (frame.next - 1) to its container. */
function keep(frame: Frame, text: string): void {
	const [key] = frame.entries[frame.next - 1]!;
	const indent = '  '.repeat(frame.depth + 1);
	frame.text += (frame.text === '' ? '\n' : ',\n') + indent + (key === undefined ? '' : `${quotedText(key)}: `) + text;
}

function frameOf(value: Record<string, unknown>, depth: number): Frame {
	const isArray = Array.isArray(value);
	const entries = Array.isArray(value)
		? value.map((item: unknown) => [undefined, item] as const)
		: Object.entries(value);
	return {entries, text: '', depth, isArray, next: 0};
}

/** A list or an object, to be written item by item; a number kept as written is not one. */
function isContainer(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !(value instanceof JsonNumber);
}

/** The text of a value that is not a list or an object; undefined for one that says nothing. */
function scalarText(value: unknown): string | undefined {
	if (typeof value === 'string') {
		const trimmed = value.trim();
		return trimmed === '' ? undefined : quotedText(trimmed);
	}

	if (value instanceof JsonNumber) {
		return value.source;
	}

	// A null says no more than a missing field, and the schema takes no null for any of its own fields.
	return value === null || value === undefined ? undefined : JSON.stringify(value);
}
