/** The largest number, by a loop: spread into Math.max, 150,000 of them overflow the call stack. */
export function largest(numbers: readonly number[]): number {
	let most = -Infinity;
	for (const number of numbers) {
		most = Math.max(most, number);
	}

	return most;
}
