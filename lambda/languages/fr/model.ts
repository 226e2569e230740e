/**
 * The French interaction model (fr-FR and fr-CA), carrier phrases around the slots of
 * ./vocabulary.ts, for the tools only (never bundled). Written as people in France and Québec ask,
 * with "vous" and "tu" both, since people talk to Alexa either way. Samples hold no hyphens
 * ("est ce que", "dis moi"): Alexa allows letters, spaces, apostrophes and periods only.
 */
import { expand } from '../../phrasing/carriers';
import type { LanguageIntent, LanguageModel } from '../types';

// --- the routine ---

const MASSAGE =
  '(massage|massage des pieds|massage de pieds|massage de mes pieds|séance|séance de massage|routine|réflexologie)';
/** The massage with its article, each noun with its own gender. */
const A_MASSAGE =
  '((un|le|mon) (massage|massage des pieds|massage de pieds)|(une|la|ma) (séance|séance de massage|routine))';
/** The same, fewer: with a length after it the choices multiply. */
const A_MASSAGE_OF = '((un|le) (massage|massage des pieds)|(une|la) séance)';
const START = '(commence|démarre|lance|fais moi|faites moi|guide moi pour|guidez moi pour|on fait)';
const WANT =
  "(je veux|je voudrais|j'aimerais|on peut faire|est ce qu'on peut faire|tu peux me faire|vous pouvez me faire|pouvez vous me faire)";

const START_MASSAGE = expand(
  `${START} ${A_MASSAGE}`,
  `(commencer|démarrer|lancer) ${A_MASSAGE}`,
  `${START} ${A_MASSAGE_OF} {length}`,
  `${START} (un|une|le|la|mon|ma) {length} (massage|séance)`,
  `${WANT} ${A_MASSAGE}`,
  `${WANT} ${A_MASSAGE_OF} {length}`,
  `${WANT} (un|une) {length} (massage|séance)`,
  `${WANT} (la|le) (version|formule) {length}`,
  `(on|allez on) (commence|démarre|fait|lance) ${A_MASSAGE}`,
  `on (commence|fait|lance) ${A_MASSAGE_OF} {length}`,
  `(commence|commencez|lance|lancez) ${A_MASSAGE} (maintenant|s'il vous plaît|s'il te plaît)`,
  `(la|le|une|un) ${MASSAGE} {length} (s'il vous plaît|s'il te plaît|)`,
  `(la|une) (version|formule) {length} (s'il vous plaît|s'il te plaît|)`,
  `${MASSAGE} {length}`,
  "(je veux|je voudrais|j'aimerais|aide moi à|aidez moi à|on va|je vais) (masser|me masser) (mes pieds|les pieds)",
  '(masse|massez) moi les pieds',
  "(je veux|je voudrais|j'aimerais) (masser|me masser) (mes pieds|les pieds) (pendant|) {length}",
  `(c'est l'heure de|c'est le moment de) (mon|ma|la|le) ${MASSAGE}`,
  `(je suis prêt|je suis prête|prêt|prête) pour ${A_MASSAGE}`,
  `(je suis prêt|je suis prête) pour ${A_MASSAGE_OF} {length}`,
  '(je suis prêt|je suis prête|on est prêts) à commencer',
  "(on peut|on pourrait|est ce qu'on peut) commencer",
  `c'est parti pour (un|une|le|la) ${MASSAGE}`,
  "(c'est parti|allons y|on y va)",
  '(commence|commencer|démarre|démarrer)',
  `(je veux|je voudrais|j'aimerais|on peut) (commencer|démarrer|faire|lancer) ${A_MASSAGE_OF}`,
  "massage (s'il vous plaît|s'il te plaît)",
  '(on se fait|je me fais|je vais me faire) (un massage|un massage des pieds|une séance|un petit massage)',
  '(allez|bon|alors) on (commence|y va|démarre)',
  "(j'ai envie|j'ai besoin|j'aurais besoin) (d'un massage|d'un massage des pieds|d'un petit massage|d'une séance|d'un bon massage)",
  "(j'ai envie|j'ai besoin) d'un massage {length}",
  '(un|) nouveau massage',
  "(un|le) massage des pieds (s'il vous plaît|s'il te plaît)",
  '(coache moi|coachez moi|accompagne moi|accompagnez moi) pour (un massage des pieds|masser mes pieds)',
  '(je suis installé|je suis installée|je suis bien installé|je suis bien installée) (on y va|on commence|on peut commencer)',
);

const CHOOSE_POSTURE = expand(
  '{posture}',
  "(je vais|je vais me mettre|je me mets|je m'installe|je vais m'installer|je vais rester|je serai|je vais être|je préfère être) {posture}",
  "(je choisis|je prends|je préfère|je veux|je voudrais|j'aimerais|on fait|on prend|prenons|choisissons) {posture}",
  '(je mets|je pose|je vais mettre|je vais poser|je garde) (mon pied|le pied) {posture}',
  '(avec|mettre|poser) (mon pied|le pied) {posture}',
  '(je suis|je reste) (assis|assise|allongé|allongée|installé|installée) {posture}',
  '(changer de position|je change de position|passons|on passe) (pour|à) {posture}',
  '(la position|position) {posture}',
  '(plutôt|je dirais|je pense|disons) {posture}',
  '(je vais le faire|je le fais|je vais faire ça) {posture}',
  "{posture} (s'il vous plaît|s'il te plaît|pour moi)",
  '(mon pied est|le pied est|mon pied sera) {posture}',
  '(moi|pour moi|moi ce sera) {posture}',
  '(je suis déjà|je suis bien|je me suis mis|je me suis mise|je suis installé|je suis installée) {posture}',
  "(je vais m'asseoir|je vais me mettre|je vais rester|je préfère rester|je préfère me mettre) {posture}",
  '{posture} (ce sera mieux|ce sera plus simple|ça ira|pour ce soir)',
);

const TENDER_AT =
  '(au niveau du|au niveau de la|sous le|sous la|sur le|sur la|au|à la|dans le|dans la|près du|près de la|vers le|vers la|autour du|autour de la)';
