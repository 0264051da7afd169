import xtermHeadless from '@xterm/headless';

type Terminal = InstanceType<typeof xtermHeadless.Terminal>;

/** What the public cell API does not say: the cell's hyperlink, kept by xterm in its extended attributes. */
type CellInternals = {readonly extended?: {readonly urlId: number}};
type TerminalInternals = {
	readonly _core: {readonly _oscLinkService: {getLinkData(id: number): {readonly uri: string} | undefined}};
};

/** A headless terminal of `columns`×`rows`. */
export function headlessTerminal(columns: number, rows: number): Terminal {
	return new xtermHeadless.Terminal({cols: columns, rows, allowProposedApi: true});
}

/** Resolves once `data` has been drawn. */
export async function writeTo(terminal: Terminal, data: string): Promise<void> {
	await new Promise<void>(resolve => {
		terminal.write(data, resolve);
	});
}

const plain = '000000000|0:-1/0:-1|';

/** Every visible cell as a person sees it: character, styles, colours and link (in braces, unless plain), one string per row. */
export function cellsOf(terminal: Terminal): string[] {
	const buffer = terminal.buffer.active;
	// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- xterm's link service has no public API
	const links = (terminal as unknown as TerminalInternals)._core._oscLinkService;
	return Array.from({length: terminal.rows}, (_, row) => {
		const line = buffer.getLine(buffer.viewportY + row)!;
		return Array.from({length: terminal.cols}, (_, column) => {
			const cell = line.getCell(column)!;
			// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- nor do a cell's links
			const urlId = (cell as unknown as CellInternals).extended?.urlId ?? 0;
			const styles = [
				cell.isBold(),
				cell.isDim(),
				cell.isItalic(),
				cell.isUnderline(),
				cell.isBlink(),
				cell.isInverse(),
				cell.isInvisible(),
				cell.isStrikethrough(),
				cell.isOverline(),
			]
				.map(Number)
				.join('');
			const colours = `${cell.getFgColorMode()}:${cell.getFgColor()}/${cell.getBgColorMode()}:${cell.getBgColor()}`;
			const link = urlId === 0 ? '' : (links.getLinkData(urlId)?.uri ?? '?');
			const attributes = `${styles}|${colours}|${link}`;
			return `${cell.getChars() || (cell.getWidth() === 0 ? '' : ' ')}${attributes === plain ? '' : `{${attributes}}`}`;
		}).join('');
	});
}
