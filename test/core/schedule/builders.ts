import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Table } from '../../../src/core/types.js';
import type { ScheduleConfig } from '../../../src/core/schedule/config-schema.js';
import { resolveScheduleSettings } from '../../../src/core/schedule/settings.js';
import type { SchedulePair, ScheduleSettings } from '../../../src/core/schedule/types.js';
import { meetingId, type RotaRow } from '../../../src/core/schedule/rota.js';

/** Test data builders for the scheduling core. */

export const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/schedule');

/** A fixture file's text. */
export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** A Table as the readers produce it, rows numbered from 2. */
export function table(headers: string[], rows: string[][], file = 'test.csv'): Table {
  return { file, headers, rows: rows.map((cells, i) => ({ line: i + 2, cells })), blankRows: 0 };
}

/** A CSV text without quoting (fixture-sized), as a Table. */
export function csvTable(text: string, file = 'test.csv'): Table {
  const [header = '', ...lines] = text.trim().split(/\r?\n/);
  return table(header.split(','), lines.map((l) => l.split(',')), file);
}

/** A person for a pair, from a short key: `ana` → Ana, ana@example.org. */
export function person(key: string): { id: string; name: string; email: string } {
  return { id: key, name: key.charAt(0).toUpperCase() + key.slice(1), email: `${key}@example.org` };
}

/** A pair of two people by key, free at `slots`. */
export function pair(pairId: string, mentor: string, mentee: string, slots: string[], mentorSlots: string[] = []): SchedulePair {
  return { pairId, mentor: person(mentor), mentee: person(mentee), commonSlots: slots, mentorSlots, mode: 'online' };
}

/** Settings from config-style options, today 2027-01-01 unless given. */
export function settings(config: ScheduleConfig = {}): ScheduleSettings {
  return resolveScheduleSettings({ today: '2027-01-01', ...config }, new Date(0));
}

/** A rota row for tests, overriding what matters. */
export function rotaRow(overrides: Partial<RotaRow> = {}): RotaRow {
  const pairId = overrides.pair_id ?? 'p1';
  const no = overrides.meeting_no ?? 1;
  return {
    meeting_id: meetingId(pairId, no),
    pair_id: pairId,
    meeting_no: no,
    meetings_total: 6,
    date: '2027-01-05',
    day: 'Tuesday',
    start: '16:00',
    end: '16:45',
    mentor_name: 'Ana',
    mentor_email: 'ana@example.org',
    mentee_name: 'Bob',
    mentee_email: 'bob@example.org',
    mode: 'online',
    status: 'scheduled',
    note: '',
    extra: {},
    ...overrides,
  };
}
