/**
 * How people ask the skill to forget them, as carrier phrases for the interaction model
 * (`npm run sync:model`). Not imported by the skill at run time.
 */
import { expand, type ModelIntent } from '../phrasing/carriers';

const ERASE = '(forget|delete|erase|remove|clear|wipe|reset|get rid of)';
const MINE =
  '(my data|my information|my details|my history|my progress|my stored data|everything about me|everything you know about me|what you know about me|what you remember about me|what you stored about me|what you have on me|my account)';

export const PRIVACY_INTENTS: readonly ModelIntent[] = [
  {
    name: 'ForgetMyDataIntent',
    samples: expand(
      `${ERASE} ${MINE}`,
      `(please|can you|i want you to) (forget|delete|erase) ${MINE}`,
      '(please|can you|could you|i want you to) forget (me|about me)',
      'forget (me|about me)',
      "(i want|i'd like) (to delete|to erase|to remove) my (data|information|details)",
      "(i want|i'd like) my (data|information|details) (deleted|erased|removed|wiped)",
      "(stop remembering me|don't remember me|don't keep my data|do not keep my data)",
      'how (do|can) i (delete|erase|remove) my (data|information)',
      "(remove|delete|erase) what you've (stored|saved|got) about me",
      'reset my (profile|account)',
      '(can you|) forget everything you (remember|know)',
    ),
  },
];
