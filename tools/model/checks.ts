/**
 * Offline checks of an interaction model against the rules the Alexa developer console enforces
 * at build time, so a broken model fails CI instead of a deploy.
 */

export interface SlotTypeValue {
  id?: string;
  name: { value: string; synonyms?: string[] };
}
export interface SlotType {
  name: string;
  values: SlotTypeValue[];
}
export interface Intent {
  name: string;
  slots?: Array<{ name: string; type: string; samples?: string[] }>;
  samples?: string[];
}
export interface InteractionModel {
  interactionModel: {
    languageModel: { invocationName: string; intents: Intent[]; types?: SlotType[] };
    dialog?: unknown;
    prompts?: unknown;
  };
}

/** Built-ins the skill must answer for certification and for a timed routine (DESIGN.md). */
export const REQUIRED_BUILT_INS = [
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.PauseIntent',
  'AMAZON.ResumeIntent',
  'AMAZON.NextIntent',
  'AMAZON.PreviousIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.StartOverIntent',
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
];

/**
 * Size budgets. Alexa rejects a sample over 200 characters and a skill over 50,000 custom slot
 * values and synonyms. Amazon's per-intent figure could not be read offline, so samples per intent
 * stay within 1,500, the figure Amazon publishes for Lex, the same NLU family; a generated model
 * that needs more is repeating itself.
 */
export const MAX_SAMPLES_PER_INTENT = 1500;
export const MAX_SLOT_VALUES = 50_000;

// Letters of any language (lowercase), spaces, abbreviation periods, apostrophes, and hyphens
// inside words ("peut-être"); Alexa rejects digits and other marks.
const SAMPLE_CHARS = /^(?:[\p{Ll}\p{M}' .]|(?<=\p{Ll})-(?=\p{Ll})|\{[A-Za-z_]+\})+$/u;
const SLOT_REF = /\{([A-Za-z_]+)\}/g;

/** Lowercase words, as Alexa compares them; slot names keep their case ("{bodyPart}"). */
export function normaliseSample(sample: string): string {
  return sample
    .trim()
    .replace(/\s+/g, ' ')
    .split(/(\{[A-Za-z_]+\})/)
    .map((part) => (part.startsWith('{') ? part : part.toLowerCase()))
    .join('');
}

export function checkModel(model: InteractionModel): string[] {
  const errors: string[] = [];
  const lm = model?.interactionModel?.languageModel;
  if (!lm) return ['missing interactionModel.languageModel'];

  const invocation = lm.invocationName ?? '';
  if (!/^\p{Ll}[\p{Ll}\p{M} ']+\p{Ll}$/u.test(invocation) || invocation.split(' ').length < 2) {
    errors.push(`invocation name "${invocation}" must be two or more lowercase words`);
  }
  // The launch words of every language Alexa speaks here, which a name must not contain.
  const reserved =
    /(?:^| )(?:alexa|amazon|echo|launch|ask|open|tell|öffne|starte|frage|ouvre|lance|demande|abre|pregunta|apri|chiedi)(?= |$)/;
  if (reserved.test(invocation)) {
    errors.push(`invocation name "${invocation}" uses a reserved word`);
  }

  const types = new Map((lm.types ?? []).map((t) => [t.name, t]));
  const intentNames = new Set<string>();
  const sampleOwner = new Map<string, string>();

  for (const intent of lm.intents) {
    if (intentNames.has(intent.name)) errors.push(`intent ${intent.name} is defined twice`);
    intentNames.add(intent.name);
    const isBuiltIn = intent.name.startsWith('AMAZON.');
    const samples = intent.samples ?? [];
    if (!isBuiltIn && samples.length === 0)
      errors.push(`intent ${intent.name} has no sample utterances`);
    if (intent.name === 'AMAZON.FallbackIntent' && samples.length > 0) {
      errors.push('AMAZON.FallbackIntent must not have samples');
    }
    const slotNames = new Set((intent.slots ?? []).map((s) => s.name));
    for (const slot of intent.slots ?? []) {
      if (!slot.type.startsWith('AMAZON.') && !types.has(slot.type)) {
        errors.push(`intent ${intent.name}: slot ${slot.name} uses undefined type ${slot.type}`);
      }
    }
    if (samples.length > MAX_SAMPLES_PER_INTENT)
      errors.push(
        `intent ${intent.name} has ${samples.length} samples, over ${MAX_SAMPLES_PER_INTENT}`,
      );
    const used = new Set<string>();
    for (const raw of samples) {
      const sample = normaliseSample(raw);
      if (!SAMPLE_CHARS.test(sample))
        errors.push(`intent ${intent.name}: sample "${raw}" has characters Alexa rejects`);
      if (sample.length > 200)
        errors.push(`intent ${intent.name}: sample "${raw}" is over 200 characters`);
      for (const match of sample.matchAll(SLOT_REF)) {
        const name = match[1] ?? '';
        used.add(name);
        if (!slotNames.has(name))
          errors.push(`intent ${intent.name}: sample "${raw}" names unknown slot {${name}}`);
      }
      const owner = sampleOwner.get(sample);
      if (owner && owner !== intent.name)
        errors.push(`sample "${raw}" belongs to both ${owner} and ${intent.name}`);
      else if (owner) errors.push(`intent ${intent.name}: sample "${raw}" is listed twice`);
      sampleOwner.set(sample, intent.name);
    }
    for (const name of slotNames) {
      if (!used.has(name) && samples.length > 0)
        errors.push(`intent ${intent.name}: slot ${name} appears in no sample`);
    }
  }

  for (const required of REQUIRED_BUILT_INS) {
    if (!intentNames.has(required)) errors.push(`required built-in ${required} is missing`);
  }

  const slotValues = (lm.types ?? []).reduce(
    (n, t) => n + t.values.reduce((m, v) => m + 1 + (v.name.synonyms ?? []).length, 0),
    0,
  );
  if (slotValues > MAX_SLOT_VALUES)
    errors.push(`${slotValues} custom slot values and synonyms, over ${MAX_SLOT_VALUES}`);

  for (const type of lm.types ?? []) {
    if (type.values.length === 0) errors.push(`slot type ${type.name} has no values`);
    const ids = new Set<string>();
    const phrases = new Map<string, string>();
    for (const value of type.values) {
      const id = value.id ?? '';
      if (!id) errors.push(`slot type ${type.name}: value "${value.name.value}" has no id`);
      if (ids.has(id)) errors.push(`slot type ${type.name}: id ${id} is used twice`);
      ids.add(id);
      for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
        const key = normaliseSample(phrase);
        if (!key || /[0-9]/.test(key))
          errors.push(`slot type ${type.name}: "${phrase}" must be spelled-out words`);
        const other = phrases.get(key);
        if (other !== undefined && other !== id) {
          errors.push(`slot type ${type.name}: "${phrase}" belongs to both ${other} and ${id}`);
        }
        phrases.set(key, id);
      }
    }
    const usedBy = lm.intents.some((i) => (i.slots ?? []).some((s) => s.type === type.name));
    if (!usedBy) errors.push(`slot type ${type.name} is used by no intent`);
  }
  return errors;
}
