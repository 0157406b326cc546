import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIntroTemplates } from '../../src/commands/intros.js';
import { renderTemplate } from '../../src/core/intros/index.js';
import { InputError, UsageError } from '../../src/errors.js';
import { fixture } from '../helpers/memory-io.js';
import { allTestsInTempDir } from '../helpers/temp-dirs.js';

let dir: string;
allTestsInTempDir((made) => (dir = made));

describe('readIntroTemplates', () => {
  it('uses the built-in messages without a file, asking the pair to agree a time until a first meeting is known', async () => {
    const { template, withheld } = await readIntroTemplates(undefined);
    const values = { first_name: 'Ana', partner_role: 'mentee', partner_name: 'Ben Cole', partner_first_name: 'Ben', partner_email: 'ben@x.org' };
    expect(renderTemplate(template, values)).toBe(
      'Dear Ana,\n\nWe are delighted to introduce you to your mentee, Ben Cole.\n\nYou can reach Ben at ben@x.org.\n' +
        'Please get in touch with each other to agree a time for your first meeting.\n\nWith best wishes,\nThe mentoring team\n',
    );
    expect(renderTemplate(withheld, values)).toContain('the organiser will introduce you to each other directly');
  });

  it('reads a template file, and refuses one with an unknown placeholder (exit 2) or a file it cannot read (exit 3)', async () => {
    const { template } = await readIntroTemplates(fixture('life', 'intro-template.txt'));
    expect(renderTemplate(template, { partner_role: 'mentor', partner_name: 'Ana Lee' })).toMatch(/^Subject: Your mentoring mentor: Ana Lee\n/);
    const bad = path.join(dir, 'bad.txt');
    await writeFile(bad, 'Dear {{name}},\nyour {{mentor}} is here');
    await expect(readIntroTemplates(bad)).rejects.toThrow(UsageError);
    await expect(readIntroTemplates(bad)).rejects.toThrow(/unknown placeholder \{\{mentor\}\} on line 2; the known placeholders are \{\{email\}\}, \{\{name\}\}/);
    await expect(readIntroTemplates(path.join(dir, 'missing.txt'))).rejects.toThrow(InputError);
  });
});