const TENDER_SPOT = expand(
  '{zone}',
  '(mon|ma|mes) {zone}',
  '(le|la|mon|ma|) {zone} (est|était) (sensible|douloureux|douloureuse|tendu|tendue|un peu sensible|très sensible)',
  '(le|la|mon|ma|) {zone} (me fait mal|me faisait mal|fait mal|faisait mal|me tire|tire|me lance|lance)',
  `(c'est|c'était) (sensible|douloureux) ${TENDER_AT} {zone}`,
  `(ça fait|ça faisait|ça a fait|ça me fait|ça me faisait) mal ${TENDER_AT} {zone}`,
  `(il y a|j'ai trouvé|j'ai senti|j'ai) un (point|endroit) (sensible|douloureux) ${TENDER_AT} {zone}`,
  "(le point|l'endroit) (sensible|douloureux) (c'est|c'était|est|était) {zone}",
  "(c'est|c'était) {zone}",
  "(oui|ouais) (c'est|c'était) {zone}",
  '(masse|massez|travaille|travaillez|insiste sur|insistez sur|appuie sur|appuyez sur|guide moi sur|guidez moi sur) {zone}',
  '(on travaille|on masse|on insiste sur) {zone}',
  '(ça fait mal|ça me fait mal|ça tire) (ici|là)',
  '(ce|cet) (point|endroit) (est sensible|fait mal|est douloureux|me fait mal)',
  "(il y a|j'ai) un point (sensible|douloureux)",
  `(ici|là|juste) ${TENDER_AT} {zone}`,
  `(sensible|douloureux|ça fait mal|ça tire|ça me fait mal|ça pique|ça lance|c'est sensible|c'est douloureux|c'était sensible) ${TENDER_AT} {zone}`,
);

const SKIP = expand(
  '(saute|sauter|sautez)',
  "(saute|sautez|passe|passez|zappe|zappez) (cette étape|ça|celle ci|cette partie|le bain de pieds|le bain|l'échauffement)",
  '(on saute|on passe|on zappe) (cette étape|ça|celle ci|cette partie|le bain de pieds|le bain)',
  "(je veux|je voudrais|je préfère|j'aimerais|on peut) (sauter|passer) (cette étape|ça|celle ci|cette partie|le bain de pieds|l'échauffement)",
  '(pas de|sans le|sans) bain de pieds',
  '(laisse tomber|laissez tomber) (cette étape|le bain de pieds|celle ci)',
);

const TIME_LEFT = expand(
  '(combien de temps|combien de minutes) (il reste|reste t il|il me reste|nous reste t il|encore)',
  'il (reste|me reste|nous reste) combien de (temps|minutes)',
  '(le|) temps restant',
  "(c'est|on a|on a) (bientôt|presque) fini",
  "(est ce que c'est|c'est) bientôt (fini|terminé)",
  "quand est ce qu'on (a fini|aura fini|finit)",
  'dans combien de temps (on a fini|on aura fini|ça finit|ça se termine)',
  'quand est ce que (ça finit|ça se termine)',
  '(ça|le massage|la séance) (dure|prend) combien de temps',
  'combien de temps (dure|prend) (le massage|la séance|un massage|la routine)',
  '(on en a|il en reste) (encore|) pour longtemps',
  "(c'est encore long|c'est long encore)",
  '(il reste|il en reste) encore (longtemps|beaucoup)',
  '(ça se termine|ça finit|on finit) quand',
  "qu'est ce qu'il reste (du massage|de la séance|)",
);

const WHERE_AM_I = expand(
  "(où est ce que|où) (j'en suis|on en est)",
  "(on en est|j'en suis|on en était) où",
  "(c'est quelle|quelle) étape",
  '(on est|je suis|nous sommes) à quelle étape',
  "(quelle est|c'est quoi) cette étape",
  "(qu'est ce qu'on fait|on fait quoi) (maintenant|là|en ce moment)",
  'où en est (le massage|la séance)',
  'où en étions nous',
  "où est ce qu'on en est dans (le massage|la séance|la routine)",
  '(on est|je suis) où dans (le massage|la séance)',
);

const TELL_ME_MORE = expand(
  "(dis|dites) m'en plus",
  '(dis|dites) moi en plus',
  "(je veux|j'aimerais|je voudrais) en savoir plus",
  'en savoir plus',
  "(plus de détails|plus de précisions|plus d'infos|plus d'informations)",
  '(donne|donnez) moi plus de (détails|précisions)',
  '(explique|expliquez) (moi|) (davantage|plus en détail)',
  '(développe|développez)',
  "(tu peux|vous pouvez|peux tu|pouvez vous) (en dire plus|développer|m'en dire plus|préciser)",
  '(raconte|racontez) moi en plus',
  "quoi d'autre",
  '(et ensuite|et après ça)',
  "qu'est ce que (tu peux|vous pouvez) me dire d'autre",
  '(encore des infos|encore plus)',
  "(continue|continuez) à m'expliquer",
);

const NOT_SURE = expand(
  '(je sais pas|je ne sais pas|je sais pas trop|je ne sais pas trop|chais pas)',
  "(aucune idée|je n'en ai aucune idée|j'en ai aucune idée)",
  '(je ne suis pas|je suis pas) (sûr|sûre|certain|certaine|vraiment sûr|vraiment sûre)',
  '(pas sûr|pas sûre|pas certain|pas certaine)',
  '(peut être|possible|bof)',
  '(difficile|dur) à dire',
  '(je ne saurais pas|je saurais pas) (dire|te dire|vous dire)',
  "qu'est ce que (tu veux|vous voulez) dire",
  '(euh je sais pas|hum je ne sais pas)',
);

// --- the knowledge ---

const PRESS = '(appuyer|masser|presser)';
const MUST =
  "(est ce que je dois|je dois|dois je|faut il|il faut|je peux|on doit|est ce qu'il faut|est ce qu'on doit|puis je)";
const FOR = '(pour|contre|en cas de)';
const HAVE =
  "(j'ai|j'ai encore|j'ai souvent|j'ai toujours|j'ai un peu|j'ai tout le temps|je souffre de|ça fait des jours que j'ai|depuis ce matin j'ai)";
const FEEL =
  '(je suis|je me sens|je suis un peu|je me sens un peu|je suis très|je me sens très|je suis tellement|je suis vraiment|je me sens vraiment)';
const QUESTION =
  "(où (est ce que je dois|je dois|dois je|faut il) appuyer|qu'est ce que je peux faire|qu'est ce qui aide|tu peux m'aider|vous pouvez m'aider|que faire|quoi faire|une idée|des conseils)";

