import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report/build.js';
import { renderReportJson } from '../../src/render/report-json.js';
import { FIXTURE_TODAY, fixtureInput } from '../core/report/fixture.js';

describe('renderReportJson', () => {
  it('is the model itself, absent sections as null', () => {
    const model = buildReport({ ...fixtureInput(), rota: undefined }, { today: FIXTURE_TODAY });
    const json = renderReportJson(model);
    expect(JSON.parse(json)).toEqual(model);
    expect(JSON.parse(json).meetings).toBeNull();
    expect(json.endsWith('}\n')).toBe(true);
  });
});
