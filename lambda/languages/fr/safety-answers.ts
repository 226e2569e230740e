import type { SafetyAnswers } from '../types';
import { w } from './safety-reading';

/*
 * Everyday French answers to the safety question, against the French reading's normal form
 * (lowercase, accents kept, elisions spelled out: "j'ai" reads "je ai", "c'est" reads "ce est").
 * Word edges are the reading's own (its `w`): \b knows no accents.
 */

export const SAFETY_ANSWERS: SafetyAnswers = {
  applies: [
    // Unwell is a reason to wait; it carries its own "ne ... pas", so it is read first.
    w(
      'ne (?:me sens|vais|suis) (?:pas|vraiment pas) (?:très |trop |si |super |vraiment )?(?:bien|en forme)|ça va pas|ca va pas|ça ne va pas|ca ne va pas|pas (?:très |trop |si |super )?bien|pas en forme|malade|souffrante?|mal fichue?|patraque|je me sens mal',
    ),
    w(
      'fatigu(?:é|e)e?s?|épuisée?s?|crevée?s?|claquée?s?|vidée?s?|lessivée?s?|naze|à plat|mort de fatigue|morte de fatigue|sans énergie|plus de énergie|au bout du rouleau|ko',
    ),
    w(
      'coeur|cœur|cardiaque|circulation|tension|caillot|caillots|phlébite|thrombose|varices|veines|peau|eczéma|psoriasis|ampoule|ampoules|plaie|plaies|coupure|coupures|verrue|verrues|mycose|champignon|champignons',
    ),
    w(
      'un de ceux la|une de celles la|un des deux|le un de eux|certains|certaines|quelques uns|ça me concerne|ca me concerne|ça se applique|ce est mon cas|ce est moi|peut être un|un peu|plus ou moins|en quelque sorte',
    ),
    /^(?:oui|ouais|ouaip|si)(?![a-zàâäçéèêëîïôöùûüÿ])/,
  ],
  none: [
    w('aucun|aucune|rien|ni|nan|non plus'),
    w(
      '(?:je vais|ça va|ca va|tout va|je me sens|je suis) (?:bien|très bien|super bien)|ça va|ca va|tout va bien|en forme|en pleine forme|en bonne santé|tout est bon|ce est bon',
    ),
    w(
      'pas de problème|pas de souci|pas vraiment|pas du tout|pas moi|ça ne me concerne pas|ce est pas mon cas|ce ne est pas mon cas|rien de tout ça|rien de tout cela|rien de ça',
    ),
    /^non(?![a-zàâäçéèêëîïôöùûüÿ])/,
  ],
};
