/**
The styling a terminal applies to what it prints next (SGR state): on/off attributes and three colours. Pens
are interned, so that equal pens are the same object and cells compare by identity.
*/
export type Pen = {
	/** The attributes that are on, by their SGR code (1 bold, 2 dim, 3 italic, 4 underline, …), in that order. */
	readonly attributes: readonly number[];
	/** Foreground colour as its SGR parameters (`31`, `38;5;208`, `38;2;1;2;3`); empty for the default. */
	readonly fg: string;
	readonly bg: string;
	/** Underline colour (`58;…`). */
	readonly ul: string;
	/** The SGR parameters that set this pen from the default one. */
	readonly codes: readonly string[];
};

/** Each attribute's SGR "on" code, with the code that turns it off (bold and dim share 22). */
const offCode = new Map([
	[1, 22],
	[2, 22],
	[3, 23],
	[4, 24],
	[5, 25],
	[7, 27],
	[8, 28],
	[9, 29],
	[53, 55],
]);
const turnedOff = new Map<number, number[]>();
for (const [on, off] of offCode) {
	turnedOff.set(off, [...(turnedOff.get(off) ?? []), on]);
}

const pens = new Map<string, Pen>();

function penOf(attributes: ReadonlySet<number>, fg: string, bg: string, ul: string): Pen {
	const on = [...offCode.keys()].filter(code => attributes.has(code));
	const key = `${on.join(',')}|${fg}|${bg}|${ul}`;
	let pen = pens.get(key);
	if (!pen) {
		pen = {attributes: on, fg, bg, ul, codes: [...on.map(String), ...[fg, bg, ul].filter(Boolean)]};
		pens.set(key, pen);
	}

	return pen;
}

export const defaultPen = penOf(new Set(), '', '', '');

/**
The pen after an SGR sequence's parameters (`1;38;5;208`) are applied to `pen`; undefined for parameters this
writer does not model (sub-parameters such as `4:3`, fonts, blink rates), whose lines are then sent as they are.
*/
export function applySgr(pen: Pen, parameters: string): Pen | undefined {
	const attributes = new Set(pen.attributes);
	const colours = {fg: pen.fg, bg: pen.bg, ul: pen.ul};
	const list = parameters === '' ? ['0'] : parameters.split(';');
	for (let index = 0; index < list.length; index++) {
		const part = list[index]!;
		if (!/^\d*$/v.test(part)) {
			return undefined;
		}

		const code = Number(part);
		const extended = extendedColour.get(code);
		const basic = basicColour(code);
		if (extended) {
			// 38;5;n or 38;2;r;g;b, and the same for 48 and 58.
			const length = list[index + 1] === '5' ? 2 : list[index + 1] === '2' ? 4 : 0;
			const colour = list.slice(index, index + 1 + length);
			if (length === 0 || colour.length !== length + 1 || colour.some(value => !/^\d+$/v.test(value))) {
				return undefined;
			}

			index += length;
			colours[extended] = colour.join(';');
		} else if (basic) {
			colours[basic] = resetColour.has(code) ? '' : part;
		} else if (code === 0) {
			attributes.clear();
			Object.assign(colours, {fg: '', bg: '', ul: ''});
		} else if (offCode.has(code)) {
			attributes.add(code);
		} else if (turnedOff.has(code)) {
			for (const on of turnedOff.get(code)!) {
				attributes.delete(on);
			}
		} else {
			return undefined;
		}
	}

	return penOf(attributes, colours.fg, colours.bg, colours.ul);
}

type Colour = 'fg' | 'bg' | 'ul';

const extendedColour = new Map<number, Colour>([
	[38, 'fg'],
	[48, 'bg'],
	[58, 'ul'],
]);
const resetColour = new Map<number, Colour>([
	[39, 'fg'],
	[49, 'bg'],
	[59, 'ul'],
]);

/** Which colour a one-number SGR code sets (30–37, 90–97, 40–47, 100–107) or resets (39, 49, 59). */
function basicColour(code: number): Colour | undefined {
	if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) {
		return 'fg';
	}

	if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) {
		return 'bg';
	}

	return resetColour.get(code);
}

/** The shortest SGR sequence that turns pen `from` (undefined: not known) into pen `to`; empty when they are the same. */
export function penChange(from: Pen | undefined, to: Pen): string {
	if (from === to) {
		return '';
	}

	const reset = to === defaultPen ? '\u001B[m' : `\u001B[0;${to.codes.join(';')}m`;
	if (!from) {
		return reset;
	}

	const codes = new Set<string>();
	const kept = new Set(from.attributes);
	for (const on of from.attributes) {
		if (!to.attributes.includes(on)) {
			const off = offCode.get(on)!;
			codes.add(String(off));
			for (const alsoOff of turnedOff.get(off)!) {
				kept.delete(alsoOff);
			}
		}
	}

	for (const on of to.attributes) {
		if (!kept.has(on)) {
			codes.add(String(on));
		}
	}

	for (const [before, after, off] of [
		[from.fg, to.fg, '39'],
		[from.bg, to.bg, '49'],
		[from.ul, to.ul, '59'],
	] as const) {
		if (before !== after) {
			codes.add(after || off);
		}
	}

	const stepwise = `\u001B[${[...codes].join(';')}m`;
	return stepwise.length < reset.length ? stepwise : reset;
}
