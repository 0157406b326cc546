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
  return headers.map((header) => {
    let name = header;
    if (used.has(name.toLowerCase())) {
      let n = 2;
      do name = `${header} (${n++})`;
      while (taken.has(name.toLowerCase()) || used.has(name.toLowerCase()));
    }
    used.add(name.toLowerCase());
    return name;
  });
}
