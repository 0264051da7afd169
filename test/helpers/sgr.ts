/*
Reads SGR escape codes as a terminal does, to tell what colours and weight a piece of styled text is drawn
in: for the contrast checks and for telling the selection from the rest of a screen.
*/

/** A colour as written: the terminal's default, one of its 16, one of the 256, or an exact one. */
export type SgrColor =
	| {readonly kind: 'default'}
	| {readonly kind: 'ansi'; readonly index: number}
	| {readonly kind: 'rgb'; readonly rgb: readonly [number, number, number]};

export type SgrState = {
	readonly foreground: SgrColor;
	readonly background: SgrColor;
	readonly bold: boolean;
	readonly inverse: boolean;
	readonly underline: boolean;
};

const initial: SgrState = {
	foreground: {kind: 'default'},
	background: {kind: 'default'},
	bold: false,
	inverse: false,
	underline: false,
};

/** The style each visible character of `text` is drawn in, in order. */
export function stylesOf(text: string): Array<{readonly character: string; readonly style: SgrState}> {
	const styled: Array<{character: string; style: SgrState}> = [];
	let state = initial;
	// eslint-disable-next-line no-control-regex
	const pattern = /\u001B\[([\d;]*)m|\u001B\][^\u0007]*\u0007|([^\u001B])/gv;
	for (const match of text.matchAll(pattern)) {
		if (match[1] !== undefined) {
			state = apply(state, match[1]);
		} else if (match[2] !== undefined) {
			styled.push({character: match[2], style: state});
		}
	}

	return styled;
}

/** The style of the first occurrence of `marker` (one character) in `text`. */
export function styleOf(text: string, marker: string): SgrState {
	const found = stylesOf(text).find(({character}) => character === marker);
	if (!found) {
		throw new Error(`${JSON.stringify(marker)} is not in ${JSON.stringify(text)}`);
	}

	return found.style;
}

function apply(state: SgrState, parameters: string): SgrState {
	const codes = parameters === '' ? [0] : parameters.split(';').map(Number);
	let next = {...state};
	for (let index = 0; index < codes.length; index++) {
		const code = codes[index]!;
		if (code === 38 || code === 48) {
			const [color, used] = extendedColor(codes, index + 1);
			next = code === 38 ? {...next, foreground: color} : {...next, background: color};
			index += used;
		} else {
			next = {...next, ...basic(code)};
		}
	}

	return next;
}

function extendedColor(codes: readonly number[], from: number): [SgrColor, number] {
	if (codes[from] === 5) {
		return [{kind: 'ansi', index: codes[from + 1]!}, 2];
	}

	return [{kind: 'rgb', rgb: [codes[from + 1]!, codes[from + 2]!, codes[from + 3]!]}, 4];
}

function basic(code: number): Partial<SgrState> {
	if (code === 0) {
		return initial;
	}

	const changes = new Map<number, Partial<SgrState>>([
		[1, {bold: true}],
		[22, {bold: false}],
		[4, {underline: true}],
		[24, {underline: false}],
		[7, {inverse: true}],
		[27, {inverse: false}],
		[39, {foreground: {kind: 'default'}}],
		[49, {background: {kind: 'default'}}],
	]);
	const change = changes.get(code);
	if (change) {
		return change;
	}

	if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) {
		return {foreground: {kind: 'ansi', index: code >= 90 ? code - 82 : code - 30}};
	}

	if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) {
		return {background: {kind: 'ansi', index: code >= 100 ? code - 92 : code - 40}};
	}

	return {};
}
