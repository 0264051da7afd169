import test from 'ava';
import {isoDate, readDateForm} from '../source/resume/date-forms.js';

const end = {end: true};
const start = {end: false};

test('the words people write for "still going" are present, as an end date', t => {
	for (const word of ['Present', 'present', 'current', 'now', 'Now ', '', '  ', 'heute', 'atual', '至今']) {
		t.deepEqual(readDateForm(word, end), {kind: 'present'}, `word ${JSON.stringify(word)}`);
	}

	t.deepEqual(readDateForm(null, end), {kind: 'present'});
	t.deepEqual(readDateForm(undefined, end), {kind: 'present'});
});

test('as a start date, "present" and blanks are no date at all', t => {
	for (const word of ['Present', '', null]) {
		t.is(readDateForm(word, start), undefined);
	}
});

test('months written out, abbreviated, numbered or stamped with a time are read', t => {
	const cases: Array<[string, string]> = [
		['Mar 2022', '2022-03'],
		['March 2022', '2022-03'],
		['mar 2022', '2022-03'],
		['Mar-2022', '2022-03'],
		['Mar. 2022', '2022-03'],
		['Sept 2022', '2022-09'],
		['03/2022', '2022-03'],
		['3-2022', '2022-03'],
		['2022/03', '2022-03'],
		['2022-3', '2022-03'],
		['2022.03.15', '2022-03-15'],
		['2022-03-01T00:00:00Z', '2022-03-01'],
		['2020-04-15T09:30:00+02:00', '2020-04-15'],
		['2022-03-01 12:00', '2022-03-01'],
	];
	for (const [text, iso] of cases) {
		const reading = readDateForm(text, start);
		t.is(reading?.kind === 'date' ? isoDate(reading.date) : undefined, iso, `${text}`);
	}
});

test('day and month are read only where one cannot be taken for the other', t => {
	const read = (text: string) => {
		const reading = readDateForm(text, start);
		return reading?.kind === 'date' ? isoDate(reading.date) : undefined;
	};

	t.is(read('25-12-2020'), '2020-12-25');
	t.is(read('12/25/2020'), '2020-12-25');
	t.is(read('08.08.2020'), '2020-08-08');
	t.is(read('08-12-2020'), undefined, 'August or December: shown as written');
});

test('what is not a date on the calendar, or not a date at all, is not read', t => {
	for (const text of ['Summer 2019', 'Marchember 2022', '2021-19', '31/02/2021', 'soon', 'Mayday 2020']) {
		t.is(readDateForm(text, end), undefined, `${text}`);
	}

	t.is(readDateForm(2021, end), undefined, 'numbers are read by the caller, as text');
});
