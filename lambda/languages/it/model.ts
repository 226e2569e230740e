import { expand } from '../../phrasing/carriers';
import type { LanguageIntent, LanguageModel } from '../types';

/*
 * How people in Italy ask, as carrier phrases around the slots (the English phrases.ts modules).
 * Italian joins its prepositions to the article ("al tallone", "della testa"), so carriers offer
 * the joined forms before a slot and the slot values come bare and with article. The user talks
 * to Alexa with "tu" ("dimmi", "puoi"); "Lei" forms are there where people use them with a device.
 * For the tools only: never bundled.
 */

// --- The knowledge questions ---

const PRESS = '(premere|massaggiare|stimolare)';
const PRESS_1 = '(premo|massaggio|tocco|spingo|stimolo)';
// "Per" joins the article in Italian ("per il mal di testa"); the slot values are mostly bare.
const FOR =
  '(per|per il|per la|per i|per le|contro|contro il|contro la|in caso di|quando ho|se ho)';
const PER = '(per|per il|per la|per i|per le|contro)';
const HELPS = '(aiuta|serve|funziona|è utile|fa bene)';
const HAVE =
  "(ho|c'ho|soffro di|mi è venuto|mi è venuta|mi sono venuti|ho di nuovo|ho sempre|soffro spesso di|ho ancora)";
const FEEL =
  '(mi sento|sono|mi sento molto|sono molto|mi sento così|sono così|mi sento tanto|sono proprio)';
const QUESTION =
  '(dove premo|cosa premo|dove devo premere|cosa posso premere|cosa posso fare|cosa mi consigli|quale punto premo|cosa faccio)';
const REMEDY =
  '(la digitopressione|la riflessologia|il massaggio ai piedi|il massaggio|un massaggio)';
const EASE = '(alleviare|calmare|far passare|togliere|ridurre|mandare via)';

const FIND_POINT = expand(
  `(dove|cosa) (devo|posso) ${PRESS} ${FOR} {complaint}`,
  `(dove|cosa) ${PRESS_1} ${FOR} {complaint}`,
  `dove ${PRESS} ${FOR} {complaint}`,
  `(dove|cosa) (devo|posso) premere sul piede ${PER} {complaint}`,
  `(quale|che) (punto|zona) (devo|posso) (premere|massaggiare) ${PER} {complaint}`,
  `(quale|che) (punto|zona) ${HELPS} ${PER} {complaint}`,
  `(quali|che) punti (aiutano|vanno bene|servono|funzionano|sono utili) (per|contro|con|in caso di) {complaint}`,
  `(dov'è|qual è|dove si trova) il punto ${PER} {complaint}`,
  `(c'è|esiste|ci sono) (un|) (punto|zona) ${PER} {complaint}`,
  `(hai|conosci) un punto ${PER} {complaint}`,
  `(cosa|che cosa) (aiuta|fa bene|serve|funziona|mi consigli|mi suggerisci|mi consiglia|posso fare|faccio|si può fare|posso premere) ${PER} {complaint}`,
  `(hai|c'è|avresti|conosci) qualcosa (per|contro|che aiuti con|che aiuta con) {complaint}`,
  `(qualcosa|un rimedio|un punto) ${PER} {complaint}`,
  `come (posso|faccio a|si può|potrei) ${EASE} {complaint} (con la digitopressione|con la riflessologia|con il massaggio|)`,
  `come ${EASE} {complaint}`,
  `${REMEDY} (aiuta|serve|funziona|può aiutare) (per|contro|con) {complaint}`,
  `${REMEDY} ${PER} {complaint}`,
  `(puoi|potresti|mi puoi|mi potresti|può|mi può) aiutare (con|per|contro) {complaint}`,
  `(aiutami|mi aiuti|aiutami tu) (con|per|contro) {complaint}`,
  `(cosa|che cosa) (mi consigli|consigli|mi suggerisci|mi consiglia|mi proponi) ${PER} {complaint}`,
  `(quale|che) punto di pressione (per|contro) {complaint}`,
  `(premere|massaggiare|punti) ${PER} {complaint}`,
  `${HAVE} {complaint}`,
  `${HAVE} {complaint} ${QUESTION}`,
  `${HAVE} {complaint} (mi aiuti|puoi aiutarmi|mi puoi aiutare|hai qualche idea|qualche consiglio|cosa mi suggerisci)`,
  `(ho|soffro di|mi viene) {complaint} (di notte|la sera|la mattina|spesso|da giorni|ultimamente|oggi|tutto il giorno|ogni tanto)`,
  `(ho|c'ho) {complaint} (c'è qualcosa per questo|hai qualcosa per questo|cosa mi consigli|c'è un punto per questo)`,
  `${FEEL} {complaint}`,
  `${FEEL} {complaint} ${QUESTION}`,
  `${FEEL} {complaint} (mi aiuti|puoi aiutarmi|hai qualche idea|qualche consiglio)`,
  `(il mio|la mia|i miei|le mie) {complaint} (mi sta uccidendo|non passa|non mi passa|è tremendo|è tremenda|è terribile|è tornato|è tornata|di nuovo|oggi)`,
  `(il mio|la mia|i miei|le mie) {complaint} ${QUESTION}`,
  `(credo|penso|mi sa|ho paura) di avere {complaint}`,
  `(credo|penso|mi sembra) che (sia|mi stia venendo) {complaint}`,
  `{complaint} ${QUESTION}`,
  `{complaint} (dove premo|cosa premo|che punto|quale punto|c'è un punto|cosa mi consigli|qualche idea)`,
  `(e|e invece|e per|e contro|invece per|e se ho|e quando ho) {complaint}`,
  `${PER} {complaint}`,
  `(e|) (per quanto riguarda|riguardo a|riguardo al|riguardo alla|parlando di) {complaint}`,
  '{complaint}',
);

