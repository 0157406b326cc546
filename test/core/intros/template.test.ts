import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTemplate, renderTemplate } from '../../../src/core/intros/template.js';
import { UsageError } from '../../../src/errors.js';

const KNOWN = ['name', 'partner_name', 'reasons', 'first_meeting'];
const render = (text: string, values: Record<string, string>) => renderTemplate(compileTemplate(text, KNOWN), values);

describe('introduction templates', () => {
  it('fills placeholders, with spaces inside the braces allowed', () => {
    expect(render('Dear {{name}}, meet {{ partner_name }}.', { name: 'Ana', partner_name: 'Ben' })).toBe('Dear Ana, meet Ben.');
  });

  it('shows a section only when its value is filled in, an inverted one only when it is empty, and drops their lines', () => {
    const text = 'Hello\n{{#reasons}}\nBecause {{reasons}}.\n{{/reasons}}\n  {{^first_meeting}}  \nAgree a time.\n{{/first_meeting}}\nBye';
    expect(render(text, { reasons: 'both primary', first_meeting: '' })).toBe('Hello\nBecause both primary.\nAgree a time.\nBye');
    expect(render(text, { reasons: '  ', first_meeting: '2027-01-05 16:00' })).toBe('Hello\nBye');
    expect(render('A{{#reasons}} ({{reasons}}){{/reasons}}.', { reasons: 'x' })).toBe('A (x).');
  });

  it('refuses an unknown placeholder, naming it, its line, the closest known one and all of them (exit 2)', () => {
    const error = (() => {
      try {
        compileTemplate('\uFEFFDear {{name}},\n\nmeet {{partner_nmae}}', KNOWN, 'intro.txt');
      } catch (caught) {
        return caught as UsageError;
      }
      throw new Error('expected an error');
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect(error.describe()).toBe(
      'intro.txt: in the introduction template, unknown placeholder {{partner_nmae}} on line 3 (did you mean {{partner_name}}?); ' +
        'the known placeholders are {{name}}, {{partner_name}}, {{reasons}}, {{first_meeting}}',
    );
    expect(() => compileTemplate('{{#colour}}x{{/colour}}', KNOWN)).toThrow(/unknown placeholder \{\{colour\}\} on line 1; the known/);
  });

  it('refuses sections left open or closed out of order, and a {{ without }}', () => {
    expect(() => compileTemplate('{{#reasons}}\nx', KNOWN)).toThrow('{{#reasons}} on line 1 is never closed: add {{/reasons}}');
    expect(() => compileTemplate('{{#reasons}}{{/name}}', KNOWN)).toThrow('{{/name}} on line 1 closes {{#reasons}} (line 1)');
    expect(() => compileTemplate('x\n{{/name}}', KNOWN)).toThrow('{{/name}} on line 2 closes no open section');
    expect(() => compileTemplate('a\nb {{name', KNOWN)).toThrow('the {{ on line 2 has no closing }}');
  });

  it('gives text without braces back unchanged, whatever the values', () => {
    fc.assert(
      fc.property(fc.string().filter((t) => !t.includes('{{') && !t.startsWith('\uFEFF')), fc.dictionary(fc.constantFrom(...KNOWN), fc.string()), (text, values) => {
        expect(render(text, values)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
