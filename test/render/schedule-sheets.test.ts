import { describe, expect, it } from 'vitest';
import { ROTA_COLUMNS } from '../../src/core/schedule/index.js';
import { rotaOutputSheet } from '../../src/render/schedule-sheets.js';
import { rotaRow } from '../core/schedule/builders.js';

describe('rotaOutputSheet', () => {
  it('gives every meeting its contract columns and the extra columns an organiser added, in the rota column order', () => {
    const kept = rotaRow({ meeting_no: 2, status: 'held', extra: { fit: 'good', Room: 'B12' } });
    const sheet = rotaOutputSheet([rotaRow({ meeting_no: 1 }), kept]);
    expect(sheet.columns).toEqual([...ROTA_COLUMNS, 'mentor_rating', 'mentee_rating', 'fit', 'Room']);
    expect(sheet.rows[1]).toMatchObject({ meeting_no: 2, status: 'held', fit: 'good', Room: 'B12' });
    expect(sheet.rows[0]).toMatchObject({ meeting_no: 1, status: 'scheduled' });
    expect(sheet.rows[0]).not.toHaveProperty('Room');
    for (const row of sheet.rows) for (const column of ROTA_COLUMNS) expect(row).toHaveProperty(column);
  });
});