const CONTRAINDICATIONS = expand(
  '(quali sono|dimmi|elencami|leggimi|fammi sentire|mi dici|spiegami) le controindicazioni',
  '(le|) controindicazioni',
  'ci sono (delle|) controindicazioni',
  '(quando|in quali casi|in che casi|perché) non (devo|posso|dovrei|si deve|si può|bisogna) (farlo|fare questo|massaggiare i piedi|premere|fare la digitopressione|fare la riflessologia|fare il massaggio|usarlo)',
  '(quando|in quali casi|in che casi) (è|il massaggio ai piedi è|la digitopressione è|la riflessologia è|questo è) (pericoloso|pericolosa|rischioso|rischiosa|sconsigliato|sconsigliata|vietato|vietata)',
  '(è|il massaggio ai piedi è|la digitopressione è|la riflessologia è|questo massaggio è|questo è) (sicuro|sicura|pericoloso|pericolosa|rischioso|rischiosa) (per me|per tutti|in gravidanza|)',
  '(è|è davvero) sicuro (farlo|fare questo|massaggiare i piedi|premere questi punti|usarlo)',
  'ci sono (dei|) (rischi|pericoli|effetti collaterali|effetti indesiderati)',
  'ci sono motivi per non (farlo|fare questo|fare il massaggio)',
  '(quali sono|dimmi) le (regole di sicurezza|avvertenze|precauzioni|avvertenze di sicurezza)',
  '(chi|quali persone) non (deve|può|dovrebbe|devono|possono|dovrebbero) (farlo|fare questo|fare il massaggio ai piedi|fare la digitopressione|fare la riflessologia|usarlo|provarlo)',
  '(chi|quando) (deve|dovrebbe) evitare (questo|il massaggio|la digitopressione|la riflessologia|il massaggio ai piedi)',
  'quando (devo|dovrei) evitare (il massaggio|la digitopressione|la riflessologia|il massaggio ai piedi|di farlo)',
  '(quali sono|dimmi) (i rischi|i pericoli|gli effetti collaterali)',
  '(tutti|chiunque) (possono|può) (farlo|fare il massaggio ai piedi|fare la digitopressione)',
  '(sicurezza|informazioni sulla sicurezza|regole di sicurezza|precauzioni|avvertenze)',
  '(dimmi|parlami|dammi informazioni) (sulla sicurezza|delle precauzioni|delle avvertenze)',
  'quando non (farlo|massaggiare|premere|fare il massaggio)',
  '(quando|in quali casi) non si (deve|può|dovrebbe) fare',
);

const EXPLAIN_TOPIC = expand(
  '{topic}',
  "(cosa sono|cos'è|che cos'è|che cosa sono|che cosa è|cosa è) (i|le|il|la|lo|gli|) {topic}",
  '(cosa significa|cosa vuol dire|cosa vogliono dire|cosa significano|che significa) {topic}',
  '(spiegami|mi spieghi|puoi spiegarmi|potresti spiegarmi|mi puoi spiegare|spiega) (i|le|il|la|lo|gli|) {topic}',
  '(parlami|dimmi qualcosa|raccontami|dimmi di più|raccontami qualcosa|voglio sapere qualcosa|vorrei sapere qualcosa) (di|dei|delle|della|del|degli|dello|sui|sulle|sul|sulla|su) {topic}',
  '(voglio|vorrei|posso) (sapere|capire|imparare) (di più su|qualcosa su|come funziona|) {topic}',
  '(informazioni|info) (su|sui|sulle|sul|sulla) {topic}',
  'come (funziona|funzionano) (i|le|il|la|lo|gli|) {topic}',
  '(non capisco|non ho capito|non mi è chiaro|non mi sono chiari) (i|le|il|la|lo|gli|) {topic}',
  'cosa intendi (per|con) {topic}',
  '(una domanda|domanda) (su|sui|sulle|sul|sulla) {topic}',
  '(e|e invece) (i|le|il|la|gli|) {topic}',
  '(dimmi|spiegami) {topic}',
);

const FEET_ARE =
  '(i miei piedi sono|i piedi sono|ho i piedi|il mio piede è|il piede è|i piedi mi sembrano|i miei piedi sono sempre|ho sempre i piedi|ho spesso i piedi|i piedi sono sempre|i piedi restano|i miei piedi restano)';
