import type { SafetySign } from '../../safety/types';
import type { SafetyReading } from '../types';

/*
 * The English signs (safety/signs.ts), read in French, France and Québec alike. Same ids, same
 * kinds, same breadth: an unneeded "voyez un médecin" costs a little, a missed clot or crisis
 * costs a lot.
 *
 * The normal form: lowercase, accents kept, "œ" written "oe", hyphens and punctuation gone, and
 * elisions spelled out ("j'ai" reads "je ai", "n'arrive" "ne arrive", "l'œil" "le oeil",
 * "d'un coup" "de un coup"), so a sign never depends on how the apostrophe was typed.
 *
 * French wraps a verb in its negation ("je ne saigne pas"): "ne" counts as a negation before a
 * sign. Signs that are themselves negative ("je n'arrive pas à respirer", "je ne sens plus mes
 * pieds") begin their pattern at that "ne", so their own negation never undoes them.
 */

/** A letter or digit as French writes it: JavaScript's \b and \w know only ASCII. */
const LETTER = '[a-z0-9àâäçéèêëîïôöùûüÿœæ]';

/** Accented letters also match their bare form, for typed text without accents. */
const BARE: Readonly<Record<string, string>> = {
  à: 'a',
  â: 'a',
  ç: 'c',
  é: 'e',
  è: 'e',
  ê: 'e',
  ë: 'e',
  î: 'i',
  ï: 'i',
  ô: 'o',
  û: 'u',
  ù: 'u',
};

/** Outside character classes, "é" becomes "[ée]"; "\w" becomes a French letter. */
function tolerant(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      out += !inClass && next === 'w' ? LETTER : `${c}${next}`;
      i++;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ']') {
      inClass = false;
      out += c;
    } else {
      const bare = BARE[c];
      out += bare && !inClass ? `[${c}${bare}]` : c;
    }
  }
  return out;
}

export const w = (source: string): RegExp =>
  new RegExp(`(?<!${LETTER})(?:${tolerant(source)})(?!${LETTER})`);

// Building blocks.
const PAIN =
  'mal|douleur|douleurs|douloureux|douloureuse|douloureuses|fait mal|font mal|me lance|lancinante?s?|sensibles?';
const SWOLLEN =
  'gonflée?s?|gonfle|gonflent|gonflement|enflée?s?|enfle|enflent|enflure|oedème|oedémateu\\w*|boursouflée?s?|bouffie?s?|tuméfiée?s?|enflammée?s?|inflammée?s?';
const FOOT =
  'pied|pieds|orteil|orteils|talon|talons|plante|plantes|cheville|chevilles|voûte|cou de pied|ongle|ongles|doigt de pied|doigts de pied|doigts de pieds';
const LEG = 'jambe|jambes|mollet|mollets|tibia|tibias|cuisse|cuisses';
/** "Sang" that is no bleeding: a test, a pressure, a clot, an oath ("bon sang"). */
const BLOOD_NOT_BLEEDING =
  'prises? de sang|analyses? de sang|bilan sanguin|pression sanguine|sucre dans le sang|taux de sucre|glycémie|groupe sanguin|donneur de sang|don de sang|circulation (?:du |de le )?sang|circul\\w* (?:\\w+ ){0,2}sang|sang (?:circule|froid|neuf|chaud)|bon sang|coup de sang|pur sang|caillots?|anticoagul\\w*|fluidifi\\w*|vaisseaux sanguins|orange sanguine';
/** A past clot, which is a doctor's question, not an emergency. */
const PAST_CLOT =
  '(?:eu|fait|antécédents? de|historique de|déjà eu|déjà fait|ancienne?) (?:\\w+ ){0,2}(?:caillots?|phlébites?|thromboses?|embolies?)|(?:caillots?|phlébites?|thromboses?|embolies?) (?:\\w+ ){0,3}(?:il y a|ans|passé|dernier|dernière|autrefois|avant|une fois)';

