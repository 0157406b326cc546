import { describe, expect, it } from 'vitest';
import { stepNotes } from '../../bench/lib/report-table.js';

describe('stepNotes', () => {
  it('gives a match its candidate pairs and a CSV import the megabytes of CSV read per second', () => {
    expect(stepNotes({ step: 'match', medianMs: 2000, candidatePairs: 8_407_635 })).toBe('8,407,635 candidate pairs');
    expect(stepNotes({ step: 'import csv', medianMs: 1750 }, { csvBytes: 35_000_000 })).toBe('20.0 MB/s of CSV (35.0 MB)');
    expect(stepNotes({ step: 'import csv to csv', medianMs: 3500 }, { csvBytes: 35_000_000 })).toBe('10.0 MB/s of CSV (35.0 MB)');
    expect(stepNotes({ step: 'import xlsx', medianMs: 1750 }, { csvBytes: 35_000_000 })).toBe('');
    expect(stepNotes({ step: 'import csv', medianMs: 1750 })).toBe('');
  });
});
