/*
Loaded before the app (`node --import`) when the pictures are made: the date the app takes as today
(`new Date()` without arguments) becomes PICTURES_TODAY (YYYY-MM-DD), so that the tenures in the pictures do
not change from one day to the next. Clocks and timers (`Date.now`, `performance`) run on as usual.
*/
import process from 'node:process';

const {PICTURES_TODAY: today} = process.env;
if (today) {
	const fixed = Date.parse(`${today}T12:00:00Z`);
	if (Number.isNaN(fixed)) {
		throw new TypeError(`PICTURES_TODAY must be a date (YYYY-MM-DD), not ${JSON.stringify(today)}`);
	}

	globalThis.Date = new Proxy(Date, {
		construct(target, argumentsList, newTarget) {
			return Reflect.construct(target, argumentsList.length === 0 ? [fixed] : argumentsList, newTarget);
		},
	});
}
