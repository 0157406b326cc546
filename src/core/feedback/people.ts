/** Someone named in a rota row. */
export interface NamedPerson {
  name: string;
  email: string;
}

/**
 * The people of a rota cell pair: one person, or a group's mentees joined by `; ` (names and e-mail addresses in
 * the same order). E-mail addresses come back in lower case; when the names do not line up, each gets the whole
 * name cell.
 */
export function splitPeople(names: string, emails: string): NamedPerson[] {
  if (!emails.includes(';')) {
    // One person, as in all but a group's rows.
    const email = emails.trim().toLowerCase();
    return email === '' ? [] : [{ email, name: names.trim() || email }];
  }
  const addresses = emails.split(';').map((e) => e.trim().toLowerCase()).filter((e) => e !== '');
  const parts = names.split(';').map((n) => n.trim());
  return addresses.map((email, i) => ({ email, name: (parts.length === addresses.length ? parts[i] : names.trim()) || email }));
}

/** Plain code-point order, the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