export const SIGNS: readonly SafetySign[] = [
  // --- crisis: a kind line, where to get help now, and nothing else ---
  {
    id: 'self-harm',
    kind: 'crisis',
    patterns: [
      w('^(?:suis )?(?:fais|fait|faire) du mal(?! (?:en|avec|au|aux|à|si|quand|pendant))'),
      w('suicid\\w*|^(?:le )?suicide$|^(?:à |de )?(?:mourir|crever|me tuer|me suicider|en finir)$'),
      w(
        '(?:me|se|te) (?:tuer|suicider|flinguer|pendre|supprimer)|(?:me|se) (?:foutre|ficher) en le air',
      ),
      w(
        '(?:mettre|met|mets) fin à (?:mes|ses|tes) jours|(?:mettre fin|finir|en finir) (?:à|avec) (?:ma|la|sa) vie|en finir(?! avec)|en finir une bonne fois',
      ),
      w(
        '(?:envie|besoin|hâte|le goût) de (?:mourir|crever|disparaître)|(?:veux|veut|voudrais|aimerais|préférerais|souhaite) (?:mourir|crever|disparaître)|(?:veux|voudrais|aimerais|préférerais) (?:être|etre) (?:mort|morte)',
      ),
      w('(?:mieux|plutôt) (?:mort|morte|morts)|(?:serait|seraient|serais) mieux sans moi'),
      w(
        '(?:ne )?(?:veux|veut|voulais|voudrais) (?:plus|pas) (?:vivre|exister|être là|me réveiller)|(?:plus|pas|aucune) envie de vivre|(?:aucune|pas de|plus de|plus aucune) (?:raison|sens|intérêt) (?:de|à) (?:vivre|continuer)',
      ),
      w(
        '(?:vie|existence) (?:ne )?(?:vaut|mérite) (?:pas|plus) (?:la peine|le coup)|vie (?:ne )?a (?:plus|pas|aucun) (?:de )?sens|à quoi bon vivre',
      ),
      w(
        '(?:ne )?(?:peux|peut) (?:plus|pas) (?:continuer (?:comme ça|à vivre)|vivre comme ça)|^(?:je )?(?:ne )?en peux plus$|(?:ne )?en peux plus de (?:vivre|la vie|tout|exister)|(?:ne )?tiens plus le coup',
      ),
      w(
        '(?:me|se) (?:suis )?(?:faire|fais|fait|ferai|ferais) du mal(?! (?:en|avec|au|aux|à|si|quand|pendant))|(?:me|se) blesser (?:exprès|volontairement)|automutil\\w*|scarifi\\w*|(?:me|se) taillader|(?:taillader|ouvrir|couper) les veines|(?:me|je me) (?:coupe|brûle) (?:exprès|volontairement)',
      ),
      w(
        'overdose|surdose|(?:pris|avalé|prendre|avaler|prends|avale) (?:trop de|toute la boîte de|toutes? mes|tous mes|une boîte de|tout le tube de|toute la plaquette de) (?:\\w+ )?(?:cachets|médicaments|comprimés|pilules|médocs|somnifères)',
      ),
      w(
        '(?:plus|pu|pas|aucun) (?:le |de )?goût de vivre|(?:le |du )?goût de mourir|(?:marre|assez|tannée?) de (?:vivre|la vie|exister)|pense (?:à|souvent à) (?:mourir|me tuer|la mort|en finir)|(?:veux|veut) pu vivre|pu envie de vivre',
      ),
      w('idées (?:noires|suicidaires)|pensées (?:noires|suicidaires)|envies suicidaires'),
      w(
        '(?:ne )?me regretter(?:ait|a|aient|ont)|personne (?:ne )?(?:me )?regretter\\w*|personne (?:ne )?(?:va|verrait|remarquerait)? ?(?:me manquer|ma disparition)|(?:je suis|suis) un (?:fardeau|poids) pour',
      ),
      w(
        'disparaître (?:pour toujours|à jamais|pour de bon)|(?:ne plus|jamais) me réveiller|dormir pour toujours',
      ),
      w(
        '(?:ne )?(?:suis|sens) pas en sécurité|pas en sécurité (?:avec moi|ce soir|en ce moment|maintenant)',
      ),
      w(
        '(?:sens|suis) (?:\\w+ )?(?:désespérée?|sans espoir)|plus aucun espoir|lettre de adieu|mot de adieu',
      ),
      w(
        '(?:sauter|me jeter|me lancer) (?:du haut de|de|du|depuis|par|sous|dans) (?:un |une |le |la |les )?(?:pont|toit|immeuble|fenêtre|balcon|falaise|train|métro|voiture|vide)',
      ),
    ],
  },

  // --- emergency: help now ---
  {
    id: 'chest-pain',
    kind: 'emergency',
    patterns: [
      w(
        `poitrine (?:\\w+ ){0,4}(?:${PAIN}|serrée|oppressée|lourde|comprimée|écrasée|me brûle|brûle|en feu|me serre|serre)|(?:${PAIN}|oppression|serrement|serre|serré|serrée|pression|lourdeur|poids|étau|écrasement|brûlure|pincement|crampe|crampes|point) (?:\\w+ ){0,3}(?:poitrine|thorax|sternum)`,
      ),
      w(
        '(?:douleur|mal) (?:\\w+ ){0,3}(?:irradie|irradiant|descend|monte) (?:\\w+ ){0,3}(?:bras(?! gauche)|mâchoire|épaule gauche)',
      ),
      w(
        'douleurs? thoraciques?|oppression thoracique|thorax (?:\\w+ ){0,2}(?:mal|serré|douloureux)',
      ),
      w(
        'crises? cardiaques?|crise de coeur|infarctus|arrêt cardiaque|angine de poitrine|angor|douleurs? (?:au|dans le) coeur|coeur (?:me )?(?:fait|fais) mal|mal (?:dans|sur) le coeur',
      ),
      w(
        `mâchoire (?:\\w+ ){0,3}(?:${PAIN}) (?:\\w+ ){0,3}(?:poitrine|bras)|(?:${PAIN}) (?:\\w+ ){0,2}mâchoire et (?:\\w+ ){0,2}(?:poitrine|bras)`,
      ),
    ],
    unless: [
      w(
        '(?:ai|avais|a|as) (?:déjà )?(?:eu|fait) (?:un |une )?(?:infarctus|crise cardiaque|crise de coeur)|(?:infarctus|crise cardiaque|crise de coeur) (?:\\w+ ){0,3}(?:il y a|ans|dernier|dernière|passé)',
      ),
    ],
  },
  {
    id: 'arm-pain',
    kind: 'emergency',
    patterns: [
      w(
        `bras gauche (?:\\w+ ){0,3}(?:${PAIN}|engourdi|fourmill\\w*|picote|lourd|faible|paralysé|mort|sans force)|(?:${PAIN}|engourdissement|fourmillements?|picotements?|lourdeur|faiblesse) (?:\\w+ ){0,4}bras gauche`,
      ),
    ],
  },
  {
    id: 'breathlessness',
    kind: 'emergency',
    patterns: [
      w(
        '(?:ne )?(?:arrive|arrivais|parviens|peux|peut|pouvais|arrivons) (?:pas|plus|presque pas|quasiment pas|à peine) (?:à )?(?:respirer|reprendre (?:mon )?souffle|retrouver (?:mon )?souffle|avaler)',
      ),
      w(
        '(?:du mal|de la peine|de la misère|des difficultés|difficulté|difficultés|peine|mal) (?:à|pour) (?:respirer|avaler)|difficultés? respiratoires?|détresse respiratoire|respire (?:mal|difficilement|très vite|avec difficulté|de plus en plus mal)',
      ),
      // What a carrier such as "j'arrive {words}" leaves of the sentence.
      w(
        '^(?:ne )?(?:pas|plus|presque pas|plus du tout) (?:à )?(?:respirer|reprendre mon souffle|avaler)',
      ),
      w(
        'respiration (?:\\w+ ){0,2}(?:difficile|sifflante|courte|rapide|bruyante|bizarre|laborieuse|haletante|coupée)|(?:ne )?respire plus(?! \\w)|ne respire plus|(?:arrêté|arrête|arrêter) de respirer',
      ),
      w(
        'essouffl\\w*|souffle court|souffle coupé|le souffle me manque|à bout de souffle|hors de haleine|(?:manque|manquer|manqué) (?:de )?(?:souffle|air)|étouff\\w*|suffoqu\\w*|suffocat\\w*|asphyxi\\w*|halète|haletante?|sifflement\\w* (?:en respirant|quand je respire|dans la poitrine)',
      ),
      w(
        '(?:lèvres|visage|doigts|peau|ongles|bouche) (?:\\w+ ){0,3}(?:bleus?|bleues?|bleuâtres?|violets?|violettes?|gris|grise|grises)',
      ),
      w(
        '(?:visage|lèvres|lèvre|langue|gorge|bouche|paupières) (?:\\w+ ){0,2}(?:gonfl\\w*|enfl\\w*)',
      ),
      w(
        'crise de asthme|asthme (?:\\w+ ){0,2}crise|anaphyla\\w*|choc allergique|réaction allergique|oedème de quincke|gorge (?:qui )?(?:se )?(?:serre|ferme|bloque|resserre)',
      ),
    ],
  },
  {
    id: 'stroke-signs',
    kind: 'emergency',
    patterns: [
      w(
        'avc|acv|accident vasculaire\\w*|accident cérébro\\w*|accident ischémique|attaque cérébrale|ischémie cérébrale|^(?:une )?attaque$',
      ),
      w(
        '(?:visage|bouche|lèvres?|joue|paupière|figure) (?:\\w+ ){0,3}(?:tombe|tombant|tombante|affaissée?|paralysée?|de travers|engourdie?|tordue?|déformée?|qui pend|pendante?)',
      ),
      w(
        '(?:ne )?(?:arrive|peux|parviens|arrivais) (?:pas|plus) (?:à )?(?:parler|articuler|trouver mes mots|lever (?:le|mon|un) bras|bouger (?:le|mon|un) bras|bouger un côté|sentir un côté)|(?:du mal|de la peine|de la misère|difficultés?) à (?:parler|articuler|trouver mes mots)',
      ),
      w(
        'parole (?:confuse|pâteuse|bizarre|difficile|embrouillée)|parle (?:bizarrement|de travers|mal tout à coup)|bafouill\\w*|mots (?:mélangés|déformés|qui sortent mal)|(?:ne )?(?:arrive|peux) (?:pas|plus) à (?:dire|sortir) (?:mes |les )?mots',
      ),
      w(
        '(?:un|le) côté (?:du|de mon|de son|de ma|de la) (?:corps|visage|figure)|côté (?:gauche|droit) (?:\\w+ ){0,3}(?:engourdie?|paralysée?|faible|lourde?|morte?|insensible)|moitié du (?:corps|visage)|(?:engourdie?|paralysée?|faible|insensible) (?:de|du) (?:un |le )?côté',
      ),
      w(
        'bras (?:\\w+ ){0,2}(?:faible|sans force|tout mou|paralysé|inerte|qui tombe)|faiblesse (?:soudaine |subite )?(?:dans le|dans la|dans un|du|au|de le) (?:bras|jambe|côté)',
      ),
      w(
        'paralys\\w*|(?:soudain\\w*|subit\\w*|brutal\\w*|tout à coup|de un coup|brusquement) (?:\\w+ ){0,2}(?:confuse?|engourdie?|faible|faiblesse|paralysée?)|(?:confusion|engourdissement|faiblesse) (?:soudaine?|subite?|brutale?)',
      ),
    ],
  },
  {
    id: 'sudden-severe-headache',
    kind: 'emergency',
    patterns: [
      w(
        '(?:mal de tête|maux de tête|migraine|céphalée|mal à la tête|mal au crâne) (?:\\w+ ){0,3}(?:soudaine?|brutale?|violente?|explosi\\w*|terrible|insupportable|atroce|fulgurante?|horrible|comme jamais|en coup de tonnerre|subite?|jamais eu)',
      ),
      w(
        '(?:soudaine?|brutale?|violente?|terrible|atroce|insupportable|pire|subite?|fulgurante?|horrible) (?:\\w+ ){0,2}(?:mal de tête|maux de tête|migraine|céphalée|mal à la tête)',
      ),
      w(
        '(?:tout à coup|de un coup|soudainement|brusquement|subitement) (?:\\w+ ){0,3}(?:mal à la tête|mal de tête|la tête)',
      ),
      w('coup de tonnerre|tête (?:\\w+ ){0,2}(?:explose|exploser|éclate|éclater)'),
      w(
        '(?:cogné|cognée|cogner|cogne|tapé|tapée|frappé|frappée|heurté|heurtée|pété|pétée|reçu|reçue) (?:\\w+ ){0,3}(?:la tête|le crâne|ma tête)|(?:coup|choc) (?:sur|à|dans) la tête|tombée? sur la tête|traumatisme crânien|trauma crânien|commotion\\w*',
      ),
      w(
        '(?:mal de tête|mal à la tête|migraine) (?:après|depuis) (?:une|la|ma|un|le|mon) (?:chute|coup|choc|accident)',
      ),
      w(
        '(?:mal de tête|mal à la tête|migraine) (?:\\w+ ){0,3}(?:nuque raide|vomissements|vomis|fièvre|confusion)|nuque raide (?:et|avec) (?:de la )?(?:fièvre|mal)',
      ),
    ],
  },
  {
    id: 'sudden-vision-loss',
    kind: 'emergency',
    patterns: [
      w('vois double|vision double|vue double|voir double|diplopie'),
      w(
        '(?:ne )?vois plus (?:rien|de un oeil|de cet oeil|de mon oeil|clair)|(?:ne )?vois plus$|(?:ne )?vois (?:plus |rien )?(?:de|avec) (?:un|mon|le) oeil|(?:perdu|perte de|perds|perdre|baisse soudaine de) (?:la |ma )?(?:vue|vision)',
      ),
      w(
        'devenue? aveugle|aveugle (?:de un oeil|tout à coup|soudain\\w*)|soudainement aveugle|voile (?:noir )?devant (?:les yeux|le oeil|mes yeux|un oeil)|rideau (?:devant|sur) (?:le oeil|mon oeil|les yeux)',
      ),
      w(
        'vois (?:trouble|flou|noir) (?:\\w+ ){0,2}(?:soudain\\w*|tout à coup|de un coup|subitement|brusquement)|(?:soudain\\w*|brutal\\w*|subit\\w*|tout à coup|de un coup) (?:\\w+ ){0,3}(?:vue|vision|aveugle|vois (?:plus|flou|trouble))|(?:vue|vision) (?:\\w+ ){0,2}(?:soudain\\w*|brutal\\w*|subit\\w*|tout à coup|de un coup)',
      ),
    ],
  },
  {
    id: 'coughing-blood',
    kind: 'emergency',
    patterns: [
      w(
        '(?:crach\\w*|touss\\w*|vomi\\w*|dégueul\\w*|gerb\\w*|rendu|rends) (?:\\w+ ){0,2}(?:du sang|de le sang|sang)',
      ),
      w(
        'sang dans (?:mes |les |le |la |mon |ma )?(?:selles|crachats|vomi\\w*|urines?|pipi|caca|toux|glaires)|(?:selles|crachats|vomissements|urines?) (?:\\w+ ){0,2}(?:sang|ensanglantée?s?)|selles noires|méléna|hématémèse|hémoptysie|crachats? (?:de sang|sanglants?)',
      ),
    ],
  },
  {
    id: 'heavy-bleeding',
    kind: 'emergency',
    patterns: [
      w(
        'saign\\w* (?:beaucoup|énormément|abondamment|fort|sans arrêt|partout|à flots|comme un boeuf|trop|encore|toujours|de plus en plus)|(?:ne )?(?:arrête|arrêtent) (?:pas|plus) de saigner|(?:ne )?(?:arrive|peux) pas à arrêter (?:le saignement|de saigner|le sang)',
      ),
      w(
        'saignements? (?:abondants?|importants?|qui ne (?:se )?arrêtent? pas|sans fin)|hémorragi\\w*|(?:beaucoup|plein|énormément|tellement) de sang|(?:le )?sang (?:coule|gicle|jaillit|pisse|partout)|pisse le sang|pisser le sang|perd\\w* (?:beaucoup de |du |de le )?sang',
      ),
      // Bleeding with no place named: "je saigne" may be anything, so it is treated as the worst.
      w(
        `(?:^(?:je )?|(?:je|ça|ca|il|elle|ils|elles|on) )saign\\w*(?! (?:\\w+ ){0,3}(?:${FOOT}|${LEG}))|(?:commencé|continue|continuer) à saigner|saignements?(?! (?:\\w+ ){0,3}(?:${FOOT}|${LEG}))`,
      ),
    ],
  },
  {
    // Blood with no place named ("il y a du sang partout") is treated as the worst.
    id: 'blood',
    kind: 'emergency',
    patterns: [w('sang|ensanglantée?s?|sanglante?s?|saign\\w*')],
    unless: [w(BLOOD_NOT_BLEEDING), w(FOOT), w(LEG)],
  },
  {
    id: 'swollen-calf',
    kind: 'emergency',
    patterns: [
      w(
        'jambe (?:\\w+ ){0,3}plus (?:grosse|gonflée|enflée|épaisse|large|grande) que (?:le|la) autre',
      ),
      w(`mollets? (?:\\w+ ){0,5}(?:${SWOLLEN}|chaude?s?|rouges?|plus gros|plus grosse|énormes?)`),
      w(`(?:gonflement|enflure|oedème|rougeur|chaleur) (?:\\w+ ){0,2}mollets?`),
      w(
        `jambes? (?:\\w+ ){0,4}(?:${SWOLLEN}) (?:\\w+ ){0,3}(?:chaudes?|rouges?|douloureuses?|sensibles?|brûlantes?)|jambes? (?:\\w+ ){0,3}(?:chaudes?|rouges?|douloureuses?) (?:et )?(?:${SWOLLEN})`,
      ),
      w('une (?:seule )?jambe (?:\\w+ ){0,2}(?:plus grosse|plus gonflée|plus enflée)'),
      w(`(?:${PAIN}|crampes?) (?:et|avec) (?:un )?(?:${SWOLLEN}) (?:\\w+ ){0,2}(?:mollets?|jambe)`),
      w(
        'mollets? (?:\\w+ ){0,4}(?:dur|durs|dure|dures) et (?:\\w+ )?(?:douloureux|douloureuse|chaud|chaude|rouge)',
      ),
      w('caillots?|thrombo\\w*|phlébite\\w*|tvp|embolie\\w*|veine profonde'),
    ],
    unless: [w(PAST_CLOT)],
  },
  {
    id: 'fainting',
    kind: 'emergency',
    patterns: [
      w(
        '(?:ne )?(?:se )?réveille (?:pas|plus)|(?:ne )?répond (?:pas|plus)|(?:ne )?réagit (?:pas|plus)|inconscient\\w*|sans connaissance',
      ),
      w(
        'évanou\\w*|(?:perdu|perd|perds|perdre|perte de) connaissance|tomb\\w* dans les (?:pommes|vapes)|syncope\\w*|(?:fait|fais|faire|eu|ai|avoir) un malaise|malaise vagal|^(?:un )?malaise$|black out|(?:tourner|tourné|tourne) de le oeil|je me sens partir',
      ),
      w('convuls\\w*|crise de épilepsie|crise épileptique|crise convulsive'),
    ],
  },
  {
    id: 'emergency-call',
    kind: 'emergency',
    patterns: [
      w(
        '^(?:une )?urgence$|^(?:les )?urgences$|^(?:une )?ambulance$|^(?:le )?samu$|^(?:les )?pompiers$',
      ),
      w(
        'ambulance|samu|(?:appel\\w*|appelle|appelez) (?:les )?(?:pompiers|secours|urgences)|(?:appel\\w*|composer|faire) (?:le )?(?:quinze|dix huit|cent douze|neuf un un|neuf cent onze|15|18|112|911)|cent douze|neuf un un|neuf cent onze|112|911',
      ),
      w(
        '(?:ce est|il y a|je ai) une urgence|(?:aux|les) urgences|(?:je )?(?:vais|va) mourir|je meurs|je suis en train de mourir|(?:très|vraiment|gravement) malade',
      ),
    ],
    unless: [
      w(
        '(?:mourir|meurs|meurt|morte?) de (?:rire|faim|soif|chaud|froid|ennui|honte|envie|fatigue|peur)|en cas de urgence',
      ),
    ],
  },
  {
    id: 'poisoning',
    kind: 'emergency',
    patterns: [
      w(
        'empoisonn\\w*|intoxi\\w*|(?:avalé|ingéré) (?:des|plein de|une boîte de) (?:médicaments|cachets|pilules|comprimés)|(?:avalé|bu|ingéré) (?:de le |du |de la |un |une )?(?:eau de javel|javel|produit|détergent|poison|quelque chose de toxique|essence|pesticide)|centre antipoison|anti poison|antipoison',
      ),
    ],
  },

  // --- doctor: no massage today; see a doctor soon ---
  {
    id: 'swollen-leg',
    kind: 'doctor',
    patterns: [w(`jambes? (?:\\w+ ){0,4}(?:${SWOLLEN})|(?:${SWOLLEN}) (?:\\w+ ){0,2}jambes?`)],
  },
  {
    id: 'heavy-exhaustion',
    kind: 'doctor',
    patterns: [
      w(
        '(?:complètement|totalement|extrêmement|vraiment|tellement|très|si) (?:épuisée?|vidée?|à bout)|épuisement (?:total|extrême|complet|profond)|burn out|burnout|(?:syndrome de )?fatigue chronique|(?:ne )?(?:tiens|tient) (?:plus|pas|presque plus) debout|au bout du rouleau|à bout de forces',
      ),
    ],
  },
  {
    id: 'skin-problem',
    kind: 'doctor',
    patterns: [
      w(
        'eczéma|psoriasis|éruptions?|plaques rouges|urticaire|verrues?|mycoses?|pied de athlète|champignons? (?:sur|entre|aux|au|sous)|ampoules? (?:au|aux|sur|sous)|(?<!en )cloques?|brûlures?(?! de estomac| gastrique)|brûlée? (?:le|la|les|mon|ma|au|à)|me suis brûlée?|ébouillant\\w*|une bosse|grosseur|boule (?:sous|sur|dans) (?:la|le) (?:peau|pied|plante)|traînée rouge|ongle (?:\\w+ )?(?:tombé|arraché|décollé)|perdu un ongle|peau (?:craquelée|fendue|abîmée|à vif|arrachée)|crevasses?|gerçures?',
      ),
    ],
  },
  {
    id: 'past-clot',
    kind: 'doctor',
    patterns: [
      w(PAST_CLOT),
      w(
        'anticoagul\\w*|fluidifi\\w* (?:le |de le )?sang|fluidifiants?|warfarine|coumadine?|héparine|apixaban|rivaroxaban|eliquis|xarelto|sintrom|préviscan|lovenox|pradaxa',
      ),
    ],
  },
  {
    id: 'high-fever',
    kind: 'doctor',
    patterns: [
      w(
        '^(?:de la )?(?:forte )?(?:température|fièvre)$|(?:je suis|il est|elle est|tu es|suis) (?:tout |toute )?brûlante?(?! de)',
      ),
      w(
        'fièvres?(?! des foins)|fiévreu\\w*|fébrile|(?:de la|forte|grosse|beaucoup de) température(?! (?:de|des|du) (?:mes |mon |ma |les |le |la )?(?:pieds?|orteils?|peau|mains))|(?:des|de les|avec des) frissons|grelott\\w*|covid|(?:trente huit|trente neuf|quarante|38|39|40)(?: \\w+)? (?:de )?(?:température|fièvre)',
      ),
    ],
  },
  {
    id: 'diabetic-foot',
    kind: 'doctor',
    patterns: [
      w('^(?:engourdie?s?|engourdissements?|fourmillements?|des fourmis|des picotements)$'),
      w(
        '(?:ne )?(?:ai |a )?(?:perdu|perte de|perds|plus de|pas de|aucune|plus aucune) (?:la |toute )?(?:sensation|sensibilité)',
      ),
      w(
        'diabète|diabètes|diabétique\\w*|neuropath\\w*|glycémie|sucre dans le sang|taux de sucre|insuline',
      ),
      w(
        `(?:${FOOT}|${LEG}) (?:\\w+ ){0,3}(?:engourdie?s?|insensibles?|endormie?s? tout le temps|qui picotent|fourmill\\w*)`,
      ),
      w(
        `(?:engourdissements?|fourmillements?|picotements?|des fourmis|perte de sensation|perte de sensibilité) (?:\\w+ ){0,3}(?:${FOOT}|${LEG})|engourdissements?|(?:ne )?(?:sens|sent|ressens) (?:plus|pas|rien|presque plus) (?:\\w+ ){0,2}(?:${FOOT})`,
      ),
    ],
  },
  {
    id: 'foot-wound',
    kind: 'doctor',
    patterns: [
      w(
        '(?:marché|marche|posé le pied|mis le pied) sur (?:un |une |du |des |de le |de la )?(?:verre|clou|punaise|aiguille|épine|écharde|morceau de verre|bout de verre|tesson|quelque chose de pointu)',
      ),
      w(
        `coupures?|(?:coupée?|couper|coupe|entaillée?|ouverte?|tranchée?|déchirée?) (?:\\w+ ){0,2}(?:${FOOT}|${LEG})|(?:plaie|blessure|entaille|coupure) (?:\\w+ ){0,3}(?:profonde|ouverte|qui saigne|infectée)|plaies?|entailles?|lacér\\w*|points de suture|sutures?|échardes?|piqûre de (?:clou|aiguille)`,
      ),
      w(
        `(?:planté|plantée|rentré|enfoncé) (?:\\w+ ){0,3}(?:clou|épine|écharde|bout de verre|morceau de verre|aiguille)|(?:orteil|orteils|ongle|ongles|${FOOT}) (?:\\w+ ){0,2}(?:noir|noirs|noire|noires|noircie?s?)`,
      ),
      w(
        'infect\\w*|pus|suppur\\w*|suinte\\w*|abcès|cellulite infectieuse|érysipèle|gangrèn\\w*|ulcères?|mal perforant|(?:ne )?(?:guérit|cicatrise|se referme) (?:pas|plus|jamais)|orteil noir|orteils noirs|peau noire|ongle noir|tache noire',
      ),
      w(
        `(?:${FOOT}) (?:\\w+ ){0,3}(?:rouges?|chaude?s?|brûlante?s?) et (?:\\w+ ){0,2}(?:${SWOLLEN}|${PAIN}|chaude?s?|rouges?)`,
      ),
      w(
        '(?:ai|a|avez|as|fais|fait|crise de) (?:la )?goutte(?! de)|oignon (?:\\w+ ){0,2}(?:rouge|chaud|enflé|gonflé|infecté)|ongles? incarnés?|varices? (?:\\w+ ){0,2}(?:gonfl\\w*|enfl\\w*|douloureuses?|dures?)|veines? (?:\\w+ ){0,2}(?:gonfl\\w*|saillantes?|dures?|tordues?|noueuses?)',
      ),
    ],
    unless: [w('coup\\w* (?:les |mes |tes )ongles')],
  },
  {
    id: 'swollen-foot',
    kind: 'doctor',
    patterns: [
      w(`(?:${FOOT}) (?:\\w+ ){0,4}(?:${SWOLLEN})|(?:${SWOLLEN}) (?:\\w+ ){0,2}(?:${FOOT})`),
    ],
    unless: [w('enceinte|grossesse|trimestre')],
  },
  {
    id: 'foot-bleeding',
    kind: 'emergency',
    patterns: [
      w(
        `(?:saign\\w*|sang|ensanglantée?s?) (?:\\w+ ){0,6}(?:${FOOT}|${LEG})|(?:${FOOT}|${LEG}) (?:\\w+ ){0,6}(?:saign\\w*|sang|ensanglantée?s?)`,
      ),
    ],
    unless: [w(BLOOD_NOT_BLEEDING)],
  },
  {
    id: 'injury',
    kind: 'doctor',
    patterns: [
      w(
        'cassée?s?|cassure|casser (?:le|la|les|un|une|mon|ma)|fractur\\w*|fêlée?s?|fêlure|entors\\w*|foulure\\w*|foulée? (?:la|le|ma|mon)|cheville foulée|(?:me|suis|est) foulée?|luxation|luxée?|déboît\\w*|déchirure\\w*|déchirée? (?:un |le |les |mon )?(?:muscle|ligament|tendon|mollet)|rupture\\w*|claquage|élongation|ligaments? (?:rompus?|déchirés?)|tendon (?:rompu|déchiré)',
      ),
      w(
        `pétée? (?:le|la|les|mon|ma|un|une) (?:${FOOT}|${LEG}|genou|os)|tordue? (?:\\w+ ){0,1}(?:${FOOT}|${LEG}|genou)|(?:fait mal|blessée?|écrasée?|coincée?|cognée?) (?:au |à la |aux |le |la |les |mon |ma |mes )(?:${FOOT}|${LEG}|genou|genoux)`,
      ),
      w(
        'opérée?|opération|chirurgie|intervention chirurgicale|(?:ne )?(?:peux|arrive) (?:pas|plus) (?:à )?(?:poser|mettre|appuyer) (?:le |mon )?pied|(?:ne )?(?:peux|arrive) (?:pas|plus) (?:à )?marcher',
      ),
      w(
        '^(?:tomber|tombée?s?)(?! (?:enceinte|malade|amoureu\\w*|de sommeil|dans les pommes|dans les vapes))|blessure\\w*|blessée?s?|(?:viens de|suis|est) (?:tomber|tombée?)(?! (?:enceinte|malade|amoureu\\w*|de sommeil|dans les pommes|dans les vapes))|(?:grosse|mauvaise|vilaine|une) chute|chute (?:récente|hier|ce matin|aujourd hui)|tombée? (?:dans|de|sur|en) (?:le|la|les|un|une|mon|ma)(?! pommes)',
      ),
    ],
    unless: [
      w(
        'cass\\w* les pieds|casse tête|voix cassée|sommeil (?:cassé|coupé)|coeur brisé|tomb\\w* (?:enceinte|malade|amoureu\\w*|de sommeil|dans les pommes)',
      ),
    ],
  },
  {
    id: 'heart-circulation',
    kind: 'doctor',
    patterns: [
      w(
        '(?:problèmes?|maladie|insuffisance|souffle|troubles?) (?:au |de |du |de le |des )?(?:cardiaques?|coeur)|cardiaques?|cardiopath\\w*|palpitations?|arythmie|tachycardie|coeur (?:qui )?(?:bat (?:trop )?(?:vite|fort|la chamade|irrégulièrement|bizarrement)|se emballe|saute des battements)|pacemaker|pace maker|stimulateur cardiaque|stent|pontage|mauvaise circulation|problèmes? de circulation|troubles? circulatoires?|insuffisance veineuse|hypertension|hypotension|haute pression|basse pression|(?:fais|fait|faire) de la pression|(?:fais|fait|faire) de le angine|(?:de la|trop de|beaucoup de|ma) tension(?! (?:dans|au|aux|à|nerveuse|musculaire|dans les))|tension (?:artérielle|trop haute|trop basse|élevée|basse|haute)|artérite|varices?|lymphoedème|oedèmes?',
      ),
      w('(?:eu|fait) (?:un |une )?(?:infarctus|crise cardiaque|crise de coeur)'),
      w(
        'cancers?|chimio\\w*|radiothérapie|tumeurs?|ostéoporose|(?:maladie|insuffisance|problèmes?) (?:des |de les |aux )?reins|insuffisance rénale|dialyse|épilep\\w*',
      ),
    ],
  },

  // --- pregnancy: the pregnancy answer, and a "yes" at the safety question ---
  {
    id: 'pregnancy',
    kind: 'pregnancy',
    patterns: [
      w(
        '^(?:\\w+ ){1,2}(?:semaines?|mois)(?: de grossesse| enceinte)?$|(?:suis|est|sommes) à (?:\\w+ ){1,2}(?:semaines|mois)(?! de (?:vacances|travail))',
      ),
      w(
        'enceinte\\w*|grossesse\\w*|(?:semaines?|mois) de grossesse|en cloque|(?:suis|est) en famille|future maman|futur papa|femme enceinte|nausées (?:matinales|de grossesse)|hyperémèse|trimestres?|sage femme|contractions?(?! musculaires?| des muscles| du muscle)|(?:le )?travail a commencé|en travail|perdu les eaux|poche des eaux|date du terme|terme (?:prévu|dépassé)|accouch\\w*|fiv|fécondation in vitro|pma',
      ),
      w(
        '(?:attend\\w*|attends) (?:un |une |des |notre |mon |le |la |mes )?(?:premier |première |deuxième |second |troisième |petit |petite )?(?:bébé|bébés|enfant|heureux événement|jumeaux|jumelles|petit bout)|polichinelle dans le tiroir|bébé (?:en route|est prévu|prévu|arrive|bouge|donne des coups)|le bébé (?:bouge|donne des coups)',
      ),
      w(
        'essa\\w* (?:de |pour )?(?:avoir|faire) (?:un |une |notre |mon )?(?:bébé|enfant)|essa\\w* de tomber enceinte|tomber enceinte|concevoir|conception|désir de enfant|désir de grossesse',
      ),
    ],
  },
];