const FIND_POINT = expand(
  `(où|sur quel point) ${MUST} ${PRESS} (pour|contre|quand j'ai|en cas de) {complaint}`,
  `(où|sur quel point) ${PRESS} ${FOR} {complaint}`,
  `(où|à quel endroit) (j'appuie|je masse|on appuie|on masse|appuie t on) ${FOR} {complaint}`,
  `(où|sur quoi) (je dois|il faut|faut il) ${PRESS} sur (le|mon) pied ${FOR} {complaint}`,
  '(quel point|quels points|quelle zone|quel endroit|quel point de pression|quelle partie du pied) (pour|contre|aide contre|aide pour|soulage|est bon pour|marche pour|est efficace contre) {complaint}',
  `qu'est ce qui (aide|soulage|marche|est bon|fonctionne) ${FOR} {complaint}`,
  `qu'est ce qui (peut|pourrait) (aider|soulager) (contre|pour|en cas de|) {complaint}`,
  "(tu as|vous avez|t'as|avez vous|as tu|il y a|y a t il|est ce qu'il y a|tu connais|vous connaissez|tu aurais|vous auriez|aurais tu|auriez vous|je cherche) (un point|quelque chose|un truc|une astuce|un remède) (pour|contre) {complaint}",
  '(comment|comment je peux|comment est ce que je peux|comment on peut) (soulager|calmer|apaiser|atténuer|traiter|faire passer|soigner|réduire) (mon|ma|mes|) {complaint}',
  '(soulager|calmer|apaiser) (mon|ma|mes|) {complaint}',
  "(l'acupression|la réflexologie|le massage des pieds|un massage des pieds|le massage) (aide|peut aider|marche|soulage|peut soulager) (contre|pour|en cas de|) {complaint}",
  '(est ce que|) ça (peut aider|aide|marche|soulage|peut soulager) (pour|contre|en cas de) {complaint}',
  "est ce que (l'acupression|la réflexologie|le massage des pieds|le massage) (aide|peut aider|marche|soulage) (contre|pour|en cas de) {complaint}",
  "(tu peux|vous pouvez|peux tu|pouvez vous) m'aider (pour|avec|contre) {complaint}",
  '(aide|aidez) moi (pour|avec|contre) {complaint}',
  "(que|qu'est ce que) (tu me conseilles|vous me conseillez|tu recommandes|vous recommandez|tu proposes|vous proposez) (pour|contre) {complaint}",
  '(massage|acupression|réflexologie|point) (pour|contre) {complaint}',
  "qu'est ce que (je peux|je dois|on peut) (masser|faire|stimuler) (pour|contre) {complaint}",
  '(que|quoi) (masser|faire) (pour|contre) {complaint}',
  "c'est quoi (le point|le bon point|la zone|le truc|qui aide|qui marche) (pour|contre) {complaint}",
  '(un point|des points|un point de pression|des points de pression|une zone) (pour|contre) {complaint}',
  '(un remède|un point de réflexologie|un massage|une astuce) (pour|contre) {complaint}',
  '(quel point|quelle zone|où) (masser|presser|stimuler) (pour|contre|en cas de) {complaint}',
  "c'est où (que j'appuie|qu'on appuie|que je masse|qu'il faut appuyer) (pour|contre) {complaint}",
  "(j'ai|j'ai eu) {complaint} depuis (ce matin|hier|deux jours|quelques jours|une semaine|longtemps)",
  '(comment|comment je peux|comment est ce que je peux) (me débarrasser de|me débarrasser du|me débarrasser des|lutter contre|combattre) {complaint}',
  "(pour|contre) {complaint} (je masse où|j'appuie où|on appuie où|c'est où|quel point|tu conseilles quoi|vous conseillez quoi)",
  "(j'ai|je me sens) {complaint} (aidez moi|aide moi)",
  `${HAVE} {complaint}`,
  `${HAVE} {complaint} ${QUESTION}`,
  `${FEEL} {complaint}`,
  `${FEEL} {complaint} ${QUESTION}`,
  '(mon|ma|mes) {complaint}',
  "(mon|ma|mes) {complaint} (me tue|me fait souffrir|m'embête|me gâche la vie|revient|encore|aujourd'hui)",
  "{complaint} (où appuyer|où est ce que j'appuie|quel point|que faire|une idée|des conseils)",
  "(et pour|et contre|pour|contre|et si j'ai|et quand on a|et en cas de) {complaint}",
  '{complaint}',
  "(je crois que|je pense que|j'ai l'impression que) (j'ai|je fais|je couve) {complaint}",
  '(aide|aidez) moi à {complaint}',
  "(j'aimerais|je voudrais) {complaint}",
  "ça fait (des jours|une semaine|longtemps) que j'ai {complaint}",
  "(j'ai|j'ai souvent|je fais|je fais souvent) {complaint} (la nuit|le soir|le matin|en ce moment|depuis quelques jours|tous les jours|souvent|après le travail)",
  '(je fais|je fais souvent|je fais beaucoup) {complaint}',
  "(avec|à cause de) {complaint} (qu'est ce que je peux faire|que faire)",
);

const CONTRAINDICATIONS = expand(
  "(quelles sont|c'est quoi|dis moi|dites moi|donne moi|donnez moi|lis moi|lisez moi) les contre indications",
  '(les|) contre indications',
  "(quand|dans quels cas|pourquoi) (je ne dois pas|ne faut il pas|il ne faut pas|faut il éviter de|je ne peux pas) (faire ça|le faire|masser mes pieds|faire de l'acupression|faire de la réflexologie|faire un massage des pieds)",
  "(est ce que c'est|c'est) (sans danger|dangereux|risqué|sûr|sans risque|déconseillé) (pour moi|pour tout le monde|)",
  '(est ce que|) (ce massage|le massage des pieds) est (sans danger|dangereux|risqué|sûr|sans risque|déconseillé) (pour moi|)',
  "(est ce que|) (l'acupression|la réflexologie) est (sans danger|dangereuse|risquée|sûre|sans risque|déconseillée) (pour moi|)",
  "(y a t il|est ce qu'il y a|il y a) (des|) (risques|dangers|effets secondaires|précautions à prendre)",
  "qui (ne doit pas|ne devrait pas|ne peut pas|doit éviter de) (faire ça|le faire|faire de l'acupression|faire de la réflexologie|se masser les pieds|faire ce massage)",
  "quelles personnes (ne doivent pas|ne devraient pas|ne peuvent pas|doivent éviter de) (faire ça|le faire|faire de l'acupression|faire de la réflexologie|se masser les pieds)",
  "(quand|dans quels cas) (éviter|faut il éviter|dois je éviter) (ça|ce massage|l'acupression|la réflexologie|le massage des pieds)",
  '(quels sont|dis moi|dites moi) (les risques|les dangers|les effets secondaires|les précautions|les consignes de sécurité)',
  '(parle moi|parlez moi) des (risques|dangers|précautions|contre indications)',
  "(tout le monde|n'importe qui) peut (faire ça|le faire|faire de l'acupression|se masser les pieds)",
  '(la sécurité|consignes de sécurité|les consignes de sécurité|les précautions|précautions|mises en garde|les mises en garde|avertissements)',
  '(est ce que je peux|puis je) le faire sans risque',
  'quand ne pas (le faire|masser|faire ça|appuyer)',
  "(quand est ce qu'il|quand est ce qu'on) ne (faut|doit) pas (masser les pieds|masser mes pieds|faire ça|le faire|faire de l'acupression)",
);

