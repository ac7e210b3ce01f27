// Topic matching exactly as RabbitMQ's topic exchange (rabbit_exchange_type_topic) does it.
//
// Keys and patterns are split on "." into words; the empty key has zero words (not one empty
// word), while "a..b" has an empty middle word and "a." ends with one. In a pattern, "*" is
// exactly one word (which may be empty) and "#" is zero or more words. A routing key's own "*"
// or "#" is just a word: it matches itself, or a wildcard.

/** Splits a routing key or binding pattern into words, as the broker's split_topic_key does. */
export function splitTopic(key: string): string[] {
  return key === '' ? [] : key.split('.');
}

/** Whether a topic binding's pattern matches a message's routing key. */
export function topicMatches(pattern: string, routingKey: string): boolean {
  const p = splitTopic(pattern);
  const k = splitTopic(routingKey);
  // memo[i][j]: does p[i..] match k[j..]? Patterns like "#.#.#.a" would be exponential without it.
  const memo = new Map<number, boolean>();
  const width = k.length + 1;
  const match = (i: number, j: number): boolean => {
    const id = i * width + j;
    const known = memo.get(id);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === p.length) result = j === k.length;
    else if (p[i] === '#') result = match(i + 1, j) || (j < k.length && match(i, j + 1));
    else if (j === k.length) result = false;
    else result = (p[i] === '*' || p[i] === k[j]) && match(i + 1, j + 1);
    memo.set(id, result);
    return result;
  };
  return match(0, 0);
}
