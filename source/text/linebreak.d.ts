// The linebreak package (UAX #14) ships no types: the part of it this program uses.
declare module 'linebreak' {
	type Break = {readonly position: number; readonly required: boolean};

	export default class LineBreaker {
		constructor(text: string);
		nextBreak(): Break | undefined;
	}
}