const EXPLAIN_TOPIC = expand(
  '{topic}',
  "(c'est quoi|qu'est ce que|qu'est ce que c'est que|que sont|que signifie|que veut dire|ça veut dire quoi) {topic}",
  '(explique moi|expliquez moi|explique|expliquez|décris moi|décrivez moi|définis|définissez) {topic}',
  '(parle moi|parlez moi|raconte moi|racontez moi) (de|des|du|sur) {topic}',
  "(je voudrais|j'aimerais|je veux) (en savoir plus sur|comprendre|apprendre|connaître) {topic}",
  '(comment|comment est ce que) (fonctionne|fonctionnent|marche|marchent) {topic}',
  "(des infos|des informations|une explication|de l'info) (sur|à propos de) {topic}",
  "(tu peux|vous pouvez|peux tu|pouvez vous) (m'expliquer|me parler de|me dire|me décrire) {topic}",
  "(je ne comprends pas|je comprends pas|je n'ai pas compris) (bien|vraiment|très bien) {topic}",
  "(une question sur|question sur|j'ai une question sur) {topic}",
  "(et|) qu'en est il (de|des|du) {topic}",
  "{topic} (c'est quoi|ça sert à quoi|ça veut dire quoi|comment ça se passe)",
  "{topic} (je dois|dois je|faut il|il faut|on doit|je peux) (utiliser|masser|appuyer|le faire|faire ça|presser|m'asseoir|tenir)",
  '{topic} (je dois|dois je|faut il|il faut)',
  "c'est quand {topic}",
  '(dis moi|dites moi) tout sur {topic}',
  "(j'ai une question|une question) (à propos de|concernant) {topic}",
  "(peux tu|pouvez vous|tu peux|vous pouvez) (m'en dire plus sur|m'expliquer ce que sont|m'expliquer ce qu'est) {topic}",
  "(c'est quoi exactement|qu'est ce que c'est exactement) {topic}",
  "{topic} (c'est quoi exactement|ça marche comment)",
  '(explique|expliquez) moi (un peu|rapidement|en bref|simplement) {topic}',
);

const FEET = '(mes pieds|mon pied)';
const ARE = '(sont|est|sont toujours|sont souvent|sont vraiment|sont très|restent|deviennent)';
const HAVE_FEET = "(j'ai les pieds|j'ai le pied|j'ai toujours les pieds|j'ai souvent les pieds)";
const MEAN =
  "(qu'est ce que ça veut dire|ça veut dire quoi|qu'est ce que ça signifie|que signifie|ça dit quoi)";
const WHEN_FEET = "(quand|si) (j'ai les pieds|mes pieds sont|on a les pieds|mon pied est)";
const FOOT_TEMPERATURE = expand(
  '{temperature} et {moisture}',
  '{moisture} et {temperature}',
  '{temperature}',
  '{moisture}',
  `${FEET} ${ARE} {temperature}`,
  `${FEET} ${ARE} {moisture}`,
  `${HAVE_FEET} {temperature}`,
  `${HAVE_FEET} {moisture}`,
  "(mes pieds sont|j'ai les pieds|mon pied est) {temperature} et {moisture}",
  "(mes pieds sont|j'ai les pieds|mon pied est) {moisture} et {temperature}",
  "(mes pieds sont|j'ai les pieds) {temperature} (mais|et pourtant|et aussi) {moisture}",
  `${MEAN} ${WHEN_FEET} {temperature}`,
  `${MEAN} ${WHEN_FEET} {moisture}`,
  `${MEAN} quand (j'ai les pieds|mes pieds sont) {temperature} et {moisture}`,
  "(mes pieds sont|j'ai les pieds) {temperature} (qu'est ce que ça veut dire|c'est grave|c'est normal|pourquoi|ça veut dire quoi)",
  "(mes pieds sont|j'ai les pieds) {moisture} (qu'est ce que ça veut dire|c'est grave|c'est normal|pourquoi|ça veut dire quoi)",
  '(que veulent dire|que signifient) des pieds {temperature}',
  '(que veulent dire|que signifient) des pieds {moisture}',
  "des pieds {temperature} et {moisture} (ça veut dire quoi|qu'est ce que ça veut dire)",
  "pourquoi (mes pieds sont|j'ai les pieds|j'ai toujours les pieds) (toujours|si|aussi|) {temperature}",
  "pourquoi (mes pieds sont|j'ai les pieds|j'ai toujours les pieds) (toujours|si|aussi|) {moisture}",
  "pourquoi j'ai les pieds {temperature} et {moisture}",
  '(des pieds|pieds) {moisture}',
  '(des pieds|pieds) {temperature} et {moisture}',
  '(ils sont|ils restent|ils sont toujours) ({temperature}|{moisture}|{temperature} et {moisture})',
  '(mon pied gauche|le pied gauche|le gauche) est {left} (et|mais) (mon pied droit|le pied droit|le droit) (est|) {right}',
  '(mon pied droit|le pied droit|le droit) est {right} (et|mais) (mon pied gauche|le pied gauche|le gauche) (est|) {left}',
  "(j'ai le pied gauche|j'ai le gauche) {left} et le (pied droit|droit) {right}",
  "(j'ai le pied droit|j'ai le droit) {right} et le (pied gauche|gauche) {left}",
  "un pied (est|) {left} et (l'autre|l'autre est) {right}",
  'un pied {left} un pied {right}',
  "qu'est ce que ça veut dire quand un pied est {left} et l'autre {right}",
  "(que disent|que révèlent|qu'est ce que disent) mes pieds",
  '(lis|lisez) mes pieds',
  '(la température de mes pieds|la température des pieds) (veut dire quoi|signifie quoi|ça veut dire quoi)',
  'température des pieds',
  "(j'ai|j'ai toujours|j'ai souvent) (les pieds|le pied) {moisture} et {temperature}",
  '(mes pieds|mon pied) (sont|est) (un peu|assez|plutôt|trop|tout) ({temperature}|{moisture})',
  "(mes pieds sont|j'ai les pieds) {temperature} (ce soir|aujourd'hui|en ce moment|le soir|le matin)",
  "(mes pieds sont|j'ai les pieds) {moisture} (ce soir|aujourd'hui|en ce moment|le soir|le matin)",
  "(j'ai les pieds|mes pieds sont) ({temperature}|{moisture}) (est ce que c'est grave|est ce normal|c'est mauvais signe|c'est bon signe)",
  "(à gauche|le gauche) (c'est|il est|) {left} et (à droite|le droit) (c'est|il est|) {right}",
  "(à droite|le droit) (c'est|il est|) {right} et (à gauche|le gauche) (c'est|il est|) {left}",
);

