import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { applyMappingFile, checkReferencesExist, headerList, resolveReference } from '../../../src/core/normalise/mapping-file.js';
import { table } from './tables.js';

const headers = ['First Name', 'Last name', 'Email address', 'Grade', 'Free? [Monday]', 'Free? [Friday]', 'Biography'];
const form = table(headers, []);

describe('resolveReference', () => {
  it('matches headers ignoring case, spaces and punctuation, and a grid question to all its columns', () => {
    expect(resolveReference(headers, 'first name')).toEqual([0]);
    expect(resolveReference(headers, 'EMAIL-ADDRESS')).toEqual([2]);
    expect(resolveReference(headers, 'Free?')).toEqual([4, 5]);
    expect(resolveReference(headers, 'surname')).toEqual([]);
  });
});

describe('applyMappingFile', () => {
  it('maps the named columns with certainty, notes fields mapped to none and the ignored columns', () => {
    const decisions = applyMappingFile(form, {
      columns: { name: ['first name', 'last name'], stage: 'grade', availability: 'free?', notes: null },
      ignore: ['biography'],
    });
    expect(decisions.fields.map((f) => [f.field, f.columns, f.confidence])).toEqual([
      ['name', ['First Name', 'Last name'], 'certain'],
      ['stage', ['Grade'], 'certain'],
      ['availability', ['Free? [Monday]', 'Free? [Friday]'], 'certain'],
    ]);
    expect(decisions.none).toEqual(['notes']);
    expect(decisions.ignored).toEqual([6]);
  });

  it('accepts a list of alternatives, and throws when a table has none of a field’s columns', () => {
    expect(applyMappingFile(form, { columns: { focus: ['priorities', 'grade'] } }).fields[0]?.columns).toEqual(['Grade']);
    expect(() => applyMappingFile(form, { columns: { focus: ['priorities', 'offer'] } })).toThrow(InputError);
    expect(() => applyMappingFile(form, { columns: { focus: 'priorities' } })).toThrow(/maps focus to "priorities".*"Grade"/);
  });
});

describe('checkReferencesExist', () => {
  it('throws for a header no table has, listing the headers', () => {
    const other = table(['Surname'], []);
    expect(() => checkReferencesExist([form, other], { columns: { name: ['first name', 'surname'] } })).not.toThrow();
    expect(() => checkReferencesExist([form], { columns: { stage: 'grde' } })).toThrow(/"grde", which no input file has.*"Grade"/);
    expect(() => checkReferencesExist([form], { ignore: ['bio'] })).toThrow(InputError);
  });

  it('names the mapping as it is told to', () => {
    const name = 'import.mapping in the config edumentor.config.yaml';
    expect(() => checkReferencesExist([form], { columns: { stage: 'grde' } }, name)).toThrow(
      /^import\.mapping in the config edumentor\.config\.yaml names the column "grde".*Correct the header in import\.mapping in the config/,
    );
    expect(() => applyMappingFile(form, { columns: { focus: 'priorities' } }, 'the mapping file map.yaml')).toThrow(
      /^the mapping file map\.yaml maps focus to "priorities"/,
    );
  });
});

describe('headerList', () => {
  it('quotes every header of a usual table, and counts the rest past 30', () => {
    expect(headerList(['Email', 'Name'])).toBe('"Email", "Name"');
    const many = Array.from({ length: 9000 }, (_, i) => `Column ${i + 1}`);
    expect(headerList(many)).toMatch(/^"Column 1", .*"Column 30" and 8970 more$/);
  });
});
