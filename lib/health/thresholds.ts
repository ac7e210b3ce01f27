// Where the health rules draw their lines, in one place. The figures are judgement, not broker
// facts: each says what it guards against.

/** File descriptors and sockets: a node refuses new connections (and cannot open files) at 100 %. */
export const FD_WARNING_RATIO = 0.8;
export const FD_CRITICAL_RATIO = 0.95;

/** A queue filled to this share of its max-length / max-length-bytes is close to overflowing. */
export const MAX_LENGTH_WARNING_RATIO = 0.9;

/**
 * A backlog counts as growing when its ready count rose by at least this many messages (and by
 * this share of where it started) over the window: a few messages are noise.
 */
export const BACKLOG_GROWTH_MIN_MESSAGES = 10;
export const BACKLOG_GROWTH_MIN_RATIO = 0.1;
/** Fewer samples than this say nothing about a trend. */
export const BACKLOG_MIN_SAMPLES = 3;

/** Unacknowledged messages on a channel that acknowledges none: fewer may be one long task. */
export const UNACKED_STUCK_MIN = 10;

/** Consumer utilisation below this with messages waiting: the consumers cannot keep up. */
export const CONSUMER_UTILISATION_LOW = 0.5;

/** Churn per second (opened and closed alike) from which connections or channels are not reused. */
export const CONNECTION_CHURN_PER_SECOND = 5;
export const CHANNEL_CHURN_PER_SECOND = 50;

/** A rule lists at most this many findings; the rest are counted in the limits. */
export const MAX_FINDINGS_PER_RULE = 50;
