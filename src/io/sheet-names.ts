/** Excel's longest sheet name. */
const MAX_NAME = 31;
/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[[\]:*?/\\]/g;

/** Cuts a name to Excel's 31 characters without splitting an emoji. */
function clip(name: string, length = MAX_NAME): string {
  let clipped = Array.from(name).slice(0, length).join('');
  while (clipped.length > length) clipped = Array.from(clipped).slice(0, -1).join('');
  return clipped;
}

function excelSheetName(name: string): string {
  const cleaned = clip(name.replace(FORBIDDEN, '-').replace(/^'+|'+$/g, '').trim());
  if (cleaned === '') return 'Sheet';
  return cleaned.toLowerCase() === 'history' ? 'History-' : cleaned;
}

/**
 * Sheet names Excel accepts: at most 31 characters, none of `[]:*?/\`, no leading or trailing apostrophe,
 * not the reserved `History`, and no two alike ignoring case (`Matches`, `Matches (2)`).
 */
export function excelSheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = excelSheetName(name);
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = clip(base, MAX_NAME - suffix.length) + suffix;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
