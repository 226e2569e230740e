import type { SafetyAnswers } from '../types';
import { w } from './safety-reading';

/*
 * Everyday Italian answers to the safety question, against the Italian reading's normal form
 * (lowercase, accents kept, an elision read as a space: "po'" reads "po"). Word edges are
 * letter lookarounds: \b knows no accents.
 */

export const SAFETY_ANSWERS: SafetyAnswers = {
  applies: [
    // Unwell is a reason to wait; it carries its own "non", so it is read first.
    w(
      'non (?:sto|mi sento) (?:molto |tanto |troppo |per niente |affatto )?(?:bene|in forma)|non molto bene|malat[oa]|sto male|mi sento male|poco bene|indispost[oa]|influenzat[oa]|giù di corda',
    ),
    w(
      'stanc[oa]|stanchi|stanche|stanchissim[oa]|esaust[oa]|sfinit[oa]|distrutt[oa]|a pezzi|cott[oa]|spossat[oa]|senza energia|senza forze|a terra|ko',
    ),
    w(
      'cuore|cardiaco|circolazione|pressione|coagulo|coaguli|trombosi|varici|vene|pelle|eruzione|eczema|psoriasi|vescica|vesciche|ferita|ferite|taglio|tagli|verruca|verruche|funghi|fungo|micosi|piede di atleta',
    ),
    w(
      'uno di questi|una di queste|uno di quelli|qualcuno|qualcuna|alcuni|alcune|mi riguarda|è il mio caso|sono io|forse uno|forse una|un po|più o meno|piu o meno|in parte',
    ),
    /^(?:sì|si|certo)(?![a-zà-öø-ÿ])/,
  ],
  none: [
    w('nessuno|nessuna|niente|nulla|né'),
    w(
      '(?:sto|mi sento|va tutto|tutto) (?:bene|benissimo|alla grande|a posto|ok|okay)|tutto bene|tutto a posto|tutto ok|in forma|in salute|sto bene',
    ),
    w(
      'nessun problema|non proprio|per niente|per nulla|affatto|io no|non mi riguarda|non è il mio caso|niente di tutto questo|niente di questo',
    ),
    /^no(?![a-zà-öø-ÿ])/,
  ],
};
