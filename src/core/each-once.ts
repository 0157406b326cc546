/**
 * `read`, working each key out once: a rota names a few hundred dates in hundreds of thousands of meetings, a
 * sheet's rows share their headers. Past `max` distinct keys, new ones are worked out each time rather than
 * remembered, so memory stays bounded whatever the input.
 */
export function eachOnce<K, T>(read: (key: K) => T, max = 100_000): (key: K) => T {
  const known = new Map<K, T>();
  return (key) => {
    if (known.has(key)) return known.get(key) as T;
    const value = read(key);
    if (known.size < max) known.set(key, value);
    return value;
  };
}
