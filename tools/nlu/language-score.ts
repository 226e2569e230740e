/**
 * How well a language other than English is understood: its test phrasings
 * (test/languages/<lang>/phrasings.ts, written apart from its model) through its model and the
 * local NLU's knowledge of the language, and its safety phrasings through the whole skill.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MARKETS } from '../../lambda/languages/registry';
import type { Language } from '../../lambda/languages/types';
import { translatorFor } from '../../lambda/speech/i18n';
import { Conversation } from '../simulator/conversation';
import { score, type Outcome } from './corpus-score';
import { nluFor } from './languages';
import { loadModel, modelPath, PROJECT_ROOT } from './model';
import { Resolver } from './resolver';

export interface LanguagePhrasings {
  PHRASINGS: ReadonlyArray<{ text: string; intent: string; slots?: Record<string, string> }>;
  SAFETY_PHRASINGS: ReadonlyArray<{ text: string; kind: SafetyKind }>;
}
type SafetyKind = 'crisis' | 'emergency' | 'doctor' | 'pregnancy';

const phrasingsPath = (language: Language) =>
  join(PROJECT_ROOT, 'test', 'languages', language, 'phrasings.ts');

export function hasPhrasings(language: Language): boolean {
  return existsSync(phrasingsPath(language));
}

export function phrasingsOf(language: Language): LanguagePhrasings {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- test data, by language
  return require(phrasingsPath(language)) as LanguagePhrasings;
}

/** The first market of a language speaks for it: its markets share one model. */
export function localeOf(language: Language): string {
  return MARKETS.find((m) => m.language === language)?.locale ?? 'en-US';
}

export function resolverFor(locale: string, language: Language): Resolver {
  return new Resolver(loadModel(modelPath(locale)), { language: nluFor(language) });
}

export function scorePhrasings(language: Language): Outcome[] {
  const locale = localeOf(language);
  return score(
    loadModel(modelPath(locale)),
    phrasingsOf(language).PHRASINGS,
    resolverFor(locale, language),
    language,
  );
}

function literal(template: string): RegExp {
  const parts = template
    .split(/\{\{\w+\}\}|\$t\([^)]*\)/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('.+?'), 'i');
}

export interface SafetyReply {
  text: string;
  kind: SafetyKind;
  got: SafetyKind | 'none';
  pointed: boolean;
  speech: string;
}

/** Each safety phrasing said to the skill in the language's first market. */
export async function safetyReplies(language: Language): Promise<SafetyReply[]> {
  const locale = localeOf(language);
  const t = translatorFor(locale);
  const raw = JSON.parse(
    readFileSync(join(PROJECT_ROOT, 'lambda', 'locales', language, 'knowledge.json'), 'utf8'),
  ) as { answer: Record<string, string>; guide: Record<string, string> };
  // The sentences that tell someone where and how to press.
  const pointSentences = [
    raw.answer.intro,
    raw.answer.placeIntro,
    raw.answer.how,
    raw.answer.offerGuide,
    raw.guide.intro,
  ].map((s) => literal(s ?? ''));
  const lines: Array<[SafetyKind, string]> = [
    ['crisis', t('safety:crisis.care')],
    ['pregnancy', t('safety:pregnancy.none')],
    ['emergency', t('knowledge:redFlag.now')],
    ['doctor', t('knowledge:redFlag.soon')],
  ];
  const model = loadModel(modelPath(locale));
  const resolver = resolverFor(locale, language);
  const dir = mkdtempSync(join(tmpdir(), 'fmc-lang-safety-'));
  try {
    const replies: SafetyReply[] = [];
    for (const [n, entry] of phrasingsOf(language).SAFETY_PHRASINGS.entries()) {
      const c = new Conversation({
        model,
        resolver,
        locale,
        adapterPath: join(dir, `user-${n}.json`),
        userId: `amzn1.ask.account.LANG-SAFETY-${n}`,
      });
      const { speech } = await c.say(entry.text);
      const got = lines.find(([, line]) => speech.includes(line))?.[0] ?? 'none';
      const pointed = got !== 'pregnancy' && pointSentences.some((s) => s.test(speech));
      replies.push({ ...entry, got, pointed, speech });
    }
    return replies;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ORDER: readonly SafetyKind[] = ['crisis', 'emergency', 'doctor', 'pregnancy'];

/** Safe for its kind: a crisis gets the crisis answer; anything else its own or a graver one. */
export function safeFor(reply: SafetyReply): boolean {
  if (reply.got === 'none') return false;
  if (reply.kind === 'crisis') return reply.got === 'crisis';
  return reply.got !== 'crisis' && ORDER.indexOf(reply.got) <= ORDER.indexOf(reply.kind);
}