const MEANS = '(cosa significa|cosa vuol dire|che significa|cosa indica|cosa mi dice)';
const FOOT_TEMPERATURE = expand(
  '{temperature} e {moisture}',
  '{moisture} e {temperature}',
  '{temperature}',
  '{moisture}',
  `${FEET_ARE} {temperature}`,
  `${FEET_ARE} {moisture}`,
  `${FEET_ARE} {temperature} e {moisture}`,
  `${FEET_ARE} {moisture} e {temperature}`,
  `${FEET_ARE} {temperature} ma {moisture}`,
  `${MEANS} (se|quando|che) (ho i piedi|i piedi sono|i miei piedi sono|il piede è) {temperature}`,
  `${MEANS} (se|quando|che) (ho i piedi|i piedi sono|i miei piedi sono|il piede è) {moisture}`,
  `${MEANS} (se|quando) (ho i piedi|i piedi sono) {temperature} e {moisture}`,
  `${MEANS} (se|quando) (ho i piedi|i piedi sono) {moisture} e {temperature}`,
  `(ho i piedi|i piedi sono|i miei piedi sono) {temperature} (e {moisture}|) (cosa significa|cosa vuol dire|perché|è grave|è normale|va bene)`,
  `(ho i piedi|i piedi sono|i miei piedi sono) {moisture} (cosa significa|cosa vuol dire|perché|è grave|è normale)`,
  `cosa (significano|vogliono dire|dicono) i piedi {temperature}`,
  `cosa (significano|vogliono dire|dicono) i piedi {moisture}`,
  'cosa significano i piedi {temperature} e {moisture}',
  `(perché|come mai) (ho sempre i piedi|ho i piedi|i miei piedi sono|i piedi sono) (sempre|così|) {temperature}`,
  `(perché|come mai) (ho sempre i piedi|ho i piedi|i miei piedi sono|i piedi sono) (sempre|così|) {moisture}`,
  '(perché|come mai) ho i piedi {temperature} e {moisture}',
  'piedi {temperature} e {moisture}',
  'piedi {moisture} e {temperature}',
  '(sono|li sento|sono sempre|li ho) ({temperature}|{moisture}|{temperature} e {moisture})',
  'il (piede|) sinistro è {left} e il (piede|) destro (è|) {right}',
  'il (piede|) destro è {right} e il (piede|) sinistro (è|) {left}',
  'il (piede|) sinistro (è|lo sento) {left} (ma|mentre|e invece) il destro (è|lo sento|) {right}',
  'il (piede|) destro (è|lo sento) {right} (ma|mentre|e invece) il sinistro (è|lo sento|) {left}',
  'ho il piede sinistro {left} e il destro {right}',
  'ho il piede destro {right} e il sinistro {left}',
  "(un piede è|uno è) {left} e l'altro (è|) {right}",
  'un piede {left} e uno {right}',
  "cosa significa se un piede è {left} e l'altro {right}",
  '(cosa significa|cosa mi dice|cosa indica) la temperatura dei (miei|) piedi',
  'cosa mi dicono i miei piedi',
  '(leggi|interpreta) i miei piedi',
  'temperatura dei piedi',
);

const LINKED = '(collegata|collegato|legata|associata)';
/** "a" joined to the article, as Italian says it before the body part. */
const TO = '(a|al|alla|allo|ai|alle|agli)';
const ART = '(il|la|lo|i|le|gli|)';
const OF = '(di|del|della|dello|dei|delle|degli)';
const BODY_MAP = expand(
  `(quale|che) (parte|zona|punto|zona riflessa) del piede è ${LINKED} ${TO} {bodyPart}`,
  `(quale|che) (parte|zona|punto|zona riflessa) del piede corrisponde ${TO} {bodyPart}`,
  `(quale|che) (zona|punto) è (collegata|collegato) ${TO} {bodyPart}`,
  `(quale|che) (parte|zona) del piede rappresenta ${ART} {bodyPart}`,
  `(dov'è|dove si trova) (la zona|il punto|la zona riflessa|il riflesso) ${OF} {bodyPart} (sul piede|)`,
  `(dove sono|dove si trovano|dove trovo) (i|le|gli) {bodyPart} (sul piede|nel piede|sui piedi)`,
  `(dov'è|dove si trova|dove sta) (il|la|lo|) {bodyPart} (sul piede|nel piede|sui piedi)`,
  `(come|in che modo) (il piede è|i piedi sono) (collegato|collegati) ${TO} {bodyPart}`,
  '(cosa|quale organo|quale parte del corpo) è (collegato|collegata|legato) (al|alla|allo|ai|alle) {zone}',
  '(a cosa|a quale organo|a quale parte del corpo) (corrisponde|è collegato|è collegata|è legato) (il|la|lo|) {zone}',
  '(il|la|lo|) {zone} (a cosa corrisponde|a cosa è collegato|a cosa è collegata|che organo è|cosa rappresenta)',
  "(cosa|quale organo|quale parte del corpo) (c'è|si trova|corrisponde) (sotto|sul|sulla|nel|nella|al|alla) {zone}",
  '(cosa|che cosa) (rappresenta|riflette) (il|la|lo|) {zone}',
  `(quale|che) dito del piede (corrisponde|è collegato) ${TO} {bodyPart}`,
  `(la zona|il punto|la zona riflessa) ${OF} {bodyPart} (dov'è|dove si trova)`,
);

