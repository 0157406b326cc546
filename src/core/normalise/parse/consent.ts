import { words } from '../text.js';

const REFUSED = /\b(no|not|dont|don t|do not|disagree|decline|declined|refuse|false|n|0|unchecked)\b/;
const GIVEN = /\b(yes|y|agree|agreed|i agree|consent|consented|true|ticked|checked|ok|okay|happy|accept|accepted|x|1|give)\b/;

/** Whether an answer gives consent: yes/agree/ticked/"I agree…" → true, no/"I do not agree" → false, else undefined. */
export function parseConsent(text: string): boolean | undefined {
  const said = words(text);
  if (/^[✓✔☑]$/.test(text.trim())) return true;
  if (said === '') return undefined;
  if (REFUSED.test(said)) return false;
  if (GIVEN.test(said)) return true;
  return undefined;
}
