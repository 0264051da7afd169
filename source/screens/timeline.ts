import {formatDuration, monthsInSpan} from '../resume/dates.js';
import type {Company, PartialDate} from '../resume/model.js';
import {displayWidth, padEnd} from '../text/text.js';
import type {ViewContext} from './types.js';

const monthIndex = (date: PartialDate, fallbackMonth: number): number =>
	date.year * 12 + (date.month ?? fallbackMonth) - 1;

/**
The career as bars over the years, one row a company, with a year axis underneath:

    Meta Platforms, Inc   ·························█████  5 yrs 2 mos
    Akamai                █·····························  10 mos
                          2012      2016      2020
*/
export function timeline(companies: readonly Company[], context: ViewContext): string[] {
	const {theme, width, today} = context;
	const rows = companies.flatMap(company => (company.span ? [{name: company.name, span: company.span}] : []));
	if (rows.length === 0) {
		return [];
	}

	const first = -largest(rows.map(row => -monthIndex(row.span.start, 1)));
	const last = largest(rows.map(row => monthIndex(row.span.end ?? today, 12)));
	const months = last - first + 1;
	const notes = rows.map(row => formatDuration(monthsInSpan(row.span, today)));
	const noteWidth = width >= 60 ? largest(notes.map(note => displayWidth(note))) + 2 : 0;
	const labelWidth = Math.min(largest(rows.map(row => displayWidth(row.name))), Math.max(8, Math.floor(width * 0.28)));
	const barWidth = Math.max(4, width - labelWidth - 2 - noteWidth);
	const column = (month: number): number => Math.floor(((month - first) * barWidth) / months);

	const lines = rows.map((row, index) => {
		// Kept inside the bar even for a span that ends before it starts or starts after today.
		const start = Math.min(Math.max(0, column(monthIndex(row.span.start, 1))), barWidth - 1);
		const end = Math.min(Math.max(start + 1, column(monthIndex(row.span.end ?? today, 12) + 1)), barWidth);
		const bar =
			theme.muted(theme.glyphs.track.repeat(start)) +
			theme.accent(theme.glyphs.bar.repeat(end - start)) +
			theme.muted(theme.glyphs.track.repeat(barWidth - end));
		const note = noteWidth > 0 ? '  ' + theme.muted(notes[index]!) : '';
		return `${padEnd(row.name, labelWidth, theme.glyphs.ellipsis)}  ${bar}${note}`;
	});

	return [...lines, ' '.repeat(labelWidth + 2) + theme.muted(yearAxis(first, months, barWidth, column))];
}

/** Year labels under the bars, as many as fit with space between them. */
function yearAxis(first: number, months: number, barWidth: number, column: (month: number) => number): string {
	const firstYear = Math.floor(first / 12);
	const lastYear = Math.floor((first + months - 1) / 12);
	const steps = [1, 2, 4, 5, 10, 20, 50];
	const step = steps.find(candidate => (barWidth * candidate * 12) / months >= 8) ?? steps.at(-1)!;
	let axis = '';
	for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) {
		const at = Math.max(0, column(year * 12));
		const label = String(year);
		if (at >= axis.length + (axis ? 1 : 0) && at + label.length <= barWidth) {
			axis = axis.padEnd(at) + label;
		}
	}

	return axis;
}

/** The largest number, by a loop: spread into Math.max, 150,000 of them overflow the call stack. */
function largest(numbers: readonly number[]): number {
	let most = -Infinity;
	for (const number of numbers) {
		most = Math.max(most, number);
	}

	return most;
}
