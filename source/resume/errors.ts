/** A résumé that cannot be used; `message` is ready to show as is, one problem a line. */
export class ResumeError extends Error {
	override name = 'ResumeError';
}