const POINT = '(il punto|il|punto|)';
const POINT_INFO = expand(
  `(dov'è|dove si trova|dove trovo|come trovo|come si trova|mostrami|trovami|dove posso trovare|dimmi dov'è) ${POINT} {point}`,
  `(cos'è|che cos'è|cosa è|spiegami|descrivimi) ${POINT} {point}`,
  `(parlami|dimmi qualcosa|raccontami|dimmi di più) (del punto|del|sul punto|sul) {point}`,
  `(a cosa serve|a che serve|per cosa si usa|cosa fa|a cosa è utile|per cosa è indicato) ${POINT} {point}`,
  `(come|come devo|come posso|come si fa a) (premere|usare|trovare|massaggiare|stimolare|tenere premuto) ${POINT} {point}`,
  `(voglio|vorrei|posso|proviamo a) (premere|trovare|provare|stimolare|conoscere) ${POINT} {point}`,
  'il punto {point}',
  'punto {point}',
  '(dimmi|spiegami|mostrami) dove si trova (il punto|il|) {point}',
);

// --- The routine ---

/** The massage with its article, so "una sessione" and "il massaggio" never meet the wrong one. */
const MASSAGE =
  '(un massaggio|il massaggio|un massaggio ai piedi|il massaggio ai piedi|il massaggio dei piedi|una sessione|la sessione|una seduta|la routine|massaggio|massaggio ai piedi)';
const START_VERB = '(inizia|comincia|avvia|fammi|fai partire)';
const WANT = '(voglio|vorrei|mi piacerebbe|posso avere|facciamo|mi fai)';
/** What a length is said of: "un massaggio veloce", "la versione completa". */
const LENGTH_OF = '(un massaggio|il massaggio|una sessione|la sessione|la versione|la routine)';

const START_MASSAGE = expand(
  `${START_VERB} ${MASSAGE}`,
  `${START_VERB} ${LENGTH_OF} {length}`,
  `${START_VERB} (quello|quella) {length}`,
  `${WANT} ${MASSAGE}`,
  `${WANT} ${LENGTH_OF} {length}`,
  `${WANT} (quello|quella) {length}`,
  `(voglio|vorrei|possiamo|dai) (fare|iniziare|cominciare) ${MASSAGE} (adesso|ora|subito|)`,
  `(voglio|vorrei|possiamo|dai) (fare|iniziare|cominciare) ${LENGTH_OF} {length}`,
  `(iniziamo|cominciamo|partiamo con|facciamo) ${MASSAGE}`,
  `(iniziamo|cominciamo|partiamo con|facciamo) ${LENGTH_OF} {length}`,
  `(inizia|comincia|avvia) ${MASSAGE} (adesso|ora|subito|per favore)`,
  '(massaggiami|massaggia|massaggiamo) i piedi',
  '(voglio|vorrei|aiutami a|mi aiuti a) (massaggiare|massaggiarmi) i piedi',
  `${LENGTH_OF} {length} (per favore|grazie|)`,
  '(quello|quella) {length} (per favore|grazie|)',
  '(scelgo|prendo|facciamo|va bene|preferisco|meglio) (quello|quella|il|la|un|una) (massaggio|versione|sessione|routine|) {length}',
  '(sono pronto|sono pronta|pronto|pronta) (per iniziare|a iniziare|per cominciare|a cominciare|per il massaggio)',
  `(sono pronto|sono pronta) per ${MASSAGE}`,
  `(sono pronto|sono pronta) per ${LENGTH_OF} {length}`,
  '(iniziamo|cominciamo|partiamo|via)',
  '(iniziamo|cominciamo) (pure|allora|dai|subito)',
  '(è ora|è il momento) (del massaggio|di un massaggio|di fare il massaggio|della routine)',
  '(un nuovo|nuovo) massaggio',
  '(mi sono seduto|mi sono seduta|sono comodo|sono comoda) (facciamo|iniziamo) (i piedi|il massaggio)',
  '(inizia|comincia)',
  'massaggio ai piedi per favore',
  '(guidami|accompagnami) (in un massaggio|nel massaggio|in un massaggio ai piedi|in una sessione|nella routine)',
  '(guidami|accompagnami) (in un massaggio|in una sessione) {length}',
  'aiutami con il massaggio ai piedi',
);

const CHOOSE_POSTURE = expand(
  '{posture}',
  '(mi metto|metto il piede|tengo il piede|appoggio il piede|sto|resto|mi siedo|mi sdraio|lo faccio|lo metto) {posture}',
  '(scelgo|preferisco|prendo|voglio|vorrei|facciamo|va bene|meglio|opto per) {posture}',
  '(con il piede|col piede|il piede) {posture}',
  '(sono|sto) (seduto|seduta|sdraiato|sdraiata) {posture}',
  '(cambio|passo|cambia) (posizione|) (a|alla|in|con) {posture}',
  '(preferirei|direi|penso) {posture}',
  '(la posizione|posizione) {posture} (per favore|)',
  '(il mio piede è|il piede è|il piede sarà) {posture}',
);

