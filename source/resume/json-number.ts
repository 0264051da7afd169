/**
A number as it was written in a JSON file, kept because a double cannot hold it (12345678901234567890,
1e400, 1.00000000000000000001): written back as it came, where JSON.stringify would round it or write null.
*/
export class JsonNumber {
	readonly source: string;

	constructor(source: string) {
		this.source = source;
	}
}

/** The number a literal stands for, or a JsonNumber when a double written back would not say the same. */
export function jsonNumber(literal: string): number | JsonNumber {
	const value = Number(literal);
	return Number.isFinite(value) && decimalKey(String(value)) === decimalKey(literal) ? value : new JsonNumber(literal);
}

/** A decimal in one spelling: sign, significant digits, and the place of the point ("1.50e3" and "1500" alike). */
function decimalKey(number: string): string {
	const [, sign = '', whole = '', fraction = '', exponent = '0'] =
		/^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+\-]?\d+))?$/v.exec(number) ?? [];
	const digits = whole + fraction;
	const leading = /^0*/v.exec(digits)![0].length;
	const significant = digits.slice(leading).replace(/0+$/v, '');
	if (significant === '') {
		return '0';
	}

	return `${sign}${significant}e${BigInt(exponent) + BigInt(whole.length - leading)}`;
}
