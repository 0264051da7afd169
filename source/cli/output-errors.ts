import {safeLines} from '../text/safe-text.js';

/** Errors on writing that a person may cause, said in their words. */
const reasons = new Map([
	['ENOSPC', 'no space left on the device'],
	['EDQUOT', 'the disk quota is used up'],
	['EFBIG', 'the file would be too large'],
	['EACCES', 'permission denied'],
	['EBADF', 'the output is closed'],
]);

/**
What a failed write to stdout means for the program, as `yes | head` behaves: a reader that went away (EPIPE)
has all it wanted, so the program ends quietly with 0; anything else is one line on stderr and status 1.
*/
export function outputFailure(error: unknown): {readonly code: number; readonly message?: string} {
	const code = error instanceof Error && 'code' in error ? String(error.code) : '';
	if (code === 'EPIPE') {
		return {code: 0};
	}

	const reason = reasons.get(code) ?? (error instanceof Error ? error.message : String(error));
	return {code: 1, message: safeLines(`terminal-resume: cannot write the output: ${reason}\n`)};
}