const WHERE = '(al|alla|ai|sul|sulla|sui|nel|nella|sotto il|sotto la|sotto|vicino al|)';
const SORE =
  '(mi fa male|fa male|mi faceva male|faceva male|mi duole|è sensibile|è dolorante|sento dolore|ho dolore|mi dà fastidio)';
const TENDER_SPOT = expand(
  '{zone}',
  `${SORE} ${WHERE} {zone}`,
  `(il|la|lo|il mio|la mia|) {zone} (mi fa male|fa male|è dolorante|è sensibile|è indolenzito|è indolenzita|duole|mi duole|faceva male|era sensibile)`,
  `(c'è|ho trovato|sento|ho) un punto (dolente|sensibile|che fa male) ${WHERE} {zone}`,
  `(era|è) (sensibile|dolorante|dolente) ${WHERE} {zone}`,
  `(il punto|la zona) (dolente|sensibile) (era|è) ${WHERE} {zone}`,
  `(proprio|esattamente|più che altro) ${WHERE} {zone}`,
  '(sul|sulla|sotto il|sotto la|al|alla|nel|nella|vicino al) {zone}',
  `(sì|si) (al|alla|sul|sulla|nel|nella|il|la|lo|proprio) {zone}`,
  `(lavora su|premi|massaggia|tieni premuto) (il|la|lo) {zone}`,
  `(era|è) (il|la|lo) {zone}`,
  '(qui|lì|qua) fa male',
  'fa male (qui|lì|qua)',
  '(questo|quel) punto (fa male|è sensibile|è dolorante|mi fa male)',
  "c'è un punto (dolente|sensibile|che fa male)",
);

const SKIP = expand(
  'salta',
  'salta (questo|questa|questo passo|questa parte|questo esercizio|questa fase|il pediluvio|questo punto|al prossimo passo)',
  'saltiamo (questo|questa|questa parte|questo passo|il pediluvio|questa fase)',
  '(possiamo|posso|vorrei|voglio|preferisco|preferirei) saltare (questo|questa|questa parte|questo passo|il pediluvio|il riscaldamento)',
  '(niente|senza) pediluvio',
  'passiamo oltre',
  'salto questo',
  'lascia stare questo passo',
  'questo lo salto',
  'questa parte la salto',
);

const TIME_LEFT = expand(
  'quanto (manca|tempo manca|ci vuole ancora|dura ancora|resta|rimane|manca ancora)',
  'quanto tempo (rimane|resta|ci resta|mi resta|manca|ci rimane|abbiamo ancora)',
  'quanti minuti (mancano|restano|rimangono|ci vogliono ancora)',
  '(tempo rimanente|tempo residuo)',
  'manca (molto|tanto|poco|ancora molto)',
  '(abbiamo|ho) quasi finito',
  'quando (finiamo|finisce|abbiamo finito|ho finito|è finito)',
  'quanto dura (il massaggio|la sessione|questo|tutto|la seduta|un massaggio ai piedi)',
  'quanto ci vuole',
  'siamo (quasi|) alla fine',
  'è quasi finito',
  'quanto manca alla fine',
  'quanto (manca|resta) del (massaggio|trattamento)',
);

const WHERE_AM_I = expand(
  'dove (siamo|sono|eravamo) (arrivati|arrivate|)',
  'a che punto (siamo|sono|siamo arrivati)',
  '(che|quale) (passo|esercizio) è questo',
  '(che|quale) (fase|parte) è questa',
  'cosa stiamo facendo (adesso|ora|)',
  'cosa sto facendo (adesso|ora|)',
  'in che fase siamo',
  'a che passo siamo',
  'dove siamo nella routine',
  'dove eravamo rimasti',
);

const TELL_ME_MORE = expand(
  'dimmi di più',
  'di più',
  '(raccontami|spiegami|dimmi) (di più|meglio|qualcosa in più|altro|ancora)',
  '(più|maggiori|altri) (dettagli|informazioni)',
  '(voglio|vorrei) sapere di più',
  '(voglio|vorrei) (più dettagli|saperne di più)',
  'approfondisci',
  '(puoi|potresti) approfondire',
  'e poi',
  "(che altro|cos'altro|cosa altro) (mi puoi dire|puoi dirmi|c'è|)",
  'dimmi di più (su questo|su quello|al riguardo)',
  'continua a spiegare',
  'spiega meglio',
);

const NOT_SURE = expand(
  '(non lo so|non so)',
  'non (sono|ne sono) (sicuro|sicura|certo|certa|tanto sicuro|tanto sicura)',
  'non saprei',
  '(forse|boh|chissà|magari)',
  'non ne ho idea',
  '(non saprei dire|difficile dire|è difficile dirlo)',
  'cosa intendi',
  'non lo so con certezza',
  'non lo so proprio',
  'sinceramente non lo so',
  // Unwell, said at the safety question: never read as a posture or a "no"; like English "I'm
  // not well", it hears the full list and is asked again.
  'non (sto|mi sento) (tanto|molto|proprio|) bene',
  "(sto|mi sento) (un po'|poco|molto|) male",
);