const SPELLED_OUT: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u02bc`´]/g, "'"],
  [/œ/g, 'oe'],
  [/æ/g, 'ae'],
  // "s'il" is "si il", not "se il".
  [/(^|[^a-zà-ÿ])s'(ils?)(?![a-zà-ÿ])/g, '$1si $2'],
  [/(^|[^a-zà-ÿ])(jusqu|lorsqu|puisqu|quoiqu|qu)'/g, '$1$2e '],
  [/(^|[^a-zà-ÿ])([jnldmtsc])'/g, '$1$2e '],
  // Typed without the apostrophe, or said the way it sounds.
  [/(^|[^a-zà-ÿ])jai(?![a-zà-ÿ])/g, '$1je ai'],
  [/(^|[^a-zà-ÿ])(?:jsuis|chuis|chui|jsui)(?![a-zà-ÿ])/g, '$1je suis'],
  [/(^|[^a-zà-ÿ])j(veux|peux|sais|sens|arrive|ai|vais|crois|pense)(?![a-zà-ÿ])/g, '$1je $2'],
  [/(^|[^a-zà-ÿ])aujourde hui(?![a-zà-ÿ])/g, '$1aujourd hui'],
];

export function frenchSafetyWords(text: string): string {
  let out = text.toLowerCase();
  for (const [pattern, replacement] of SPELLED_OUT) out = out.replace(pattern, replacement);
  return out
    .replace(/[^a-z0-9àâäçéèêëîïôöùûüÿ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** French, France and Québec alike. */
export const SAFETY: SafetyReading = {
  normalise: frenchSafetyWords,
  signs: SIGNS,
  negation: new RegExp(
    `(?<!${LETTER})(?:ne|pas|jamais|sans|aucun|aucune|ni|nullement|guère)(?!${LETTER})`,
  ),
  // Doubt is no negation ("je ne sais pas si je suis enceinte"), nor is "ça ne va pas".
  hedge: new RegExp(
    `(?<!${LETTER})(?:sais pas|sait pas|pas s[uû]re?|pas certaine?|aucune id[ée]e|(?:[çc]a )?(?:ne )?va pas|pas bien|pas mal)(?!${LETTER})`,
  ),
  // "Non" undoes only what comes right after it ("non enceinte"), not "non, je saigne".
  negatedJustBefore: ['non'],
};
