import {quotedText} from '../text/safe-text.js';

/**
A value found in a résumé file, for a message: its kind, and a string quoted with what JSON leaves raw
(C1 controls, bidirectional marks) escaped too, so that the message shows it without acting on it.
*/
export function describe(value: unknown): string {
	if (value === null) {
		return 'null';
	}

	if (Array.isArray(value)) {
		return `a list of ${value.length}`;
	}

	if (typeof value === 'string') {
		const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
		return quotedText(shown);
	}

	if (typeof value === 'object') {
		return 'an object';
	}

	if (typeof value === 'number' || typeof value === 'boolean') {
		return `${typeof value} ${value}`;
	}

	return typeof value;
}
