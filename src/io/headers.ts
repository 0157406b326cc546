/** A header as people mean it: trimmed, inner runs of spaces, line breaks and non-breaking spaces as one space. */
export function cleanHeader(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\s+/g, ' ').trim();
}

/**
 * Header names with no two alike (compared case-insensitively, as column lookups are): the second
 * `Question` becomes `Question (2)`, skipping any suffix that another column already uses.
 */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const taken = new Set(headers.map((h) => h.toLowerCase()));
  const used = new Set<string>();
  // The next suffix to try for each header: counting up from 2 each time made a runaway line's 9,000 alike headers take seconds.
  const nextSuffix = new Map<string, number>();
  return headers.map((header) => {
    let name = header;
    const key = header.toLowerCase();
    if (used.has(key)) {
      let n = nextSuffix.get(key) ?? 2;
      do name = `${header} (${n++})`;
      while (taken.has(name.toLowerCase()) || used.has(name.toLowerCase()));
      nextSuffix.set(key, n);
    }
    used.add(name.toLowerCase());
    return name;
  });
}
