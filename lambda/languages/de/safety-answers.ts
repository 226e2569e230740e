import type { SafetyAnswers } from '../types';
import { w } from './safety-reading';

/*
 * Everyday German answers to the safety question, against the German reading's normal form
 * (lowercase, ß as "ss", "geht's" as "geht es"). Word edges are the reading's own (its `w`): \b knows no
 * umlauts. "Fertig" alone is left out: "ich bin fertig" is as often "I'm ready" as "worn out".
 */

export const SAFETY_ANSWERS: SafetyAnswers = {
  applies: [
    // Unwell is a reason to wait; it carries its own "nicht", so it is read first.
    w(
      '(?:geht es|fühle ich mich|fühle mich|bin) (?:mir )?(?:heute )?(?:nicht|gar nicht|überhaupt nicht) (?:so |besonders |sehr |ganz )?(?:gut|wohl|fit|prima)|nicht so gut|nicht gut|krank|unwohl|elend|angeschlagen|erkältet|grippe|mies|(?:mir ist|ist mir) (?:schlecht|übel)',
    ),
    w(
      'müde|todmüde|übermüdet|erschöpft|kaputt|ausgelaugt|platt|erledigt|schlapp|k o|ko|völlig fertig|total fertig|fix und fertig|keine energie|keine kraft|am ende',
    ),
    w(
      'herz|herzprobleme|kreislauf|kreislaufprobleme|blutdruck|gerinnsel|thrombose|venen|krampfadern|haut|ausschlag|ekzem|neurodermitis|schuppenflechte|blase|blasen|wunde|wunden|schnitt|warze|warzen|fusspilz|nagelpilz|pilz',
    ),
    w(
      'eins davon|eines davon|eine davon|einiges davon|ein paar davon|manches davon|das trifft zu|trifft zu|trifft auf mich zu|das bin ich|betrifft mich|vielleicht eins|irgendwie schon|ein bisschen|ein wenig|ein bissl|teilweise',
    ),
    /^(?:ja|jo|jap|jawohl|doch)(?![a-zäöüß])/,
  ],
  none: [
    w('keins|keines|keine davon|keiner davon|nichts davon|nichts|weder|nö|nee|ne'),
    w(
      '(?:mir geht es|es geht mir|geht es mir|geht es|alles|ganz|völlig|total|ich bin|bin|ich fühle mich) (?:gut|prima|bestens|super|in ordnung|okay|ok|gesund|fit|klar)|alles gut|alles klar|alles okay|alles in ordnung|kerngesund|topfit',
    ),
    w(
      'kein problem|keine probleme|trifft nicht zu|betrifft mich nicht|nicht wirklich|gar nicht|überhaupt nicht|ich nicht|nichts von allem|nichts von alledem',
    ),
    /^nein(?![a-zäöüß])/,
  ],
};
