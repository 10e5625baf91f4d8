/** A mistake in the command line: reported in one line with a hint, exit status 2. */
export class UsageError extends Error {}
