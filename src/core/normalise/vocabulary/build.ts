import type { Stage } from '../../stages.js';
import type { Mapping } from '../mapping-schema.js';
import { slugify } from '../text.js';
import type { ExtraVocabulary } from '../vocabulary-schema.js';
import { FOCUS } from './focus.js';
import { MODES } from './modes.js';
import { PHASES } from './phases.js';
import { regionSynonyms } from './regions.js';
import { ROLE_ANSWERS } from './roles.js';
import { ladderSynonyms } from './stages.js';
import { SUBJECTS } from './subjects.js';
import { buildVocabulary, lookUp, type SynonymTable, type Vocabulary } from './vocabulary.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The fields answered from a vocabulary. */
export type VocabularyName = 'role' | 'stage' | 'phases' | 'subjects' | 'focus' | 'region' | 'mode';

/** Every vocabulary of one import. */
export type Vocabularies = Readonly<Record<VocabularyName, Vocabulary>>;

/**
 * The vocabularies for a scheme: built-in synonyms, the ladder's stages, then the scheme's extra
 * vocabulary, then the mapping file's `values`. A meaning is a slug (taken as it is, so `French:
 * french` makes a subject of its own), a label of a known answer (`Mathematics`) or '' for none.
 */
export function buildVocabularies(
  stages: readonly Stage[],
  extra: ExtraVocabulary = {},
  values: Mapping['values'] = {},
): Vocabularies {
  const tables: Record<VocabularyName, SynonymTable> = {
    role: ROLE_ANSWERS,
    stage: ladderSynonyms(stages),
    phases: PHASES,
    subjects: SUBJECTS,
    focus: FOCUS,
    region: regionSynonyms(),
    mode: MODES,
  };
  const build = (name: VocabularyName): Vocabulary => {
    const base = buildVocabulary(tables[name]);
    const overrides: Record<string, string> = {};
    for (const [text, meaning] of [...Object.entries(extra[name] ?? {}), ...Object.entries(values[name] ?? {})]) {
      overrides[text] = meaning === '' || SLUG.test(meaning) ? meaning : (lookUp(base, meaning) ?? slugify(meaning));
    }
    return buildVocabulary(tables[name], overrides);
  };
  return {
    role: build('role'),
    stage: build('stage'),
    phases: build('phases'),
    subjects: build('subjects'),
    focus: build('focus'),
    region: build('region'),
    mode: build('mode'),
  };
}
