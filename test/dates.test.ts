import test from 'ava';
import {compareDates, formatDate, formatDuration, formatSpan, monthsInSpan, parseDate} from '../source/resume/dates.js';
import type {PartialDate} from '../source/resume/model.js';

const today: PartialDate = {year: 2026, month: 11, day: 26};

test('parseDate reads a year, a month and a day', t => {
	t.deepEqual(parseDate('2021'), {year: 2021});
	t.deepEqual(parseDate('2021-10'), {year: 2021, month: 10});
	t.deepEqual(parseDate('2021-10-04'), {year: 2021, month: 10, day: 4});
});

test('parseDate accepts the last day of a month, including 29 February in a leap year', t => {
	t.deepEqual(parseDate('2024-02-29'), {year: 2024, month: 2, day: 29});
	t.deepEqual(parseDate('2021-12-31'), {year: 2021, month: 12, day: 31});
	t.deepEqual(parseDate('2021-01'), {year: 2021, month: 1});
});

test('parseDate rejects impossible months and days', t => {
	t.is(parseDate('2021-13'), undefined);
	t.is(parseDate('2021-00'), undefined);
	t.is(parseDate('2021-02-30'), undefined);
	t.is(parseDate('2023-02-29'), undefined);
	t.is(parseDate('2021-04-31'), undefined);
	t.is(parseDate('2021-10-00'), undefined);
});

test('parseDate rejects text that is not a schema date', t => {
	for (const text of ['Oct 2021', '', '21', '2021-1', '2021-10-4', '2021/10', ' 2021', '2021-10-04T00:00', 'present']) {
		t.is(parseDate(text), undefined, `parsed ${JSON.stringify(text)}`);
	}
});

test('formatDate shows a month as a short name and a bare year as the year', t => {
	t.is(formatDate({year: 2021, month: 10}), 'Oct 2021');
	t.is(formatDate({year: 2021, month: 1, day: 4}), 'Jan 2021');
	t.is(formatDate({year: 2021, month: 12}), 'Dec 2021');
	t.is(formatDate({year: 2012}), '2012');
});

test('formatSpan without an end says present', t => {
	t.is(formatSpan({start: {year: 2021, month: 10}}), 'Oct 2021 – present');
});

test('formatSpan shows both ends, year-only ones as years', t => {
	t.is(formatSpan({start: {year: 2019, month: 4}, end: {year: 2021, month: 9}}), 'Apr 2019 – Sep 2021');
	t.is(formatSpan({start: {year: 2008}, end: {year: 2012}}), '2008 – 2012');
});

test('formatSpan shows one date when start and end read the same', t => {
	t.is(formatSpan({start: {year: 2020, month: 3}, end: {year: 2020, month: 3}}), 'Mar 2020');
	t.is(formatSpan({start: {year: 2020, month: 3, day: 1}, end: {year: 2020, month: 3, day: 28}}), 'Mar 2020');
	t.is(formatSpan({start: {year: 2012}, end: {year: 2012}}), '2012');
});

test('formatSpan uses the separator it is given', t => {
	t.is(formatSpan({start: {year: 2008}, end: {year: 2012}}, '-'), '2008 - 2012');
	t.is(formatSpan({start: {year: 2021, month: 10}}, '-'), 'Oct 2021 - present');
});

test('monthsInSpan counts the first and the last month', t => {
	t.is(monthsInSpan({start: {year: 2019, month: 4}, end: {year: 2021, month: 9}}, today), 30);
	t.is(monthsInSpan({start: {year: 2016, month: 2}, end: {year: 2019, month: 3}}, today), 38);
});

test('monthsInSpan runs an open span up to today', t => {
	const months = monthsInSpan({start: {year: 2021, month: 10}}, today);
	t.is(months, 62);
	t.is(formatDuration(months), '5 yrs 2 mos');
});

test('monthsInSpan at month boundaries', t => {
	t.is(monthsInSpan({start: {year: 2020, month: 5}, end: {year: 2020, month: 5}}, today), 1);
	t.is(monthsInSpan({start: {year: 2020, month: 5, day: 1}, end: {year: 2020, month: 5, day: 31}}, today), 1);
	t.is(monthsInSpan({start: {year: 2020, month: 12}, end: {year: 2021, month: 1}}, today), 2);
	t.is(monthsInSpan({start: {year: 2026, month: 11}}, today), 1);
});

test('monthsInSpan reads a bare year as January at the start and December at the end', t => {
	t.is(monthsInSpan({start: {year: 2008}, end: {year: 2012}}, today), 60);
	t.is(monthsInSpan({start: {year: 2012}, end: {year: 2012}}, today), 12);
	t.is(monthsInSpan({start: {year: 2012}, end: {year: 2012, month: 3}}, today), 3);
	t.is(monthsInSpan({start: {year: 2012, month: 10}, end: {year: 2012}}, today), 3);
	t.is(monthsInSpan({start: {year: 2026}}, {year: 2026, month: 2}), 2);
});

test('monthsInSpan is never negative', t => {
	t.is(monthsInSpan({start: {year: 2021, month: 5}, end: {year: 2020, month: 1}}, today), 0);
});

test('formatDuration uses singular and plural', t => {
	t.is(formatDuration(0), '0 mos');
	t.is(formatDuration(1), '1 mo');
	t.is(formatDuration(3), '3 mos');
	t.is(formatDuration(11), '11 mos');
	t.is(formatDuration(12), '1 yr');
	t.is(formatDuration(13), '1 yr 1 mo');
	t.is(formatDuration(24), '2 yrs');
	t.is(formatDuration(30), '2 yrs 6 mos');
	t.is(formatDuration(38), '3 yrs 2 mos');
});

test('compareDates orders by year, month and day', t => {
	t.true(compareDates({year: 2020}, {year: 2021}) < 0);
	t.true(compareDates({year: 2021, month: 3}, {year: 2021, month: 2}) > 0);
	t.true(compareDates({year: 2021, month: 3, day: 2}, {year: 2021, month: 3, day: 10}) < 0);
	t.is(compareDates({year: 2021, month: 3}, {year: 2021, month: 3}), 0);
});

test('compareDates sorts a missing date (present) last', t => {
	t.true(compareDates(undefined, {year: 2030}) > 0);
	t.true(compareDates({year: 2030}, undefined) < 0);
	t.is(compareDates(undefined, undefined), 0);
	// Wrapped, because Array#sort puts bare undefined elements last without asking the comparator.
	const dates = [undefined, {year: 2021, month: 9}, {year: 2019}, undefined, {year: 2021, month: 1}];
	const sorted = dates.map(date => ({date})).toSorted((a, b) => compareDates(a.date, b.date));
	t.deepEqual(
		sorted.map(({date}) => date),
		[{year: 2019}, {year: 2021, month: 1}, {year: 2021, month: 9}, undefined, undefined],
	);
});
