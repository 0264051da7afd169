import {formatDate, parseDate} from './dates.js';
import type {Dated, OnDate, Span} from './model.js';
import {clean} from './clean.js';

/**
The span of a start and an end date, or, when either cannot be read (08-12-2020, 2021-19), the dates as
written, each read one formatted: no end means "present".
*/
export function toDated(startDate?: string, endDate?: string): Dated {
	const startText = clean(startDate);
	const endText = clean(endDate);
	const start = startText === undefined ? undefined : parseDate(startText);
	const end = endText === undefined ? undefined : parseDate(endText);
	if (start && (end !== undefined || endText === undefined)) {
		const span: Span = end ? {start, end} : {start};
		return {span};
	}

	if (startText === undefined) {
		// An end alone says when it ended, which is worth showing, but not how long it went on.
		return endText === undefined ? {} : {datesAsWritten: end ? formatDate(end) : endText};
	}

	const shown = (date: ReturnType<typeof parseDate>, text: string) => (date ? formatDate(date) : text);
	return {datesAsWritten: `${shown(start, startText)} – ${endText === undefined ? 'present' : shown(end, endText)}`};
}

/** A single date, read, or as written when it cannot be. */
export function toOnDate(dateText?: string): OnDate {
	const text = clean(dateText);
	if (text === undefined) {
		return {};
	}

	const date = parseDate(text);
	return date ? {date} : {dateAsWritten: text};
}
