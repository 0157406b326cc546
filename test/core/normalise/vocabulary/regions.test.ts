import { describe, expect, it } from 'vitest';
import { slugify } from '../../../../src/core/normalise/text.js';
import { LOCAL_AUTHORITIES, LOCAL_AUTHORITY_ALIASES } from '../../../../src/core/normalise/vocabulary/local-authorities.js';
import { REGIONS, regionName, regionSynonyms } from '../../../../src/core/normalise/vocabulary/regions.js';

const COUNTIES = ['Tyne and Wear', 'Cumbria', 'Cheshire', 'Greater Manchester', 'Merseyside', 'West Yorkshire', 'South Yorkshire', 'Northamptonshire', 'Bedfordshire', 'Berkshire'];

describe('local authorities', () => {
  it('lists the 153 education authorities of England under the nine regions, plus a few counties', () => {
    const names = Object.values(LOCAL_AUTHORITIES).flat();
    expect(Object.keys(LOCAL_AUTHORITIES).every((region) => region in REGIONS)).toBe(true);
    expect(names.filter((name) => !COUNTIES.includes(name))).toHaveLength(153);
    expect(new Set(names.map(slugify)).size).toBe(names.length);
  });

  it('gives every alias a listed name', () => {
    const names = new Set(Object.values(LOCAL_AUTHORITIES).flat());
    expect(Object.values(LOCAL_AUTHORITY_ALIASES).filter((name) => !names.has(name))).toEqual([]);
  });

  it('does not let an authority take a region’s slug', () => {
    const table = regionSynonyms();
    expect(table['west-midlands']).toEqual(REGIONS['west-midlands']);
    expect(table.cornwall).toEqual(['Cornwall']);
  });
});

describe('regionName', () => {
  it('names a region or local authority as written, and nothing else', () => {
    expect(regionName('east-of-england')).toBe('East of England');
    expect(regionName('yorkshire-and-the-humber')).toBe('Yorkshire and the Humber');
    expect(regionName('outside-the-uk')).toBe('Outside the UK');
    expect(regionName('cornwall')).toBe('Cornwall');
    expect(regionName('atlantis')).toBeUndefined();
  });
});
