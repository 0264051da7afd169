/*
A screen's characters as SVG text: one `<text>` per row, one `<tspan>` per run of cells in one style, each
placed at its cell. A run of Latin letters is stretched to exactly its cells (`textLength`), and any other
character (a symbol, a wide CJK character) is placed alone, so that alignment does not depend on the font.
*/
import {isCellGraphic} from './cell-graphics.js';
import type {Look} from './look.js';
import {type Metrics, number} from './metrics.js';
import {escapeXml} from './svg-escape.js';

type Run = {readonly column: number; readonly cells: number; readonly text: string; readonly look: Look};

/** Letters every monospace font has at its one advance: ASCII and the Latin blocks (é, ß, ł, ·). */
const latin = /^[\u0020-\u007E\u00A0-\u024F]$/v;

/**
Blanks that end a run and start another: two. A run then holds only single spaces, which no renderer
collapses (Chrome collapses a run of spaces in an `<img>` despite `xml:space` and `white-space: pre`).
*/
const gapLength = 2;

const styleOf = (look: Look) => `${look.fg}|${look.bold}|${look.dim}|${look.italic}`;

function isShown(look: Look): boolean {
	return !look.hidden && look.text !== ' ' && look.text !== '' && !isCellGraphic(look.text);
}

/** The row's runs, without blanks at either end of a run. */
function runsOf(cells: readonly Look[]): Run[] {
	const result: Run[] = [];
	let current: {column: number; cells: Look[]} | undefined;
	let blanks = 0;
	const end = () => {
		if (current) {
			const kept = [...current.cells];
			while (kept.at(-1)?.text === ' ') {
				kept.pop();
			}

			result.push({
				column: current.column,
				cells: kept.length,
				text: kept.map(look => look.text).join(''),
				look: kept[0]!,
			});
		}

		current = undefined;
		blanks = 0;
	};

	for (const [column, look] of cells.entries()) {
		if (look.width === 0) {
			continue;
		}

		const isBlank = look.text === ' ' && !look.hidden;
		if (isBlank) {
			blanks++;
			if (current && blanks < gapLength) {
				current.cells.push(look);
			} else {
				end();
			}

			continue;
		}

		if (!isShown(look)) {
			end();
			continue;
		}

		const joins = look.width === 1 && latin.test(look.text);
		if (current && joins && styleOf(current.cells[0]!) === styleOf(look)) {
			current.cells.push(look);
			blanks = 0;
			continue;
		}

		end();
		if (joins) {
			current = {column, cells: [look]};
		} else {
			result.push({column, cells: look.width, text: look.text, look});
		}
	}

	end();
	return result;
}

function tspan({column, cells, text, look}: Run, foreground: string, {cellWidth}: Metrics): string {
	const attributes = [
		`x="${number(column * cellWidth)}"`,
		cells > 1 && [...text].length === cells ? `textLength="${number(cells * cellWidth)}"` : '',
		look.fg === foreground ? '' : `fill="${look.fg}"`,
		look.bold ? 'font-weight="bold"' : '',
		look.italic ? 'font-style="italic"' : '',
		look.dim ? 'fill-opacity="0.5"' : '',
	].filter(Boolean);
	return `<tspan ${attributes.join(' ')}>${escapeXml(text)}</tspan>`;
}

/** The text of a screen's looks, in `foreground` unless a cell says otherwise. */
export function screenText(looks: ReadonlyArray<readonly Look[]>, foreground: string, metrics: Metrics): string {
	return looks
		.map((cells, row) => {
			const runs = runsOf(cells);
			if (runs.length === 0) {
				return '';
			}

			const spans = runs.map(run => tspan(run, foreground, metrics)).join('');
			return `<text y="${number(row * metrics.lineHeight + metrics.baseline)}">${spans}</text>`;
		})
		.join('');
}