const MATCHES = '(correspond|est liée|est reliée|est lié|est relié)';
const TO = '(à|au|aux|à la)';
const BODY_MAP = expand(
  `(quelle partie du pied|quelle zone du pied|quelle zone|quel endroit du pied|quel point) ${MATCHES} ${TO} {bodyPart}`,
  `(quelle partie|quel endroit|quelle zone) (de mon pied|des pieds) ${MATCHES} ${TO} {bodyPart}`,
  '(où est|où se trouve|où trouver) (la zone|la zone réflexe|le point) (de|du|des|de la) {bodyPart} (sur le pied|sur mon pied|)',
  '(où sont|où se trouvent) (les|mes) {bodyPart} (sur le pied|sur mes pieds|)',
  'où (est|se trouve) (le|la|mon|ma) {bodyPart} sur (le|mon) pied',
  `(à quoi|à quel organe|à quelle partie du corps) ${MATCHES} {zone}`,
  "{zone} (correspond à quoi|est lié à quoi|c'est lié à quoi|c'est relié à quoi|correspond à quel organe|correspond à quelle partie du corps|représente quoi)",
  '(quel organe|quelle partie du corps) (correspond|est liée|est lié) (à|au|à la) {zone}',
  "(qu'est ce que|que) (représente|signifie) {zone}",
  '(quel organe|quelle partie du corps) (se trouve|est) (sous|sur|au niveau de|au niveau du) {zone}',
  '(la zone|la zone réflexe) (de|du|des|de la) {bodyPart}',
  `(comment|en quoi) (mes pieds sont|le pied est) (liés|lié|reliés|relié) ${TO} {bodyPart}`,
  '(où est ce que|où) (je trouve|on trouve) (le|la|les|) {bodyPart} (sur le pied|sur mon pied|sur les pieds|dans le pied)',
  '(quelle zone|quel point|quelle partie) (du pied|de mon pied|) (pour|est pour|correspond à) (le|la|les|) {bodyPart}',
  "(le|la|les|) {bodyPart} (c'est où|se trouve où|correspond à quelle zone|correspond à quelle partie du pied) (sur le pied|)",
  "(où est|où se trouve|c'est où) le reflet (de|du|des|de la) {bodyPart}",
  "(je veux|j'aimerais|je voudrais) (travailler|masser|stimuler) la zone (de|du|des|de la) {bodyPart}",
  "(qu'est ce qu'il y a|c'est quoi|quel organe il y a) (sous|au niveau de|au niveau du) {zone}",
  "{zone} (ça correspond à quoi|c'est quel organe|ça représente quoi|c'est relié à quoi|ça se rapporte à quoi)",
);

const THE_POINT = '(le point|)';
const POINT_INFO = expand(
  `(où est|où se trouve|où trouver|comment trouver|où je trouve|comment je trouve|montre moi) ${THE_POINT} {point}`,
  `(c'est quoi|qu'est ce que|parle moi de|parlez moi de|explique moi|expliquez moi|dis moi tout sur|décris moi) ${THE_POINT} {point}`,
  `${THE_POINT} {point} (sert à quoi|c'est pour quoi|ça sert à quoi|aide pour quoi|soigne quoi|c'est où|se trouve où)`,
  `(à quoi sert|qu'est ce que soigne|qu'est ce que soulage) ${THE_POINT} {point}`,
  `(comment|comment je dois|comment on doit) (appuyer sur|masser|trouver|stimuler|utiliser|presser) ${THE_POINT} {point}`,
  `(je veux|j'aimerais|je voudrais|on peut) (appuyer sur|masser|trouver|essayer|découvrir|en savoir plus sur) ${THE_POINT} {point}`,
  '(le point|point) {point}',
  `(montre moi où|dis moi où|dites moi où) (est|se trouve) ${THE_POINT} {point}`,
  `(et|et pour) ${THE_POINT} {point}`,
  `(je cherche|je veux trouver|aide moi à trouver) ${THE_POINT} {point}`,
  `(qu'est ce que fait|que fait|à quoi correspond) ${THE_POINT} {point}`,
  `${THE_POINT} {point} (ça soigne quoi|ça fait quoi|c'est bon pour quoi)`,
  '(les bienfaits du point|les bienfaits de) {point}',
);

// --- privacy, thanks, reminders ---

const ERASE = '(oublie|oubliez|efface|effacez|supprime|supprimez|réinitialise|réinitialisez)';
const MINE =
  '(mes données|mes informations|mes infos|mes renseignements|mon historique|ma progression|mon profil|tout ce que tu sais sur moi|tout ce que vous savez sur moi|ce que tu sais de moi|ce que vous savez de moi|tout sur moi|mes données personnelles|toutes mes données|toutes mes informations)';
const FORGET_MY_DATA = expand(
  `${ERASE} ${MINE}`,
  `(je veux|je voudrais|j'aimerais|pouvez vous|peux tu|tu peux|vous pouvez) (effacer|supprimer|oublier) ${MINE}`,
  '(oublie moi|oubliez moi|ne te souviens plus de moi|ne gardez pas mes données|ne garde pas mes données)',
  '(je veux|je voudrais) que (tu oublies|vous oubliiez|tu effaces|vous effaciez) (mes données|tout sur moi)',
  'comment (effacer|supprimer) (mes données|mes informations)',
  '(efface|effacez|supprime|supprimez) ce que (tu as|vous avez) (enregistré|gardé|stocké) sur moi',
  '(réinitialise|réinitialisez) mon compte',
);

const LOVELY =
  '(génial|super|agréable|relaxant|parfait|top|chouette|utile|excellent|merveilleux|le fun|trop bien|vraiment bien|très bien|délicieux|apaisant)';
