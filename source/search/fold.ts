/**
Letters that carry their accent in themselves rather than in a combining mark, so that decomposing them
leaves them as they are: folded as a reader would type them.
*/
const letters = new Map([
	['ø', 'o'],
	['ł', 'l'],
	['đ', 'd'],
	['ð', 'd'],
	['þ', 'th'],
	['æ', 'ae'],
	['œ', 'oe'],
	['ß', 'ss'],
	['ı', 'i'],
	['ς', 'σ'],
]);

const folded = new Map<string, string>();

/** One character as search compares it: case-folded, decomposed, without its combining marks. */
function foldCharacter(character: string): string {
	let fold = folded.get(character);
	if (fold === undefined) {
		fold = [...character.toLowerCase().normalize('NFD').replaceAll(/\p{M}/gv, '')]
			.map(part => letters.get(part) ?? part)
			.join('');
		folded.set(character, fold);
	}

	return fold;
}

// Printable ASCII, tabs and line breaks: text that folds by lowering its case alone.
// eslint-disable-next-line no-control-regex
const ascii = /^[\u0000-\u007F]*$/v;

/** Text as search compares it: "Résumé" and "RESUME" both fold to "resume". */
export function fold(text: string): string {
	if (ascii.test(text)) {
		return text.toLowerCase();
	}

	let result = '';
	for (const character of text) {
		result += foldCharacter(character);
	}

	return result;
}

/**
Folded text with, for each of its code units, the range of the original text it came from: what turns a
match in the folded text back into the characters to highlight. A combining mark belongs to the letter before it.
*/
export type FoldedText = {
	readonly text: string;
	readonly starts: readonly number[];
	readonly ends: readonly number[];
};

export function foldWithOrigins(text: string): FoldedText {
	if (ascii.test(text)) {
		// Each code unit folds to one, in place: a megabyte of it is mapped without a loop over characters.
		return {
			text: text.toLowerCase(),
			starts: Array.from({length: text.length}, (_, unit) => unit),
			ends: Array.from({length: text.length}, (_, unit) => unit + 1),
		};
	}

	let result = '';
	const starts: number[] = [];
	const ends: number[] = [];
	let index = 0;
	for (const character of text) {
		const end = index + character.length;
		const fold = foldCharacter(character);
		if (fold === '') {
			// A mark of its own: the letter it sits on takes it.
			for (let unit = ends.length - 1; unit >= 0 && ends[unit] === index; unit--) {
				ends[unit] = end;
			}
		}

		// One of each per code unit of what it folds to.
		for (let units = fold.length; units > 0; units--) {
			starts.push(index);
			ends.push(end);
		}

		result += fold;
		index = end;
	}

	return {text: result, starts, ends};
}
