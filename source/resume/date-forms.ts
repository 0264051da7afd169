import {isRealDate} from './dates.js';
import type {PartialDate} from './model.js';

/** How a date that is not in the schema's form reads: a date, "present", or neither (shown as written). */
export type DateReading = {readonly kind: 'date'; readonly date: PartialDate} | {readonly kind: 'present'};

/** Words people write for "still going": English, and the languages résumés in the wild are often in. */
const presentWords = new Set([
	'present',
	// YAML's "endDate: null", read as text.
	'null',
	'current',
	'currently',
	'now',
	'today',
	'ongoing',
	'heute',
	'aktuell',
	'jetzt',
	'atual',
	'atualmente',
	'presente',
	'actual',
	'actualidad',
	'hoy',
	'aujourd’hui',
	"aujourd'hui",
	'至今',
	'现在',
	'現在',
	'今',
]);

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
The date forms people write instead of the schema's 2021, 2021-10 or 2021-10-04: "Present" and blanks (as an
end date), "Mar 2022", "March 2022", "Mar-2022", "03/2022", "2022/03", "2022-3", "2022-03-01T00:00:00Z", and
"25-12-2020" or "12/25/2020" where the day cannot be taken for the month. Undefined for anything else, such
as "08-12-2020" (August or December?), which is then shown as written.
*/
export function readDateForm(value: unknown, {end}: {readonly end: boolean}): DateReading | undefined {
	if (value === null || value === undefined) {
		return end ? {kind: 'present'} : undefined;
	}

	if (typeof value !== 'string') {
		return undefined;
	}

	const text = value.trim().toLowerCase();
	if (end && (text === '' || presentWords.has(text))) {
		return {kind: 'present'};
	}

	const date = calendarDate(text);
	return date && isRealDate(date) ? {kind: 'date', date} : undefined;
}

function calendarDate(text: string): PartialDate | undefined {
	// 2022-03-01T00:00:00Z, 2022-03-01 12:00: the day is what a résumé means.
	const timestamp = /^(\d{4})-(\d{2})-(\d{2})[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+\-]\d{2}:?\d{2})?$/v.exec(text);
	if (timestamp) {
		return {year: Number(timestamp[1]), month: Number(timestamp[2]), day: Number(timestamp[3])};
	}

	// Mar 2022, March 2022, Mar-2022, Mar. 2022, Sept 2022
	const named = /^(\p{L}{3,9})\.?[\s\-\/,]*(\d{4})$/v.exec(text);
	if (named) {
		const month = monthNames.indexOf(named[1]!.slice(0, 3)) + 1;
		const known = month > 0 && (named[1]!.length <= 4 || fullMonthName(month) === named[1]);
		return known ? {year: Number(named[2]), month} : undefined;
	}

	// 2022/03, 2022-3, 2022.03.15
	const yearFirst = /^(\d{4})[\-\/.](\d{1,2})(?:[\-\/.](\d{1,2}))?$/v.exec(text);
	if (yearFirst) {
		const [, year, month, day] = yearFirst;
		return {year: Number(year), month: Number(month), ...(day === undefined ? {} : {day: Number(day)})};
	}

	// 03/2022, 3-2022, 03.2022
	const monthFirst = /^(\d{1,2})[\-\/.](\d{4})$/v.exec(text);
	if (monthFirst) {
		return {year: Number(monthFirst[2]), month: Number(monthFirst[1])};
	}

	// 25-12-2020 or 12/25/2020; 08-12-2020 could be either, and 08-08-2020 is both.
	const dayAndMonth = /^(\d{1,2})[\-\/.](\d{1,2})[\-\/.](\d{4})$/v.exec(text);
	if (dayAndMonth) {
		const [first, second, year] = [Number(dayAndMonth[1]), Number(dayAndMonth[2]), Number(dayAndMonth[3])];
		if (first === second || second > 12) {
			return {year, month: first, day: second};
		}

		return first > 12 ? {year, month: second, day: first} : undefined;
	}

	return undefined;
}

const fullMonths = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];

function fullMonthName(month: number): string {
	return fullMonths[month - 1]!;
}

/** The schema's form of a date: 2021, 2021-10 or 2021-10-04. */
export function isoDate(date: PartialDate): string {
	const two = (value: number) => String(value).padStart(2, '0');
	return [String(date.year), date.month && two(date.month), date.day && two(date.day)].filter(Boolean).join('-');
}
