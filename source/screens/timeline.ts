import {employerKey} from '../resume/build-work.js';
import {formatDuration, monthsCovered} from '../resume/dates.js';
import type {Company, PartialDate, Span} from '../resume/model.js';
import {displayWidth, padEnd} from '../text/text.js';
import type {ViewContext} from './types.js';
import {largest} from './largest.js';

const monthIndex = (date: PartialDate, fallbackMonth: number): number =>
	date.year * 12 + (date.month ?? fallbackMonth) - 1;

/**
The career as bars over the years, one row an employer, a bar each stint there, with a year axis underneath:

    Meta Platforms, Inc   ·························█████  5 yrs 2 mos
    Akamai                █······██······················  1 yr 10 mos
                            2014      2018      2022
*/
export function timeline(companies: readonly Company[], context: ViewContext): string[] {
	const {theme, width, today} = context;
	const rows = employers(companies);
	if (rows.length === 0) {
		return [];
	}

	const spans = rows.flatMap(row => row.stints);
	const first = -largest(spans.map(span => -monthIndex(span.start, 1)));
	const last = largest(spans.map(span => monthIndex(span.end ?? today, 12)));
	const months = last - first + 1;
	const notes = rows.map(row => formatDuration(monthsCovered(row.stints, today)));
	const noteWidth = width >= 60 ? largest(notes.map(note => displayWidth(note))) + 2 : 0;
	const labelWidth = Math.min(largest(rows.map(row => displayWidth(row.name))), Math.max(8, Math.floor(width * 0.28)));
	const barWidth = Math.max(4, width - labelWidth - 2 - noteWidth);
	const column = (month: number): number => Math.floor(((month - first) * barWidth) / months);

	const lines = rows.map((row, index) => {
		const filled = Array.from({length: barWidth}, () => false);
		for (const span of row.stints) {
			// Kept inside the bar even for a span that ends before it starts or starts after today.
			const start = Math.min(Math.max(0, column(monthIndex(span.start, 1))), barWidth - 1);
			const end = Math.min(Math.max(start + 1, column(monthIndex(span.end ?? today, 12) + 1)), barWidth);
			filled.fill(true, start, end);
		}

		const bar = runs(filled)
			.map(({on, length}) =>
				on ? theme.accent(theme.glyphs.bar.repeat(length)) : theme.muted(theme.glyphs.track.repeat(length)),
			)
			.join('');
		const note = noteWidth > 0 ? '  ' + theme.muted(notes[index]!) : '';
		return `${padEnd(row.name, labelWidth, theme.glyphs.ellipsis)}  ${bar}${note}`;
	});

	return [...lines, ' '.repeat(labelWidth + 2) + theme.muted(yearAxis(first, months, barWidth, column))];
}

/** Each employer once, in the order first met, with its stints from every company entry of that name. */
function employers(companies: readonly Company[]): Array<{name: string; stints: Span[]}> {
	const byName = new Map<string, {name: string; stints: Span[]}>();
	for (const company of companies) {
		if (company.stints.length === 0) {
			continue;
		}

		const key = employerKey(company.name);
		const row = byName.get(key) ?? {name: company.name, stints: []};
		row.stints.push(...company.stints);
		byName.set(key, row);
	}

	return [...byName.values()];
}

/** Runs of equal values: [true, true, false] is two on, then one off. */
function runs(values: readonly boolean[]): Array<{on: boolean; length: number}> {
	const result: Array<{on: boolean; length: number}> = [];
	for (const value of values) {
		const last = result.at(-1);
		if (last?.on === value) {
			last.length++;
		} else {
			result.push({on: value, length: 1});
		}
	}

	return result;
}

/** Years between labelled ticks, in the order tried: a scale a reader can count along. */
const tickSteps = [1, 2, 5, 10, 20, 50, 100];

/** Columns from one label's start to the next one's, at the least: a year and four spaces. */
const tickSpacing = 8;

/**
The years labelled under the bars and the column each starts at: every `step` years, each where its January
falls on the bar's linear scale of months (never moved to fit), the step the smallest that keeps the labels
apart. A year that starts before the bar, or whose label would run past its end, is not labelled.
*/
export function yearTicks(
	first: number,
	months: number,
	barWidth: number,
	column: (month: number) => number,
): Array<{readonly year: number; readonly at: number}> {
	const lastYear = Math.floor((first + months - 1) / 12);
	const step = tickSteps.find(candidate => (barWidth * candidate * 12) / months >= tickSpacing) ?? tickSteps.at(-1)!;
	const ticks: Array<{year: number; at: number}> = [];
	for (let year = Math.ceil(first / 12 / step) * step; year <= lastYear; year += step) {
		const at = column(year * 12);
		if (year * 12 >= first && at + String(year).length <= barWidth) {
			ticks.push({year, at});
		}
	}

	return ticks;
}

/** The year labels under the bars, each at its tick. */
function yearAxis(first: number, months: number, barWidth: number, column: (month: number) => number): string {
	let axis = '';
	for (const {year, at} of yearTicks(first, months, barWidth, column)) {
		axis = axis.padEnd(at) + String(year);
	}

	return axis;
}