const THANKS = expand(
  '(merci|merci beaucoup|merci bien|grand merci|mille mercis|merci mille fois|merci infiniment|un grand merci|je te remercie|je vous remercie|super merci|ah merci|oh merci)',
  "(merci|merci beaucoup|merci bien|je te remercie|je vous remercie) (pour ça|pour le massage|pour ton aide|pour votre aide|pour la séance|pour tout|encore|c'est gentil)",
  `(merci|merci beaucoup|oh merci) (c'était|c'est) (vraiment|tellement|très|trop|) ${LOVELY}`,
  `(c'était|c'est) (vraiment|tellement|trop|) ${LOVELY} (merci|merci beaucoup|)`,
  'je me sens (beaucoup |tellement |vraiment |)mieux (maintenant|) (merci|)',
  'je me sens (tellement |vraiment |très |)(détendu|détendue|relaxé|relaxée|apaisé|apaisée) (maintenant|) (merci|)',
  '(mes pieds sont) (tout |tellement |vraiment |)(légers|détendus|reposés) (maintenant|) (merci|)',
  "(j'apprécie|j'ai apprécié|j'ai adoré|j'ai aimé) (ça|beaucoup|vraiment|ton aide|votre aide|le massage)",
  "(c'est|t'es|tu es|vous êtes) (gentil|gentille|adorable|un amour)",
);

const TIME = [{ name: 'time', type: 'AMAZON.TIME' }];
const REMIND = '(rappelle moi|rappelez moi)';
const DAILY =
  '(tous les soirs|chaque soir|tous les jours|chaque jour|le soir|chaque matin|tous les matins)';
const TO_MASSAGE =
  '(de faire mon massage|de faire mon massage des pieds|de masser mes pieds|de me masser les pieds)';
const SET = '(mets|mettez|programme|programmez|crée|créez|ajoute|ajoutez|règle|réglez)';
const SET_REMINDER = expand(
  `${REMIND} ${DAILY}`,
  `${REMIND} ${TO_MASSAGE} (tous les soirs|chaque soir|tous les jours|chaque jour|)`,
  `${REMIND} (à|vers|pour) {time}`,
  `${REMIND} {time}`,
  `${REMIND} (tous les jours|chaque jour|chaque soir|tous les soirs) (à|vers) {time}`,
  `${REMIND} ${TO_MASSAGE} (à|vers) {time}`,
  `${REMIND} ${TO_MASSAGE} (tous les jours|chaque soir) à {time}`,
  `${SET} un rappel`,
  `${SET} un rappel (quotidien|tous les jours|chaque soir|pour le soir)`,
  `${SET} un rappel (quotidien|tous les jours|chaque soir|) (à|pour|vers) {time}`,
  `${SET} moi un rappel (à {time}|)`,
  "(je veux|je voudrais|j'aimerais) un rappel (quotidien|tous les jours|chaque soir|)",
  "(je veux|je voudrais|j'aimerais) un rappel (quotidien|tous les jours|chaque soir|) (à|pour|vers) {time}",
  "(je veux|je voudrais|j'aimerais) que (tu me rappelles|vous me rappeliez) (de faire mon massage|de masser mes pieds|) (à {time}|tous les soirs|chaque jour)",
  `(oui|ouais) ${REMIND} (à|vers) {time}`,
  "un rappel (à|pour) {time} (s'il vous plaît|s'il te plaît|)",
  '(pense|pensez) à me rappeler (mon massage|de masser mes pieds|) (tous les soirs|à {time})',
  '(donne|donnez) moi un rappel (tous les soirs|chaque jour|à {time})',
  '(je veux|je voudrais) un rappel pour ne pas oublier',
);

const REMINDER_STATUS = expand(
  "(c'est|il est) quand mon rappel",
  '(à quelle heure|quand) (est mon rappel|est programmé mon rappel|tu vas me rappeler|vous allez me rappeler|sonne mon rappel)',
  "(est ce que j'ai|j'ai) un rappel",
  'est ce que mon rappel est (réglé|programmé|activé|en place)',
  'mon rappel est (toujours actif|toujours programmé|bien programmé)',
  "(il y a|est ce qu'il y a) un rappel",
  '(tu as|vous avez) (mis|programmé|enregistré) mon rappel',
  '(vérifie|vérifiez) mon rappel',
  "(parle moi de|quel est|c'est quoi) mon rappel",
  "mon rappel (est|c'est) à quelle heure",
);

const MOVE = '(déplace|déplacez|change|changez|modifie|modifiez|décale|décalez)';
const MOVE_REMINDER = expand(
  `${MOVE} (mon|le) rappel`,
  `${MOVE} (mon|le) rappel (à|pour|vers) {time}`,
  "(change|changez|modifie|modifiez) l'heure (de mon|du) rappel",
  "(change|changez|modifie|modifiez) l'heure (de mon|du) rappel (à|pour) {time}",
  '(mets|mettez) (le|mon) rappel plutôt (à|pour) {time}',
  '(fais le|faites le|mets le) plutôt (à|pour) {time}',
  `${REMIND} plutôt (à|vers) {time}`,
  '(avance|avancez|recule|reculez|retarde|retardez) (mon|le) rappel',
  '(avance|avancez|recule|reculez|retarde|retardez) (mon|le) rappel (à|pour) {time}',
  '(mets|mettez) (mon|le) rappel plus (tôt|tard)',
  "je (veux|voudrais) changer (l'heure de|) mon rappel",
  '(reprogramme|reprogrammez) (mon|le) rappel (à {time}|)',
);

const CANCEL_REMINDER = expand(
  '(annule|annulez|supprime|supprimez|efface|effacez|enlève|enlevez|retire|retirez|désactive|désactivez) (mon rappel|le rappel|mes rappels|les rappels)',
  '(arrête|arrêtez) de me rappeler',
  '(arrête|arrêtez) (les|mes) rappels',
  '(plus de rappels|plus de rappel)',
  '(je ne veux plus|je veux plus) (de rappel|de rappels|du rappel)',
  '(annule|annulez) le rappel (du soir|quotidien|du massage)',
);

// --- the safety catch-all: filler only around the words, so their meaning reaches the reading ---

