import { slugify } from '../text.js';
import { LOCAL_AUTHORITIES, LOCAL_AUTHORITY_ALIASES } from './local-authorities.js';
import type { SynonymTable } from './vocabulary.js';

/** The nine English regions (ONS names) and the other nations. */
export const REGIONS: SynonymTable = {
  'north-east': ['North East', 'North East England', 'NE'],
  'north-west': ['North West', 'North West England', 'NW'],
  'yorkshire-and-the-humber': [
    'Yorkshire and the Humber', 'Yorkshire and Humber', 'Yorkshire & Humber', 'Yorkshire', 'Humberside',
  ],
  'east-midlands': ['East Midlands'],
  'west-midlands': ['West Midlands'],
  'east-of-england': ['East of England', 'East', 'Eastern', 'East Anglia'],
  london: ['London', 'Greater London', 'Inner London', 'Outer London'],
  'south-east': ['South East', 'South East England', 'SE'],
  'south-west': ['South West', 'South West England', 'SW'],
  wales: ['Wales', 'Cymru'],
  scotland: ['Scotland'],
  'northern-ireland': ['Northern Ireland', 'NI'],
  'outside-the-uk': ['Outside the UK', 'Outside UK', 'Abroad', 'Overseas', 'International'],
};

/** Regions and every local authority (each under its own slug), as one synonym table. */
export function regionSynonyms(): SynonymTable {
  const table: Record<string, string[]> = Object.fromEntries(
    Object.entries(REGIONS).map(([slug, synonyms]) => [slug, [...synonyms]]),
  );
  for (const authorities of Object.values(LOCAL_AUTHORITIES)) {
    for (const name of authorities) table[slugify(name)] ??= [name];
  }
  for (const [alias, name] of Object.entries(LOCAL_AUTHORITY_ALIASES)) table[slugify(name)]?.push(alias);
  return table;
}

let regionNames: ReadonlyMap<string, string> | undefined;

/** A region's or local authority's name as written (`east-of-england` → `East of England`); undefined for any other slug. */
export function regionName(slug: string): string | undefined {
  regionNames ??= new Map(Object.entries(regionSynonyms()).map(([key, names]) => [key, names[0] ?? key]));
  return regionNames.get(slug);
}
