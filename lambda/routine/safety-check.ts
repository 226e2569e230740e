import { CONTRAINDICATIONS } from '../knowledge/contraindications';
import type { KeyRef } from './types';

/**
 * The routine's safety check, spoken from the knowledge base's one list of contraindications:
 * the question names each kind in a few words, "not sure" reads each in full, and "hear the
 * contraindications" reads the same lines, so the three can never disagree.
 */
const name = (id: string): KeyRef => ({ key: `knowledge:contraindications.name.${id}` });

/** "a, b, c, or d": nested refs, since the engine's params hold single strings or refs. */
function series(refs: readonly KeyRef[]): KeyRef {
  const [first, ...rest] = refs;
  if (!first) throw new Error('an empty list has no words');
  if (rest.length === 0) return first;
  let head: KeyRef = first;
  for (const ref of refs.slice(1, -1))
    head = { key: 'knowledge:list.comma', params: { head, next: ref } };
  return { key: 'knowledge:list.orSerial', params: { head, last: refs[refs.length - 1]! } };
}

/**
 * The whole question the first time; after that a shorter check before every routine and
 * every guided hold, since health changes between visits (a pregnancy, a clot, an injury).
 */
export function safetyQuestion(heardBefore: boolean): KeyRef {
  return {
    key: heardBefore ? 'routine:safety.checkAgain' : 'routine:safety.question',
    params: { kinds: series(CONTRAINDICATIONS.map(name)) },
  };
}

/** "Not sure": every kind in full, the same sentences as "hear the contraindications". */
export function safetyFullList(): KeyRef[] {
  return [
    { key: 'knowledge:contraindications.intro' },
    ...CONTRAINDICATIONS.map((id) => ({ key: `knowledge:contraindications.item.${id}` })),
  ];
}