const SAFETY_CARRIERS = [
  'je {words}',
  "j'ai {words}",
  'je suis {words}',
  'je me {words}',
  "j'avais {words}",
  "j'ai été {words}",
  'mon {words}',
  'ma {words}',
  'mes {words}',
  'on {words}',
  'nous {words}',
  'il {words}',
  'elle {words}',
  "quelqu'un {words}",
  'il y a {words}',
  "c'est {words}",
  'ça {words}',
  'au secours {words}',
  'et si {words}',
  'est ce que je peux masser mes pieds {words}',
  "est ce que c'est sans danger {words}",
  'est ce que je peux le faire {words}',
  "qu'est ce que je fais si {words}",
  'que faire {words}',
  'où {words}',
  'est ce que {words}',
  'le {words}',
  'la {words}',
  'les {words}',
  'un {words}',
  'une {words}',
  'bon {words}',
  'euh {words}',
  'alors {words}',
  'franchement {words}',
  'appelez {words}',
  'appelle {words}',
  'tout le monde {words}',
  'personne {words}',
  'soudain {words}',
  'tout à coup {words}',
  'mais {words}',
  'oui mais {words}',
  'aidez moi {words}',
  'aide moi {words}',
  "s'il vous plaît {words}",
  'vite {words}',
  'urgent {words}',
  'y a {words}',
  'il y a eu {words}',
  "tout d'un coup {words}",
  "d'un coup {words}",
  'depuis ce matin {words}',
  'depuis hier {words}',
  'hier {words}',
  'ce matin {words}',
  "aujourd'hui {words}",
  'je crois que {words}',
  'je pense que {words}',
  "j'ai l'impression que {words}",
  'on dirait que {words}',
  'je sens que {words}',
  "j'ai comme {words}",
  'je viens de {words}',
  'mon mari {words}',
  'ma femme {words}',
  'mon fils {words}',
  'ma fille {words}',
  'mon bébé {words}',
  'ma mère {words}',
  'mon père {words}',
  'mon conjoint {words}',
  'ma conjointe {words}',
  'mon chum {words}',
  'ma blonde {words}',
  'en fait {words}',
  'écoute {words}',
  'écoutez {words}',
  'attention {words}',
  'quand {words}',
  'si {words}',
  'avec {words}',
  'pendant {words}',
  'moi {words}',
  "moi j'ai {words}",
  'parce que {words}',
  'sachant que {words}',
  'comme {words}',
  'à cause de {words}',
  'depuis {words}',
  'et {words}',
  "j'en {words}",
  "j'arrive {words}",
  "j'étais {words}",
  "j'essaie {words}",
  "j'y {words}",
  'tout {words}',
  'je pense {words}',
  'non mais {words}',
];

const SIGN_SAMPLES = [
  '{sign}',
  'au secours {sign}',
  '{sign} au secours',
  "{sign} qu'est ce que je fais",
  '{sign} que faire',
  "qu'en est il de {sign}",
  "(oui|ouais) j'ai {sign}",
];

// --- Amazon's built-ins, with the skill's own words ---

const PAUSE = expand(
  '(pause|attends|attendez)',
  '(attends|attendez) (un peu|une seconde|une minute|un instant|un moment|deux secondes|pause)',
  '(un instant|un moment|juste un instant|juste un moment|une minute|une petite minute|deux secondes|une seconde)',
  '(mets|mettez) (en pause|le massage en pause|pause)',
  '(fais|faisons|on fait|faites) une pause',
  "pause (s'il vous plaît|s'il te plaît|un instant|une minute)",
  "j'ai besoin (d'une pause|d'un moment|d'une minute)",
  '(bouge pas|bougez pas|minute)',
);

const RESUME = expand(
  '(je suis|me) (de retour|revoilà)',
  'je suis (revenu|revenue|là|prêt|prête)',
  '(me revoilà|me voilà|prêt|prête)',
  '(on continue|on reprend|on peut continuer|on peut reprendre)',
  '(continue|continuez|reprends|reprenez|continuer|reprendre) (le massage|la séance)',
  '(continue|continuez|reprends|reprenez)',
  "(reprends|reprenez) là où (on s'était arrêté|on en était|je m'étais arrêté)",
  "(j'ai fini|fini) le bain (de pieds|)",
  'le bain (de pieds|) est fini',
  '(je suis prêt|je suis prête) à (continuer|reprendre)',
  '(enlève|enlevez) la pause',
  '(allez|allez y) (on continue|continue)',
);

const NEXT = expand(
  '(suivant|suivante)',
  "(l'étape|étape) suivante",
  '(le suivant|la suivante|au suivant)',
  "(on passe|passons|passe|passez) à (la suite|l'étape suivante)",
  '(la suite|et après)',
  "c'est quoi la suite",
  "(fini|j'ai fini|terminé|j'ai terminé|c'est fait)",
  "(ok|d'accord) (suivant|la suite)",
  '(on avance|avance|avançons)',
);

const PREVIOUS = expand(
  'retour',
  '(reviens|revenez|retourne|retournez|revenir) en arrière',
  "(l'étape|étape) précédente",
  '(le précédent|la précédente|précédent)',
  "(recule|reculez) (d'une étape|)",
  "(reviens|revenez) à l'étape (précédente|d'avant)",
  "l'étape d'avant",
  "(reviens|revenez) (d'une étape|un peu en arrière)",
);

const REPEAT = expand(
  '(répète|répétez)',
  "(répète|répétez) (ça|s'il te plaît|s'il vous plaît|l'étape|encore)",
  '(redis|redites) (ça|le|moi ça)',
  '(encore une fois|une fois de plus|une autre fois|encore)',
  "(qu'est ce que tu as dit|qu'est ce que vous avez dit|tu as dit quoi|vous avez dit quoi)",
  '(pardon|comment)',
  '(tu peux|vous pouvez|peux tu|pouvez vous) (répéter|redire) (ça|)',
  "(je n'ai pas|j'ai pas) (compris|entendu|saisi)",
);

const START_OVER = expand(
  '(recommence|recommencer|recommencez)',
  '(recommence|recommencez|on recommence) (depuis le début|du début|à zéro|tout)',
  '(depuis le début|du début|on recommence)',
  '(redémarre|redémarrez|relance|relancez) (le massage|la séance|)',
  '(reprendre|tout reprendre|reprends|reprenez) (du|depuis le) début',
);

const YES = expand(
  '(ça me va|ça me convient|ça marche|ça roule|ça me dit)',
  "(oui|ouais) (allons y|on y va|je veux bien|volontiers|c'est ça|vas y|allez y|avec plaisir|bien sûr|exactement|d'accord)",
  "(oui|ouais) (c'est|c'est bien) (ça|exact|juste)",
  '(je veux bien|volontiers|avec plaisir|bien sûr|carrément|pourquoi pas)',
  "(c'est correct|oui c'est correct)",
);

