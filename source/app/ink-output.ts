/*
Ink's Output, replaced at bundle time (scripts/build.js). Ink composes every frame a cell at a time, an object
per cell, so that boxes can overlap, clip and be transformed: at 80×24 that was a third of a key's time on the
server. The app's frame is lines already laid out to fit, each a Text of one line at the left edge; such a frame
is joined as its lines are. Any other frame (a box with padding, a border, a clip, a coloured Text) is composed
by Ink.
*/
import InkOutput from '../../node_modules/ink/build/output.js';

type WriteOptions = Parameters<InkOutput['write']>[3];
type Clip = Parameters<InkOutput['clip']>[0];

export default class Output extends InkOutput {
	/** Each row's text, while every write is one line from the left edge, of a row no other write has. */
	#rows: Array<string | undefined> | undefined = [];

	override write(x: number, y: number, text: string, options: WriteOptions): void {
		super.write(x, y, text, options);
		if (this.#rows === undefined || text === '') {
			return;
		}

		// A text of several lines carries its styles across them, which Ink's cells do.
		if (x !== 0 || y < 0 || text.includes('\n')) {
			this.#rows = undefined;
			return;
		}

		// A Text's styles are its transform, which Ink applies to the line as it has composed it; a plain Text's
		// (every line of this app) leaves the line as it is.
		const plain = options.transformers.every(transform => transform(text, 0) === text);
		if (!plain || this.#rows[y] !== undefined) {
			this.#rows = undefined;
			return;
		}

		this.#rows[y] = text;
	}

	override clip(clip: Clip): void {
		super.clip(clip);
		this.#rows = undefined;
	}

	override get(): {output: string; height: number} {
		const rows = this.#rows;
		if (rows === undefined) {
			return super.get();
		}

		// As Ink's: `height` rows, whatever was written below them left out. A row's blanks are kept: styled ones
		// show, and the cell writer erases plain ones at no cost.
		const lines: string[] = [];
		for (let row = 0; row < this.height; row++) {
			lines.push(rows[row] ?? '');
		}

		return {output: lines.join('\n'), height: this.height};
	}
}