// --- The built-ins, with the skill's own words ---

const PAUSE = expand(
  '(pausa|aspetta|un attimo|attendi)',
  '(aspetta|un attimo) (pausa|un secondo|un momento|un minuto)',
  '(aspetta|aspettami) un (attimo|secondo|momento|minuto)',
  'dammi un (attimo|momento|minuto|secondo)',
  'fai una pausa',
  '(facciamo|fammi fare) una pausa',
  'metti in pausa (il massaggio|la routine|)',
  'pausa (un attimo|un momento|un minuto)',
  '(solo|) un momento',
  'mi serve una pausa',
  'ho bisogno di una pausa',
  '(ferma|fermati|fermiamoci) un (attimo|momento|secondo)',
);

const RESUME = expand(
  '(sono tornato|sono tornata|eccomi|eccomi qua|eccomi di nuovo)',
  '(sono pronto|sono pronta|pronto|pronta)',
  '(sono pronto|sono pronta) (adesso|ora|di nuovo)',
  '(ho finito|finito) (il pediluvio|con il pediluvio)',
  'il pediluvio è finito',
  '(andiamo avanti|continuiamo|proseguiamo)',
  '(continua|prosegui|riprendi)',
  '(continua|prosegui|riprendi) (pure|per favore|il massaggio|la routine)',
  'riprendi da dove eravamo rimasti',
  'togli la pausa',
  'ripartiamo',
);

const NEXT = expand(
  '(avanti|prossimo|successivo)',
  '(il prossimo|la prossima|il successivo|la successiva) (passo|esercizio|parte|fase|)',
  '(vai avanti|andiamo al prossimo|passiamo al prossimo|passa al prossimo)',
  "cosa (c'è dopo|viene dopo|facciamo adesso)",
  '(fatto|ho fatto|finito questo|fatto questo)',
  '(ok|okay|va bene) (avanti|il prossimo)',
  '(vai|passa|passiamo) al (prossimo|prossimo passo|successivo|passo successivo)',
  'prossimo passo',
);

const PREVIOUS = expand(
  '(indietro|torna indietro|torniamo indietro)',
  '(passo|esercizio) precedente',
  '(torna|torniamo|vai) al (passo|esercizio) (precedente|prima)',
  'quello di prima',
  'torna indietro di un passo',
  'un passo indietro',
  'precedente',
  '(il|al) (passo|esercizio) precedente',
);

const REPEAT = expand(
  '(ripeti|ripetilo|ripeti per favore)',
  '(ripeti|ridimmi|ridillo|dillo di nuovo|puoi ripetere|mi ripeti|puoi ripeterlo)',
  "(di nuovo|ancora una volta|un'altra volta)",
  "(cosa hai detto|come hai detto|cos'hai detto|non ho capito|non ho sentito)",
  "ripeti (il passo|questo passo|l'ultima cosa)",
  'scusa (puoi ripetere|non ho capito|ripeti)',
  'come',
);

const START_OVER = expand(
  '(ricomincia|ricominciamo|ricomincia da capo|ricominciamo da capo|riparti da capo|da capo)',
  "(ricomincia|riavvia|ricomincia dall'inizio|torna all'inizio|dall'inizio)",
  'ricomincia il massaggio',
  "rifacciamo (tutto|da capo|dall'inizio)",
);

const YES = expand(
  '(mi sembra una buona idea|buona idea|ottima idea|perfetto)',
  '(sì|si) (facciamolo|va bene|certo|per favore|grazie|lo voglio|mi piacerebbe|esatto|giusto|dai|vai)',
  'certo (perché no|volentieri)',
  '(sì|si) è (giusto|corretto|così)',
  'volentieri',
);

const NO = expand(
  "(niente|nient'altro|nulla|niente di più|niente grazie|per ora niente|nient'altro grazie)",
  'no (sto bene|va bene così|tutto bene|a posto|sono a posto)',
  '(nessuno|nessuna) (di questi|di queste|di quelli|di quelle)',
  '(no|no no) (nessuno|nessuna|niente) (di questi|di queste|)',
  'no no',
  '(non proprio|no non oggi|no non adesso|non adesso|no davvero)',
  '(sto bene|tutto a posto|tutto bene) (grazie|)',
  '(non mi riguarda nessuna|nessuna mi riguarda|nessun punto faceva male|nessun punto era dolente|niente faceva male|non faceva male niente)',
);

// "Non importa" is left to the posture question, where it means "you choose".
const CANCEL = expand('lascia (perdere|stare)', '(dimenticalo|fa niente|lascia perdere tutto)');

const NAVIGATE_HOME = expand(
  '(vai|torna|portami) (alla schermata iniziale|al menu principale|alla home)',
  '(torna|portami) a casa',
  'menu principale',
);

