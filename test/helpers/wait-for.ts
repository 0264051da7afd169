/** Polls `check` until it holds; fails with what it was waiting for after `timeout` milliseconds. */
export async function waitFor(check: () => boolean, what: string, timeout = 5000): Promise<void> {
	const deadline = Date.now() + timeout;
	while (!check()) {
		if (Date.now() > deadline) {
			throw new Error(`Timed out waiting for ${what}`);
		}

		// eslint-disable-next-line no-await-in-loop
		await new Promise(resolve => {
			setTimeout(resolve, 5);
		});
	}
}
