/*
Terminals answer queries on the keyboard's stream: an OSC answer ("ESC ] 11 ; rgb:… BEL") or a device
attributes answer ("ESC [ ? 62 ; 22 c"). None of them is a key. This filter takes them out of the input, chunk
by chunk, wherever they come (during a query, or late, after it timed out), and hands the keys on untouched.
*/

export type Report =
	/** An operating system command's answer: its body between "ESC ]" and BEL or ST, "11;rgb:…". */
	| {readonly kind: 'osc'; readonly body: string}
	/** The primary device attributes answer (DA1): its parameters, "62;22". */
	| {readonly kind: 'device-attributes'; readonly parameters: string};

export type Filtered = {readonly keys: string; readonly reports: readonly Report[]};

export type ReportFilter = {
	/** The keys and reports in this chunk, with what an answer split across chunks began with before it. */
	readonly push: (chunk: string) => Filtered;
};

const escape = '\u001B';
const bell = '\u0007';
/** An answer is short; one that never ends is dropped once it is this long, not held forever. */
const longestAnswer = 1024;

export function createReportFilter(): ReportFilter {
	let held = '';
	return {
		push(chunk) {
			const text = held + chunk;
			held = '';
			let keys = '';
			const reports: Report[] = [];
			let at = 0;
			while (at < text.length) {
				const start = text.indexOf(escape, at);
				if (start === -1) {
					keys += text.slice(at);
					break;
				}

				keys += text.slice(at, start);
				const found = reportAt(text, start);
				if (found === 'incomplete') {
					held = text.length - start > longestAnswer ? '' : text.slice(start);
					break;
				}

				if (found === undefined) {
					// Not an answer: the escape is a key's (Esc, an arrow, Alt+…), which Ink reads.
					keys += escape;
					at = start + 1;
				} else {
					reports.push(found.report);
					at = found.end;
				}
			}

			return {keys, reports};
		},
	};
}

/** The answer that starts at `start` (an escape), 'incomplete' if the chunk ends inside one, or undefined. */
function reportAt(text: string, start: number): {report: Report; end: number} | 'incomplete' | undefined {
	const kind = text[start + 1];
	if (kind === undefined) {
		// A lone Esc at the end of a chunk is the Esc key far more often than half an answer.
		return undefined;
	}

	if (kind === ']') {
		return oscAt(text, start);
	}

	if (kind === '[') {
		return deviceAttributesAt(text, start);
	}

	return undefined;
}

function oscAt(text: string, start: number): {report: Report; end: number} | 'incomplete' {
	for (let index = start + 2; index < text.length; index++) {
		if (text[index] === bell) {
			return {report: {kind: 'osc', body: text.slice(start + 2, index)}, end: index + 1};
		}

		if (text[index] === escape) {
			if (index + 1 >= text.length) {
				return 'incomplete';
			}

			// ST ("ESC \") ends it; any other escape ends a broken one, which is dropped all the same.
			const end = text[index + 1] === '\\' ? index + 2 : index;
			return {report: {kind: 'osc', body: text.slice(start + 2, index)}, end};
		}
	}

	return 'incomplete';
}

function deviceAttributesAt(text: string, start: number): {report: Report; end: number} | 'incomplete' | undefined {
	// "ESC [" alone at the end may be the start of an answer split in two (an SSH packet, a slow link).
	if (start + 2 >= text.length) {
		return 'incomplete';
	}

	if (text[start + 2] !== '?') {
		return undefined;
	}

	for (let index = start + 3; index < text.length; index++) {
		const character = text[index]!;
		if (character === 'c') {
			return {report: {kind: 'device-attributes', parameters: text.slice(start + 3, index)}, end: index + 1};
		}

		if (!/[\d;]/v.test(character)) {
			return undefined;
		}
	}

	return 'incomplete';
}
