// How parsing find's expression stops early: a mistake ("find: MESSAGE", exit status 1), or
// --help, which find reads like a primary wherever an expression may start.

export class FindUsageError extends Error {}

export class FindHelpRequest extends Error {}