const NO = expand(
  "(rien|rien d'autre|rien de plus|rien merci|rien pour l'instant|rien pour le moment)",
  "non (ça va|tout va bien|je vais bien|c'est bon|merci ça va|pas aujourd'hui|pas maintenant|pas vraiment|pas du tout|c'est correct)",
  '(aucun de ceux là|aucune de celles là|aucun de ces cas)',
  '(non|nan) (aucun|aucune)',
  '(aucun|aucune)',
  "(pas vraiment|pas du tout|pas aujourd'hui|pas maintenant|pas pour l'instant)",
  '(je vais bien|je suis en forme|tout va bien|ça va|je suis en bonne santé)',
  "(rien de tout ça|rien de tout cela|rien ne s'applique|aucun ne s'applique|aucun point sensible|rien n'était sensible|rien ne faisait mal|nulle part)",
  '(pantoute|non pantoute|pas pantoute)',
);

const CANCEL = expand(
  '(laisse|laissez) tomber (ça|)',
  'oublie ça',
  'tant pis',
  '(laisse|laissez) faire',
);

const NAVIGATE_HOME = expand(
  "(retour|retourne|reviens|revenir|va) (à l'accueil|au menu|au menu principal|à l'écran d'accueil)",
  "(accueil|menu principal|page d'accueil)",
);

const HELP = expand(
  "qu'est ce que (je dois|je peux) (faire|dire|demander)",
  '(que dois je|que puis je) (faire|dire|demander)',
  '(je ne comprends pas|je comprends pas)',
  'comment (ça marche|ça fonctionne|utiliser ce skill|utiliser cette skill|utiliser ça)',
  "(quelles sont|c'est quoi) mes options",
  "(tu peux|vous pouvez) m'aider (à quoi|comment)",
  "(j'ai besoin|besoin) d'aide",
  '(je suis|je me sens) (perdu|perdue|confus|confuse|bloqué|bloquée)',
  "je suis (perdu|perdue) qu'est ce que je dois faire",
  "(à l'aide|aide moi|aidez moi)",
);

const STOP = expand(
  '(arrête|arrêtez|termine|terminez|finis|finissez|stoppe|stoppez) (le massage|la séance|la routine)',
  "on (arrête|s'arrête|termine|finit) (là|ici|maintenant|pour aujourd'hui|pour ce soir)",
  "(c'est|ce sera) (tout|assez) (pour aujourd'hui|pour ce soir|pour le moment|pour l'instant|merci|)",
  "(j'ai|on a) (fini|terminé) pour (aujourd'hui|ce soir|le moment|l'instant)",
  '(au revoir|bonne nuit|à plus|à plus tard|à bientôt|à demain|bonne soirée|salut)',
  "(fin|c'est terminé|on a fini|j'arrête|je m'arrête là)",
  "ça suffit (pour aujourd'hui|pour ce soir)",
);

const INTENTS: readonly LanguageIntent[] = [
  {
    name: 'StartMassageIntent',
    slots: [{ name: 'length', type: 'RoutineLengthType' }],
    samples: START_MASSAGE,
  },
  {
    name: 'FindPointIntent',
    slots: [{ name: 'complaint', type: 'AilmentType' }],
    samples: FIND_POINT,
  },
  { name: 'ContraindicationsIntent', samples: CONTRAINDICATIONS },
  { name: 'ForgetMyDataIntent', samples: FORGET_MY_DATA },
  { name: 'NotSureIntent', samples: NOT_SURE },
  {
    name: 'ChoosePostureIntent',
    slots: [{ name: 'posture', type: 'PostureType' }],
    samples: CHOOSE_POSTURE,
  },
  {
    name: 'TenderSpotIntent',
    slots: [{ name: 'zone', type: 'TenderZoneType' }],
    samples: TENDER_SPOT,
  },
  { name: 'SkipIntent', samples: SKIP },
  { name: 'TimeLeftIntent', samples: TIME_LEFT },
  { name: 'WhereAmIIntent', samples: WHERE_AM_I },
  { name: 'TellMeMoreIntent', samples: TELL_ME_MORE },
  {
    name: 'FootTemperatureIntent',
    slots: [
      { name: 'temperature', type: 'FootTemperatureType' },
      { name: 'moisture', type: 'FootMoistureType' },
      { name: 'left', type: 'FootTemperatureType' },
      { name: 'right', type: 'FootTemperatureType' },
    ],
    samples: FOOT_TEMPERATURE,
  },
  {
    name: 'ExplainTopicIntent',
    slots: [{ name: 'topic', type: 'TopicType' }],
    samples: EXPLAIN_TOPIC,
  },
  { name: 'SetReminderIntent', slots: TIME, samples: SET_REMINDER },
  { name: 'ReminderStatusIntent', samples: REMINDER_STATUS },
  { name: 'MoveReminderIntent', slots: TIME, samples: MOVE_REMINDER },
  { name: 'CancelReminderIntent', samples: CANCEL_REMINDER },
  {
    name: 'BodyMapIntent',
    slots: [
      { name: 'bodyPart', type: 'BodyPartType' },
      { name: 'zone', type: 'TenderZoneType' },
    ],
    samples: BODY_MAP,
  },
  { name: 'PointInfoIntent', slots: [{ name: 'point', type: 'PointType' }], samples: POINT_INFO },
  { name: 'ThanksIntent', samples: THANKS },
  {
    name: 'SafetyWordsIntent',
    slots: [
      { name: 'words', type: 'AMAZON.SearchQuery' },
      { name: 'sign', type: 'SafetySignType' },
    ],
    samples: expand(...SAFETY_CARRIERS, ...SIGN_SAMPLES),
  },
  { name: 'AMAZON.HelpIntent', samples: HELP },
  { name: 'AMAZON.StopIntent', samples: STOP },
  { name: 'AMAZON.CancelIntent', samples: CANCEL },
  { name: 'AMAZON.FallbackIntent', samples: [] },
  { name: 'AMAZON.NavigateHomeIntent', samples: NAVIGATE_HOME },
  { name: 'AMAZON.PauseIntent', samples: PAUSE },
  { name: 'AMAZON.ResumeIntent', samples: RESUME },
  { name: 'AMAZON.NextIntent', samples: NEXT },
  { name: 'AMAZON.PreviousIntent', samples: PREVIOUS },
  { name: 'AMAZON.RepeatIntent', samples: REPEAT },
  { name: 'AMAZON.StartOverIntent', samples: START_OVER },
  { name: 'AMAZON.YesIntent', samples: YES },
  { name: 'AMAZON.NoIntent', samples: NO },
];

export const MODEL: LanguageModel = { invocationName: 'coach massage des pieds', intents: INTENTS };
