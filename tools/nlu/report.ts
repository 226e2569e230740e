/**
 * `npm run nlu:report`: how much of the test corpus (test/nlu/corpus/) the interaction model
 * understands through the local NLU, per intent, with the misses of the general part. The
 * held-back part is the honest measure: only its counts are printed, never its phrasings, so
 * nobody writes samples from it. The safety part is counted apart, by intent and through the
 * whole skill.
 */
import { INTENTS } from '../../test/nlu/corpus/catalog';
import { general } from '../../test/nlu/corpus/general';
import { heldBack } from '../../test/nlu/corpus/held-back';
import { heldBackSecond } from '../../test/nlu/corpus/held-back-second';
import { safety } from '../../test/nlu/corpus/safety';
import { byIntent, score, share, type Outcome } from './corpus-score';
import { loadModel } from './model';
import { Resolver } from './resolver';
import { repliesOf, safeByIntent } from './safety-score';
import { LANGUAGE_IDS } from '../../lambda/languages/registry';
import { hasPhrasings, safeFor, safetyReplies, scorePhrasings } from './language-score';
import { TARGETS } from './targets';

const percent = (x: number): string => `${(100 * x).toFixed(1)} %`;
const pad = (text: string, width: number): string => text.padEnd(width);

function describe(outcome: Outcome): string {
  const { entry, heard } = outcome;
  const want = `${entry.intent}${entry.slots ? ` ${JSON.stringify(entry.slots)}` : ''}`;
  const got = `${heard.intent}${Object.keys(heard.slots).length ? ` ${JSON.stringify(heard.slots)}` : ''}`;
  return `  "${entry.text}"\n      want ${want}\n      got  ${got}`;
}

async function main(): Promise<void> {
  const model = loadModel();
  const ofGeneral = score(model, general);
  const ofHeldBack = score(model, heldBack);
  const ofSecond = score(model, heldBackSecond);
  const whole = [...ofGeneral, ...ofHeldBack, ...ofSecond];

  const generalBy = new Map(byIntent(ofGeneral, INTENTS).map((t) => [t.intent, t]));
  const heldBackBy = new Map(byIntent(ofHeldBack, INTENTS).map((t) => [t.intent, t]));
  const secondBy = new Map(byIntent(ofSecond, INTENTS).map((t) => [t.intent, t]));
  console.log('Per intent: right / total (general | held-back | held-back, second part)\n');
  for (const intent of INTENTS) {
    const g = generalBy.get(intent);
    const h = heldBackBy.get(intent);
    const h2 = secondBy.get(intent);
    if (!g && !h && !h2) continue;
    const cell = (t?: { right: number; total: number }) => (t ? `${t.right}/${t.total}` : '-');
    console.log(`  ${pad(intent, 28)} ${pad(cell(g), 9)} | ${pad(cell(h), 9)} | ${cell(h2)}`);
  }

  const misses = ofGeneral.filter((o) => !o.right);
  console.log(`\nMisses of the general part (${misses.length}):`);
  for (const miss of misses) console.log(describe(miss));

  const resolver = new Resolver(model);
  const byIntentSafe = safety.filter((entry) => safeByIntent(resolver, entry)).length;
  const replies = await repliesOf(model, safety);
  const pointYielding = replies.filter((r) => r.yieldsPoint);
  console.log(`\nSafety part (${safety.length} phrasings):`);
  console.log(`  reach the safety path by intent: ${byIntentSafe}/${safety.length}`);
  console.log(
    `  answered with no point, through the whole skill: ${safety.length - pointYielding.length}/${safety.length}`,
  );
  for (const reply of pointYielding)
    console.log(
      `  yields a point: "${reply.entry.text}" (${reply.entry.kind})\n      ${reply.speech.slice(0, 160)}`,
    );

  const safeShare = safety.length ? (safety.length - pointYielding.length) / safety.length : 1;
  const rows: Array<[string, number, number, number]> = [
    ['general', share(ofGeneral), ofGeneral.length, NaN],
    ['held-back', share(ofHeldBack), ofHeldBack.length, TARGETS.heldBack],
    ['held-back, second', share(ofSecond), ofSecond.length, TARGETS.heldBack],
    ['whole corpus', share(whole), whole.length, TARGETS.whole],
    ['safety (no point)', safeShare, safety.length, TARGETS.safety],
  ];
  console.log('\nFigures:');
  for (const [name, value, size, target] of rows) {
    const verdict = Number.isNaN(target)
      ? ''
      : value >= target
        ? '  target met'
        : `  below the ${percent(target)} target`;
    console.log(`  ${pad(name, 19)} ${pad(percent(value), 8)} of ${size}${verdict}`);
  }

  // Every other language, through its own model (its phrasings live in test/languages/<lang>/).
  const others = LANGUAGE_IDS.filter((l) => l !== 'en' && hasPhrasings(l));
  if (others.length) console.log('\nOther languages (their own phrasings, through their model):');
  for (const language of others) {
    const outcomes = scorePhrasings(language);
    const replies = await safetyReplies(language);
    const safe = replies.filter(safeFor).length;
    const pointed = replies.filter((r) => r.pointed).length;
    console.log(
      `  ${pad(language, 4)} phrasings ${pad(percent(share(outcomes)), 8)} of ${outcomes.length};` +
        ` safety: ${safe}/${replies.length} answered of their kind, ${pointed} name a point`,
    );
    for (const miss of outcomes.filter((o) => !o.right).slice(0, 12)) console.log(describe(miss));
  }
}

void main();
