// The virtual CPU cost of work, in microseconds. Simulated programs charge these as they run, so
// `time` reports plausible, repeatable figures and a CPU-bound loop lets virtual time pass (and is
// preempted every quantum). Figures are rough measurements of bash and coreutils on a laptop, kept
// deliberately simple: students compare stages and pipelines, not the third decimal.

/** fork + exec of a small program. */
export const EXEC_US = 600;
/** fork of a subshell (no exec). */
export const FORK_US = 250;
/** One step of the shell interpreter (a simple builtin command, a loop test). */
export const SHELL_STEP_US = 2;
/** A read or write system call, plus copying per byte. */
export const SYSCALL_US = 1;
export const COPY_US_PER_BYTE = 0.0005;
/** Scanning bytes for lines and fields (cut, wc, uniq, head...). */
export const SCAN_US_PER_BYTE = 0.003;
/** Regular-expression work (grep, sed, awk patterns), per byte of input. */
export const REGEX_US_PER_BYTE = 0.01;
/** Comparisons in a sort, per comparison. */
export const COMPARE_US = 0.05;