const HELP = expand(
  'cosa (devo|posso) (fare|dire|chiedere)',
  'non (capisco|ho capito come funziona)',
  'come (si usa|funziona) (questa skill|questo|la skill)',
  'come si usa',
  '(quali sono le mie opzioni|cosa sai fare|in cosa mi puoi aiutare|cosa puoi fare per me)',
  '(ho bisogno di|mi serve) (aiuto|una mano)',
  'sono (confuso|confusa|perso|persa|bloccato|bloccata)',
  'sono (confuso|confusa|perso|persa) cosa (devo fare|posso dire)',
  'cosa dovrei fare',
);

const STOP = expand(
  '(ferma|interrompi|termina|finisci|chiudi) (il massaggio|la routine|la sessione)',
  '(fermiamoci|finiamo|chiudiamo) (qui|ora|adesso)',
  '(basta così|per oggi basta|per ora basta|basta per oggi|basta per stasera)',
  '(ho finito|abbiamo finito) (per oggi|per ora|per stasera)',
  '(arrivederci|buonanotte|ciao ciao|a presto|alla prossima|ci sentiamo)',
  '(fine|finito qui)',
  'per oggi è tutto',
);

// --- The conversation, privacy, reminders ---

const LOVELY =
  '(bello|bellissimo|fantastico|utile|perfetto|rilassante|piacevole|splendido|meraviglioso|ottimo|stupendo|gradevole)';
const THANKS = expand(
  '(grazie|grazie mille|grazie tante|mille grazie|ti ringrazio|grazie davvero|grazie infinite|molte grazie|ti ringrazio tanto|grazie di cuore)',
  "(grazie|grazie mille|ti ringrazio) (per il massaggio|per l'aiuto|per il tuo aiuto|per tutto|di tutto|ancora|tanto|davvero)",
  `(grazie|grazie mille|oh grazie) (è stato|era|è) (proprio|davvero|molto|) ${LOVELY}`,
  `(è stato|era|che massaggio) (proprio|davvero|molto|) ${LOVELY} (grazie|)`,
  `che ${LOVELY} (grazie|)`,
  '(mi sento|i piedi stanno|i miei piedi stanno|sto) (molto|davvero|tanto|) meglio (adesso|ora|) (grazie|)',
  "(apprezzo|ho apprezzato) (molto|tanto|davvero|) (il tuo aiuto|l'aiuto|)",
  'sei (gentilissima|gentilissimo|bravissima|bravissimo|un tesoro)',
);

const ERASE = '(cancella|elimina|dimentica|rimuovi|azzera|resetta|togli)';
const MINE =
  '(i miei dati|tutti i miei dati|le mie informazioni|i miei progressi|la mia cronologia|tutto quello che sai di me|tutto su di me|quello che sai di me|i dati che hai su di me|il mio profilo|i miei dati salvati|quello che ricordi di me|i miei dati personali)';
const FORGET_MY_DATA = expand(
  `${ERASE} ${MINE}`,
  `(per favore|puoi|potresti|voglio che tu|vorrei che tu) (cancellare|eliminare|dimenticare|cancelli|elimini|dimentichi) ${MINE}`,
  '(dimenticami|dimenticati di me|scordati di me|dimentica chi sono)',
  '(puoi|potresti) (dimenticarti di me|dimenticarmi)',
  '(voglio|vorrei) (cancellare|eliminare|rimuovere) (i miei dati|le mie informazioni|i miei progressi)',
  '(voglio|vorrei) che (i miei dati|le mie informazioni) (siano|vengano) (cancellati|cancellate|eliminati|eliminate)',
  'non (ricordarti di me|salvare i miei dati|tenere i miei dati|conservare i miei dati)',
  'come (posso|faccio a) (cancellare|eliminare) (i miei dati|le mie informazioni)',
  '(cancella|elimina) (quello che hai salvato|quello che hai memorizzato) su di me',
  '(resetta|azzera) il mio (profilo|account)',
  '(dimentica|cancella) tutto quello che (sai|ricordi)',
);

const TIME = [{ name: 'time', type: 'AMAZON.TIME' }];
const MASSAGE_TASK =
  '(di fare il massaggio|di massaggiare i piedi|il massaggio|di farlo|il massaggio ai piedi)';
const SET_REMINDER = expand(
  `(ricordami|ricordamelo) ${MASSAGE_TASK} (ogni sera|ogni giorno|tutti i giorni|tutte le sere|ogni notte)`,
  '(ricordami|ricordamelo) (ogni sera|ogni giorno|tutti i giorni|tutte le sere|ogni notte)',
  `ricordami ${MASSAGE_TASK}`,
  '(ricordami|ricordamelo) (alle|per le|verso le|all) {time}',
  '(ricordami|ricordamelo) {time}',
  '(ricordami|ricordamelo) (ogni sera|ogni giorno|tutti i giorni|tutte le sere) (alle|verso le) {time}',
  `ricordami ${MASSAGE_TASK} (alle|verso le) {time}`,
  `ricordami ${MASSAGE_TASK} {time}`,
  '(imposta|crea|aggiungi|metti|programma|fissa) un promemoria',
  '(imposta|crea|aggiungi|metti|programma|fissa) un promemoria (giornaliero|quotidiano|serale|per il massaggio)',
  '(imposta|crea|aggiungi|metti|programma|fissa|mettimi|impostami|fammi) un promemoria (giornaliero|quotidiano|serale|) (per le|alle|per) {time}',
  '(mettimi|impostami) un promemoria',
  '(imposta|attiva) il (mio|) promemoria (per le|alle|) {time}',
  '(imposta|attiva) il mio promemoria',
  '(voglio|vorrei) un promemoria (giornaliero|serale|ogni sera|tutti i giorni|)',
  '(voglio|vorrei) un promemoria (alle|per le) {time}',
  '(dammi|mandami|fammi) un promemoria (ogni sera|tutti i giorni|ogni giorno|alle {time}|ogni sera alle {time})',
  'un promemoria alle {time} (per favore|)',
  '(sì|si) (ricordamelo|ricordami) alle {time}',
  '(voglio|vorrei) un promemoria per non dimenticarmi',
  'avvisami (ogni sera|alle {time}|ogni sera alle {time})',
);

