// Names in URL paths. Vhost "/" and names with "/", "%", "#", "?", spaces or any Unicode are one
// percent-encoded segment each. Two names are special: a segment "." or ".." is a step to the
// current or parent folder for every URL parser (browsers, Node's fetch, the broker's own web
// server — and "%2E" is the same dot to all of them), so "queue ." in a path would name another
// object. Warren's own paths give those two names an escaped form no URL parser touches; the
// management API has none, so Warren never sends it one. (The default exchange, whose name is
// "", is "amq.default" in paths, as in the official UI's: no real exchange can be named amq.*.)

/** A name that a URL path cannot carry as itself: it would be read as "." or "..". */
export function isDotSegment(name: string): boolean {
  return name === '.' || name === '..';
}

// Escaped by one leading "~": "." and "..", and the same already led by tildes ("~.", "~~..")
// so that the escape stays reversible. Every other name is its own segment ("~" included).
const ESCAPED_NAME = /^~*\.\.?$/;
const ESCAPED_SEGMENT = /^~+\.\.?$/;

/**
 * One name as one segment of a Warren URL (pages and /api routes): "." → "~.", ".." → "~..",
 * "~." → "~~.", and everything else percent-encoded as it is ("/" → "%2F").
 */
export function encodeSegment(name: string): string {
  return encodeURIComponent(ESCAPED_NAME.test(name) ? `~${name}` : name);
}

/** The name a Warren URL segment stands for, once percent-decoding is done (the inverse of encodeSegment). */
export function decodeSegment(segment: string): string {
  return ESCAPED_SEGMENT.test(segment) ? segment.slice(1) : segment;
}

/** The broker's own name for the default exchange in management API paths (its real name is ""). */
export const DEFAULT_EXCHANGE_ALIAS = 'amq.default';

/** An exchange's name as it goes into a Warren or broker path segment ("" → amq.default). */
export function exchangeSegment(name: string): string {
  return name === '' ? DEFAULT_EXCHANGE_ALIAS : name;
}

/** The reverse ("amq.default" cannot be declared, so it is unambiguous). */
export function exchangeFromSegment(segment: string): string {
  return segment === DEFAULT_EXCHANGE_ALIAS ? '' : segment;
}
