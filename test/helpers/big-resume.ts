/*
Big résumés, the same on every run, for the tests and `npm run bench`: a long career (2,000 work entries,
20,000 highlights) and one role whose single highlight is 1 MB of words.
*/
import type {JsonResume, JsonWork} from '../../source/resume/json-resume.js';

/** Numbers in [0, 1) from a seed (the Park–Miller generator): the same seed, the same résumé. */
function random(seed: number): () => number {
	const modulus = 2_147_483_647;
	let state = (seed % (modulus - 1)) + 1;
	return () => {
		// Exact in a double: 48,271 × 2³¹ is below 2⁵³.
		state = (state * 48_271) % modulus;
		return (state - 1) / (modulus - 1);
	};
}

const verbs = ['Led', 'Built', 'Designed', 'Migrated', 'Reduced', 'Scaled', 'Owned', 'Shipped', 'Rewrote', 'Drove'];
const objects = [
	'the request routing layer',
	'a multi-region control plane',
	'the billing pipeline',
	'an internal rate limiter',
	'the on-call tooling',
	'a shuffle-sharded data plane',
	'the deployment system',
	'a cross-team capacity review',
	'the storage migration',
	'an observability platform',
];
const outcomes = [
	'cutting p99 latency by 40%',
	'saving $2 million a year',
	'serving 24 trillion requests daily',
	'adopted by 300+ teams',
	'halving operational load',
	'with zero customer-facing downtime',
	'raising availability to 99.99%',
	'and mentoring six engineers along the way',
];
const means = [
	'by introducing backpressure and load shedding at every tier',
	'by rewriting the hot path and removing two network hops',
	'by moving the team from weekly to continuous deployment',
	'by building a simulator that replays a day of production traffic',
	'by partnering with four teams on a shared roadmap',
	'by making every failure mode visible on one dashboard',
];
const words = [
	'availability',
	'scalable',
	'traffic',
	'service',
	'latency',
	'reliability',
	'capacity',
	'design',
	'operational',
	'customers',
	'across',
	'the',
	'and',
	'of',
	'with',
	'for',
	'engineering',
	'distributed',
	'systems',
	'migration',
];

function pick<T>(next: () => number, list: readonly T[]): T {
	return list[Math.floor(next() * list.length)]!;
}

/** A highlight of a realistic length: one or two sentences, 100 to 200 characters. */
function highlight(next: () => number): string {
	const first = `${pick(next, verbs)} ${pick(next, objects)} ${pick(next, means)}, ${pick(next, outcomes)}`;
	return next() < 0.5 ? `${first}.` : `${first}; ${pick(next, verbs).toLowerCase()} ${pick(next, objects)} too.`;
}

const suffixes = ['Inc', 'LLC', 'Labs', 'Systems', 'Cloud'];

function date(year: number, month: number): string {
	return `${year}-${String(month).padStart(2, '0')}`;
}

export const longCareerSize = {entries: 2000, highlightsPerEntry: 10} as const;

/**
2,000 work entries with 10 highlights each. Employers follow the pattern A, B, B: one company of one role,
then one of two roles, so there are 1,334 companies, and both kinds of company are opened the same way as in
a real résumé. The newest entry comes first, as in a JSON Resume.
*/
export function longCareerResume(): JsonResume {
	const next = random(2000);
	const work: JsonWork[] = Array.from({length: longCareerSize.entries}, (_, index) => {
		const company = 2 * Math.floor(index / 3) + (index % 3 === 0 ? 0 : 1);
		// Spread over 1990 to 2026, overlapping as a contractor's engagements do.
		const end = 2026 * 12 - Math.floor((index * 36 * 12) / longCareerSize.entries);
		const start = end - 2 - Math.floor(next() * 20);
		// Every seventh entry links its first highlight to a write-up, as a real résumé links a blog post.
		const linked = index % 7 === 0;
		const highlights = Array.from({length: longCareerSize.highlightsPerEntry}, (_, number) =>
			linked && number === 0 ? `${highlight(next)} Write-up ${index + 1}.` : highlight(next),
		);
		return {
			name: `Company ${company + 1} ${suffixes[company % suffixes.length]!}`,
			position: `${pick(next, ['Senior', 'Staff', 'Principal', 'Lead'])} Software Engineer ${index + 1}`,
			location: pick(next, ['Seattle, US', 'Dublin, IE', 'Bengaluru, IN', 'Berlin, DE']),
			startDate: date(Math.floor(start / 12), (start % 12) + 1),
			...(index === 0 ? {} : {endDate: date(Math.floor(end / 12), (end % 12) + 1)}),
			highlights,
			...(linked
				? {
						highlightLinks: [
							{highlight: `Write-up ${index + 1}.`, url: `https://example.com/${index + 1}`, label: 'write-up'},
						],
					}
				: {}),
		};
	});
	return {
		basics: {name: 'Long Career', label: 'Software Engineer', location: {city: 'Seattle', countryCode: 'US'}},
		work,
		skills: [{name: 'Languages', keywords: ['Java', 'Go', 'TypeScript']}],
	};
}

export const hugeHighlightSize = 1_000_000;

/** A current role whose single highlight is 1 MB of words (with figures of impact in it), then an ordinary role. */
export function hugeHighlightResume(): JsonResume {
	const next = random(1);
	const parts: string[] = [];
	let length = 0;
	while (length < hugeHighlightSize) {
		const word = next() < 0.02 ? pick(next, outcomes) : pick(next, words);
		parts.push(word);
		length += word.length + 1;
	}

	return {
		basics: {name: 'One Long Story', label: 'Software Engineer'},
		work: [
			{
				name: 'Verbose Corp',
				position: 'Principal Engineer',
				location: 'Seattle, US',
				startDate: '2020-01',
				// Exactly the size: a space cut at the end would be trimmed.
				highlights: [`${parts.join(' ').slice(0, hugeHighlightSize - 1)}.`],
			},
			{
				name: 'Concise Inc',
				position: 'Software Engineer',
				startDate: '2015-01',
				endDate: '2019-12',
				highlights: ['Shipped things.', 'Wrote short sentences.'],
			},
		],
	};
}
