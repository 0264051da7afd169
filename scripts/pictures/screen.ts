/*
A terminal screen as plain data: each cell's character and attributes, read once from a headless xterm so that
the SVG renderer is a pure function of it (and a test can build one by hand).
*/
import type {IBuffer} from '@xterm/headless';

/** A cell's colour: the terminal's default, one of the 256 indexed colours (0–15 the palette), or 24-bit. */
export type Color =
	| {readonly kind: 'default'}
	| {readonly kind: 'indexed'; readonly index: number}
	| {readonly kind: 'rgb'; readonly rgb: number};

export type Cell = {
	/** What the cell shows: one grapheme, '' for the right half of a wide character. */
	readonly text: string;
	/** Columns taken: 2 for a wide (CJK) character, 0 for the cell it covers, 1 otherwise. */
	readonly width: number;
	readonly fg: Color;
	readonly bg: Color;
	readonly bold?: boolean;
	readonly dim?: boolean;
	readonly italic?: boolean;
	readonly underline?: boolean;
	readonly strikethrough?: boolean;
	readonly inverse?: boolean;
	readonly invisible?: boolean;
};

export type Screen = {
	readonly columns: number;
	readonly rows: number;
	/** `rows` rows of `columns` cells. */
	readonly cells: ReadonlyArray<readonly Cell[]>;
};

export const defaultColor: Color = {kind: 'default'};

/** A blank cell in the default colours. */
export const blank: Cell = {text: ' ', width: 1, fg: defaultColor, bg: defaultColor};

type CellView = NonNullable<ReturnType<NonNullable<ReturnType<IBuffer['getLine']>>['getCell']>>;

function colorOf(isDefault: boolean, isRgb: boolean, value: number): Color {
	if (isDefault) {
		return defaultColor;
	}

	return isRgb ? {kind: 'rgb', rgb: value} : {kind: 'indexed', index: value};
}

function cellOf(view: CellView): Cell {
	const width = view.getWidth();
	const flags = {
		bold: view.isBold() !== 0,
		dim: view.isDim() !== 0,
		italic: view.isItalic() !== 0,
		underline: view.isUnderline() !== 0,
		strikethrough: view.isStrikethrough() !== 0,
		inverse: view.isInverse() !== 0,
		invisible: view.isInvisible() !== 0,
	};
	const set = Object.fromEntries(Object.entries(flags).filter(([, on]) => on));
	return {
		text: view.getChars() || (width === 0 ? '' : ' '),
		width,
		fg: colorOf(view.isFgDefault(), view.isFgRGB(), view.getFgColor()),
		bg: colorOf(view.isBgDefault(), view.isBgRGB(), view.getBgColor()),
		...set,
	};
}

/** The visible part of `buffer` (the active one: the alternate screen while an app runs), `columns`×`rows`. */
export function readScreen(buffer: IBuffer, columns: number, rows: number): Screen {
	const cells = Array.from({length: rows}, (_, row) => {
		const line = buffer.getLine(buffer.viewportY + row);
		return Array.from({length: columns}, (_, column) => {
			const view = line?.getCell(column);
			return view ? cellOf(view) : blank;
		});
	});
	return {columns, rows, cells};
}

/** Whether two screens look the same: the animation shows a repeated screen once. */
export function sameScreen(a: Screen, b: Screen): boolean {
	return a.columns === b.columns && a.rows === b.rows && JSON.stringify(a.cells) === JSON.stringify(b.cells);
}
