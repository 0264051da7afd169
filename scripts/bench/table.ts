/* The report's cells and tables: figures with their units, target marks, changes since the last run. */

export function format(value: number, unit: string): string {
	const digits = unit === 'ms' && value >= 100 ? 0 : 1;
	return `${value.toFixed(digits)} ${unit}`;
}

export function mark(pass: boolean): string {
	return pass ? '✓' : '✗';
}

/** The change from the previous run's figure, as a percentage; empty when there was none. */
export function change(now: number, before: number | undefined): string {
	if (before === undefined) {
		return '';
	}

	const percent = ((now - before) / before) * 100;
	return Math.abs(percent) < 0.5 ? '=' : `${percent > 0 ? '+' : '−'}${Math.abs(percent).toFixed(0)}%`;
}

/** Pads the columns to one width each; `align` has an l (text) or r (figures) per column. */
export function table(rows: ReadonlyArray<readonly string[]>, align: string): string {
	const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map(row => row[column]?.length ?? 0)));
	const pad = (cell: string, column: number) =>
		align[column] === 'l' ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!);
	return rows
		.map(row =>
			row
				.map((cell, column) => pad(cell, column))
				.join('  ')
				.trimEnd(),
		)
		.join('\n');
}
