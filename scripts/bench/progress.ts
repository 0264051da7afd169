import process from 'node:process';

/** Tells on stderr what the bench does now: the report alone goes to stdout. */
export function progress(message: string): void {
	process.stderr.write(`${message}\n`);
}