const REMINDER_STATUS = expand(
  '(quando|a che ora) (è|suona) il mio promemoria',
  'a che ora mi (ricordi|avvisi) (il massaggio|)',
  'quando mi (ricordi|avvisi) (il massaggio|)',
  "(ho|c'è) un promemoria (impostato|attivo|)",
  'il (mio|) promemoria è (attivo|impostato|ancora attivo|acceso)',
  'hai impostato il (mio|) promemoria',
  '(dimmi|controlla|verifica) (il mio|il) promemoria',
  'qual è il mio promemoria',
  "com'è impostato il mio promemoria",
);

const MOVE_REMINDER = expand(
  '(sposta|cambia|modifica|anticipa|posticipa|rimanda) (il mio|il) promemoria',
  '(sposta|cambia|modifica|porta|metti|anticipa|posticipa) (il mio|il) promemoria (alle|a|per le) {time}',
  "cambia l'orario del (mio|) promemoria",
  "cambia l'orario del (mio|) promemoria (alle|a) {time}",
  '(spostalo|mettilo|fallo|cambialo) (alle|a) {time} (invece|)',
  '(ricordamelo|ricordami) invece alle {time}',
  '(ricordamelo|ricordami) alle {time} invece',
  "(voglio|vorrei) cambiare (l'orario del|il) (mio|) promemoria",
  '(voglio|vorrei) spostare il (mio|) promemoria (alle {time}|)',
  '(fai|metti) il promemoria (più tardi|prima)',
);

const CANCEL_REMINDER = expand(
  '(cancella|elimina|togli|rimuovi|disattiva|annulla|spegni) (il mio|il|i miei|i) promemoria',
  '(cancella|elimina|disattiva) il promemoria (del massaggio|serale|giornaliero)',
  'non (voglio|mi serve) più (il|nessun) promemoria',
  '(smetti|smettila) di ricordarmelo',
  '(basta|niente più) promemoria',
  'non ricordarmelo più',
);

// The safety catch-all: only filler around the words, so the classifier reads all of them.
// Alexa needs a carrier around a SearchQuery slot, so there is no bare `{words}`.
const SAFETY_CARRIERS = [
  'io {words}',
  'ho {words}',
  'mi {words}',
  'sono {words}',
  'sto {words}',
  'il mio {words}',
  'la mia {words}',
  'i miei {words}',
  'le mie {words}',
  "c'è {words}",
  'ci sono {words}',
  'è {words}',
  'mio marito {words}',
  'mia moglie {words}',
  'mia madre {words}',
  'mio padre {words}',
  'qualcuno {words}',
  'lui {words}',
  'lei {words}',
  'noi {words}',
  'aiutami {words}',
  'per favore aiutami {words}',
  'e se {words}',
  'è sicuro {words}',
  'va bene {words}',
  'posso farlo {words}',
  'posso massaggiare i piedi {words}',
  'posso fare il massaggio {words}',
  'devo massaggiare {words}',
  'cosa devo fare {words}',
  'cosa faccio {words}',
  'cosa {words}',
  'dove {words}',
  'quale {words}',
  'come {words}',
  'posso {words}',
  'può {words}',
  'il {words}',
  'la {words}',
  'un {words}',
  'una {words}',
  'sì purtroppo {words}',
  'sì però {words}',
  'no però {words}',
  'beh {words}',
  'allora {words}',
  'senti {words}',
  'sinceramente {words}',
  'chiama {words}',
  'questa è {words}',
  "all'improvviso {words}",
  'improvvisamente {words}',
  'nessuno {words}',
  'tutti {words}',
  'solo {words}',
  'credo {words}',
  'penso {words}',
  'ultimamente {words}',
  'oggi {words}',
];
const SIGN_SAMPLES = [
  '{sign} purtroppo',
  'purtroppo {sign}',
  '{sign}',
  'aiutami {sign}',
  '{sign} cosa devo fare',
  'e se {sign}',
  'e {sign}',
];

const INTENTS: LanguageIntent[] = [
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
    samples: [...SAFETY_CARRIERS, ...SIGN_SAMPLES],
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

export const MODEL: LanguageModel = { invocationName: 'guida massaggio piedi', intents: INTENTS };
