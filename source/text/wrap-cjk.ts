import LineBreaker from 'linebreak';
import stringWidth from 'string-width';

/**
Chinese, Japanese and Korean text, and the punctuation that goes with it: written without spaces, so that
breaking lines only at spaces (as wrap-ansi does) breaks them anywhere, "。" and "、" at the start of a line.
*/
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/v;

export function hasCjk(text: string): boolean {
	return cjk.test(text);
}

// An escape character is what these patterns are for.
// eslint-disable-next-line no-control-regex
const sgr = /\u001B\[[\d;]*m/gv;
// eslint-disable-next-line no-control-regex
const sgrHere = /\u001B\[[\d;]*m/vy;

/**
Wraps `text` to `columns` display columns where the Unicode line breaking rules (UAX #14) allow a break:
between ideographs, after spaces, never before closing punctuation or after opening punctuation. A piece
wider than a line is cut between characters. Colour codes stay whole, and a style open at a line break is
closed at its end and opened again on the next line, as wrap-ansi does.
*/
export function wrapCjk(text: string, columns: number): string[] {
	return text.split('\n').flatMap(line => restyle(packPieces(pieces(line), columns)));
}

/** The text cut at every break opportunity, each piece with the codes that come before its characters. */
function pieces(text: string): string[] {
	const plain = text.replaceAll(sgr, '');
	// Where each character of the plain text is in the text with its codes.
	const positions: number[] = [];
	for (let index = 0; index < text.length;) {
		sgrHere.lastIndex = index;
		const code = text[index] === '\u001B' ? sgrHere.exec(text) : null;
		if (code) {
			index += code[0].length;
		} else {
			positions.push(index);
			index++;
		}
	}

	positions.push(text.length);
	const result: string[] = [];
	const breaker = new LineBreaker(plain);
	let start = 0;
	for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
		// The codes before the first character go with it, and those after the last with the last piece.
		const from = start === 0 ? 0 : positions[start]!;
		const to = next.position === plain.length ? text.length : positions[next.position]!;
		result.push(text.slice(from, to));
		start = next.position;
	}

	return result.length > 0 ? result : [text];
}

/** Fills lines with whole pieces; the spaces a piece ends in may hang past the end of a line, and are dropped. */
function packPieces(parts: readonly string[], columns: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const part of parts) {
		const candidate = line + part;
		if (stringWidth(trimEnd(candidate)) <= columns) {
			line = candidate;
			continue;
		}

		if (trimEnd(line) !== '') {
			lines.push(trimEnd(line));
		}

		line = '';
		for (const piece of cutToFit(trimStart(part), columns)) {
			if (line !== '') {
				lines.push(line);
			}

			line = piece;
		}
	}

	lines.push(trimEnd(line));
	return lines.map(each => trimStart(each));
}

/** A piece wider than a line, cut between characters (never inside a code or a character's cluster). */
function cutToFit(part: string, columns: number): string[] {
	if (stringWidth(trimEnd(part)) <= columns) {
		return [part];
	}

	const rows = [''];
	const units = part
		.split(new RegExp(`(${sgr.source})`, 'v'))
		.flatMap((unit, index) =>
			index % 2 === 1 ? [unit] : [...new Intl.Segmenter().segment(unit)].map(({segment}) => segment),
		);
	for (const unit of units) {
		if (stringWidth(rows.at(-1)! + unit) > columns && stringWidth(rows.at(-1)!) > 0) {
			rows.push('');
		}

		rows[rows.length - 1] += unit;
	}

	return rows;
}

/** Spaces at either end of a line go; the codes among them stay. */
// eslint-disable-next-line no-control-regex
const trimEnd = (line: string): string => line.replace(/[ \u3000]+((?:\u001B\[[\d;]*m)*)$/v, '$1');
// eslint-disable-next-line no-control-regex
const trimStart = (line: string): string => line.replace(/^((?:\u001B\[[\d;]*m)*)[ \u3000]+/v, '$1');

/** The code that ends each style this program uses, by the code that starts it. */
function closingCode(code: number): number | undefined {
	if (code === 1 || code === 2) {
		return 22;
	}

	if ([3, 4, 7, 8, 9].includes(code)) {
		return code + 20;
	}

	if ((code >= 30 && code <= 38) || (code >= 90 && code <= 97)) {
		return 39;
	}

	return (code >= 40 && code <= 48) || (code >= 100 && code <= 107) ? 49 : undefined;
}

/** Closes the styles open at the end of each line and opens them again at the start of the next. */
function restyle(lines: readonly string[]): string[] {
	// The codes in force, each with the code that ends it.
	const open = new Map<string, number>();
	return lines.map(line => {
		const reopened = [...open.keys()].join('');
		for (const [code] of line.matchAll(sgr)) {
			// ESC [ m, with no number, is a reset, as Number('') is 0.
			const first = Number(code.slice(2, -1).split(';')[0]);
			const closing = closingCode(first);
			if (closing !== undefined) {
				open.set(code, closing);
				continue;
			}

			for (const [opening, ending] of open) {
				if (first === 0 || ending === first) {
					open.delete(opening);
				}
			}
		}

		const closed = [...new Set(open.values())].map(code => `\u001B[${code}m`).join('');
		return reopened + line + closed;
	});
}
