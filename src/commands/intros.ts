import { readFile } from 'node:fs/promises';
import { compileTemplate, DEFAULT_INTRO_TEMPLATE, INTRO_PLACEHOLDERS, WITHHELD_INTRO_TEMPLATE, type IntroTemplate } from '../core/intros/index.js';
import { InputError } from '../errors.js';

/** The two messages of the introductions: to someone whose partner shares their details, and to someone whose does not. */
export interface IntroTemplates {
  template: IntroTemplate;
  withheld: IntroTemplate;
}

/** The templates: `--intro-template FILE` (UTF-8 text) or the default; an unknown placeholder stops the run (exit 2). */
export async function readIntroTemplates(file: string | undefined): Promise<IntroTemplates> {
  const text = file === undefined ? DEFAULT_INTRO_TEMPLATE : await readTemplateFile(file);
  return {
    template: compileTemplate(text, INTRO_PLACEHOLDERS, file),
    withheld: compileTemplate(WITHHELD_INTRO_TEMPLATE, INTRO_PLACEHOLDERS),
  };
}

async function readTemplateFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (cause) {
    throw new InputError(`cannot read the introduction template: ${(cause as Error).message}. Check the path, or leave --intro-template out for the default message.`, {
      file,
      cause,
    });
  }
}
