import type { Language } from '../../../lambda/languages/types';
import { NLU as ENGLISH } from './en';
import { NLU as ITALIAN } from './it';
import type { InvocationWords, NluLanguage } from './types';

/**
 * How people open a skill by name in each language, as Amazon's own docs show it ("Alexa, öffne
 * ...", "Alexa, demande à ..."): the launch phrases Alexa knows before any model does.
 */
const INVOCATION: Readonly<Record<Exclude<Language, 'en'>, InvocationWords>> = {
  de: {
    open: 'öffne|öffnen|starte|starten|beginne|spiele|frag|frage|sag|sage|benutze|nutze',
    ask: 'frag|frage|sag|sage|bitte',
    connectors: 'nach|ob|wo|wie|was|dass|zu|um',
  },
  fr: {
    open: 'ouvre|ouvrir|lance|lancer|démarre|démarrer|commence|utilise|demande à|dis à|parle à',
    ask: 'demande à|demande au|dis à|dis au|demande',
    connectors: 'de|d|si|pour|où|comment|que|qu',
  },
  es: {
    open: 'abre|abrir|inicia|iniciar|empieza|comienza|lanza|usa|pregunta a|pide a|dile a',
    ask: 'pregunta a|pide a|dile a|pregúntale a|pídele a',
    connectors: 'que|si|dónde|donde|cómo|como|por|para',
  },
  it: {
    open: 'apri|aprire|avvia|avviare|inizia|comincia|lancia|usa|chiedi a|di a|dì a',
    ask: 'chiedi a|domanda a|di a|dì a|chiedi',
    connectors: 'di|se|dove|come|che|per',
  },
};

// Filled in as each language's NLU stand-in lands (tools/nlu/languages/<lang>.ts).
const LANGUAGES: Partial<Record<Language, NluLanguage>> = { en: ENGLISH, it: ITALIAN };

/** The local NLU's knowledge of a language; English for one it does not know. */
export function nluFor(language: Language): NluLanguage {
  const known = LANGUAGES[language];
  if (!known) return ENGLISH;
  if (language === 'en' || known.invocation) return known;
  return { ...known, invocation: INVOCATION[language] };
}
