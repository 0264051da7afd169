import type {Dated, OnDate, PartialDate, Span} from './model.js';

/** The shapes of a date: 2021, 2021-10 or 2021-10-04 (the schema's own pattern is checked by the validator generated from it). */
const isoDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/v;

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Parses a schema date, or returns undefined when it is not one (including impossible months and days). */
export function parseDate(text: string): PartialDate | undefined {
	const match = isoDatePattern.exec(text);
	if (!match) {
		return undefined;
	}

	const [, year, month, day] = match;
	const date: PartialDate = {
		year: Number(year),
		...(month === undefined ? {} : {month: Number(month)}),
		...(day === undefined ? {} : {day: Number(day)}),
	};
	return isRealDate(date) ? date : undefined;
}

/** Whether the month and day, when given, are on the calendar (not 2021-19 or 2021-02-30). */
export function isRealDate(date: PartialDate): boolean {
	if (date.month !== undefined && (date.month < 1 || date.month > 12)) {
		return false;
	}

	return (
		date.day === undefined ||
		(date.month !== undefined && date.day >= 1 && date.day <= daysInMonth(date.year, date.month))
	);
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function dateFromCalendar(today: Date): PartialDate {
	return {year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate()};
}

/** "Oct 2021", or "2012" when the data gives only a year. */
export function formatDate(date: PartialDate): string {
	return date.month === undefined ? String(date.year) : `${monthNames[date.month - 1]!} ${date.year}`;
}

/** "Oct 2021 – present", "Apr 2019 – Sep 2021", "2008 – 2012", or one date when both are the same. */
export function formatSpan(span: Span, separator = '–'): string {
	const start = formatDate(span.start);
	const end = span.end ? formatDate(span.end) : 'present';
	return start === end ? start : `${start} ${separator} ${end}`;
}

/** Glyphs between the parts of a date: the theme's, which are ASCII with --ascii. */
type DateGlyphs = {readonly dash: string; readonly separator: string};

const plainGlyphs: DateGlyphs = {dash: '–', separator: '·'};

/** "Apr 2019 – Sep 2021 · 2 yrs 6 mos", or the dates as written when they could not be read. */
export function describeDated(dated: Dated, today: PartialDate, glyphs = plainGlyphs): string | undefined {
	const {span} = dated;
	return span
		? `${formatSpan(span, glyphs.dash)} ${glyphs.separator} ${formatDuration(monthsInSpan(span, today))}`
		: dated.datesAsWritten;
}

/** "2008 – 2012", or the dates as written: when, without how long. */
export function describeWhen(dated: Dated, glyphs = plainGlyphs): string | undefined {
	return dated.span ? formatSpan(dated.span, glyphs.dash) : dated.datesAsWritten;
}

/**
"2015 – 2017, Mar 2019 – present · 6 yrs 2 mos": each stint, then the time of them all, as the parts a line
may break between when they are joined with spaces: "2015 – 2017,", "Mar 2019 – present ·", "6 yrs 2 mos".
*/
export function describeStints(stints: readonly Span[], today: PartialDate, glyphs = plainGlyphs): string[] {
	if (stints.length === 0) {
		return [];
	}

	const spans = stints.map((stint, index) => formatSpan(stint, glyphs.dash) + (index < stints.length - 1 ? ',' : ''));
	return [...spans.slice(0, -1), `${spans.at(-1)!} ${glyphs.separator}`, formatDuration(monthsCovered(stints, today))];
}

/** "Oct 2021", or the date as written. */
export function describeDate(onDate: OnDate): string | undefined {
	return onDate.date ? formatDate(onDate.date) : onDate.dateAsWritten;
}

/**
Months in a span, counting both the first and the last month, as résumés and LinkedIn do:
Apr 2019 – Sep 2021 is 30 months. A year without a month starts in January and ends in December.
*/
export function monthsInSpan(span: Span, today: PartialDate): number {
	const [first, last] = monthRange(span, today);
	return Math.max(0, last - first + 1);
}

/** Months covered by any of the spans, each counted once however many spans overlap in it. */
export function monthsCovered(spans: readonly Span[], today: PartialDate): number {
	let covered = 0;
	let reached = Number.NEGATIVE_INFINITY;
	for (const [first, last] of spans.map(span => monthRange(span, today)).toSorted((a, b) => a[0] - b[0])) {
		covered += Math.max(0, last - Math.max(first, reached + 1) + 1);
		reached = Math.max(reached, last);
	}

	return covered;
}

/** The first and last month of a span as month numbers (year × 12 + month), as monthsInSpan counts them. */
export function monthRange(span: Span, today: PartialDate): [first: number, last: number] {
	const end = span.end ?? today;
	return [span.start.year * 12 + (span.start.month ?? 1), end.year * 12 + (end.month ?? 12)];
}

/** "2 yrs 6 mos", "1 yr", "3 mos", "1 mo". */
export function formatDuration(months: number): string {
	const years = Math.floor(months / 12);
	const rest = months % 12;
	const parts = [];
	if (years > 0) {
		parts.push(`${years} ${years === 1 ? 'yr' : 'yrs'}`);
	}

	if (rest > 0 || years === 0) {
		parts.push(`${rest} ${rest === 1 ? 'mo' : 'mos'}`);
	}

	return parts.join(' ');
}

/** Orders dates by the first day they can mean (2021 is 1 Jan 2021); a missing date (present) sorts last. */
export function compareDates(a: PartialDate | undefined, b: PartialDate | undefined): number {
	return compareDays(a && firstDay(a), b && firstDay(b));
}

/** Orders end dates by the last day they can mean (2021 ends on 31 Dec 2021); a missing end (present) sorts last. */
export function compareEnds(a: PartialDate | undefined, b: PartialDate | undefined): number {
	return compareDays(a && lastDay(a), b && lastDay(b));
}

/** Whether a period that ends on `end` would be over before one that starts on `start` begins. */
export function endsBefore(end: PartialDate, start: PartialDate): boolean {
	return compareDays(lastDay(end), firstDay(start)) < 0;
}

type Day = readonly [year: number, month: number, day: number];

const firstDay = (date: PartialDate): Day => [date.year, date.month ?? 1, date.day ?? 1];
const lastDay = (date: PartialDate): Day => [date.year, date.month ?? 12, date.day ?? 31];

function compareDays(a: Day | undefined, b: Day | undefined): number {
	if (!a || !b) {
		return (a ? 0 : 1) - (b ? 0 : 1);
	}

	return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
