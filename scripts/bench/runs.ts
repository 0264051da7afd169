/** Runs per figure: enough for a stable median, few enough for the whole bench to take about a minute and a half. */
export const runs = {start: 21, memory: 7, print: 15, npx: 5, keys: 30, compared: 11} as const;

/**
Runs for the big input section, fewer: it measures three résumés, and what it looks for is a second where the
normal résumé takes milliseconds, not a few percent.
*/
export const bigRuns = {start: 5, keys: 12} as const;
