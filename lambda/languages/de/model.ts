/**
 * The German interaction model: every intent of the English model, with the same names, slots
 * and slot types, its samples written the way people in Germany and Austria ask (verb last after
 * "wenn", "wo muss ich bei ... drücken", du and Sie both). Carrier templates as in
 * lambda/knowledge/phrases.ts: `(a|b)` is a choice, `(a|)` an optional word. Not bundled.
 */
import { expand } from '../../phrasing/carriers';
import type { LanguageIntent, LanguageModel } from '../types';

// --- the routine ---

const MASSAGE = '(fußmassage|massage|fußreflexzonenmassage|runde|sitzung|routine)';
const START = '(starte|starten wir|beginne|beginnen wir|mach|mache|machen wir|leg los mit)';
const WANT =
  '(ich möchte|ich will|ich hätte gern|ich hätte gerne|ich würde gern|können wir|lass uns)';

const START_MASSAGE = expand(
  `${START} (eine|die|meine|) ${MASSAGE}`,
  `${START} (eine|die|meine) {length} ${MASSAGE}`,
  `${START} (die|eine) {length} (variante|version)`,
  `${START} (einen|den) {length} durchgang`,
  `${WANT} (eine|die|) ${MASSAGE} (machen|starten|)`,
  `${WANT} (eine|die) {length} ${MASSAGE} (machen|)`,
  `${WANT} (die|eine) {length} (variante|version) (machen|)`,
  `${WANT} (einen|den) {length} durchgang (machen|)`,
  `(starte|beginne|mach) (eine|die) ${MASSAGE} (jetzt|bitte)`,
  `(starte|beginne|mach) (eine|die) {length} ${MASSAGE} (jetzt|bitte)`,
  '(massier|massiere) (meine füße|mir die füße|meinen fuß)',
  '(ich möchte|ich will|lass uns|wir wollen|hilf mir) (meine füße|die füße|meinen fuß) (massieren|verwöhnen)',
  '(ich möchte|ich will|lass uns) (meine füße|die füße) {length} massieren',
  '(hilf mir|begleite mich|führ mich|leite mich an) (bei einer|bei der) (fußmassage|massage)',
  '(führ mich|begleite mich) durch (eine|die) (fußmassage|massage)',
  '(die|eine) {length} (variante|version|runde|fußmassage) (bitte|)',
  '{length} (massieren|fußmassage|massage|runde|variante)',
  '(nimm|nehmen wir|ich nehme|ich will|lieber) (die|eine) {length} (variante|version|massage|runde)',
  '(die|eine) {length} bitte',
  "(los geht's|auf geht's|fangen wir an|lass uns anfangen|lass uns loslegen|ich bin bereit anzufangen|bereit zum anfangen|wir können anfangen)",
  'zeit für (meine|eine|die) (fußmassage|massage)',
  '(ich bin|ich bin jetzt) bereit für (meine|die|eine) (fußmassage|massage)',
  '(ich bin|ich bin jetzt) bereit für (die|eine) {length} (fußmassage|massage|runde)',
  '(ich sitze|ich sitze bequem|ich sitze jetzt) (lass uns anfangen|fang an|wir können anfangen|los geht es)',
  '(neue|noch eine) (massage|fußmassage)',
  '(starten|anfangen|beginnen|start|loslegen)',
  '(leg los|fang an|los|los geht es)',
  '(können wir|wollen wir) (loslegen|anfangen|starten|beginnen)',
  '(fußmassage|eine fußmassage|die fußmassage)',
  '(ich möchte|ich will|ich würde gern) (mir|) (meine füße|die füße|meinen fuß) massieren',
  '(ich brauche|ich bräuchte) (eine|) (fußmassage|massage)',
  '(meine füße brauchen|meine füße könnten) eine massage (vertragen|)',
  '(starte|beginne) (das|ein) (programm|fußprogramm|massageprogramm)',
  'mach mit mir eine (fußmassage|massage)',
  '(fußmassage|massage) bitte',
  '(eine|) fußmassage (machen|starten)',
  'leite mich durch eine fußmassage',
  '(fußmassage|massage) (starten|beginnen|anfangen)',
  '(gib mir|mach mir|kannst du mir) (eine|) (fußmassage|massage) (geben|machen|)',
  '(gib mir|mach mir|kannst du mir) (eine|die) {length} (fußmassage|massage) (geben|machen|)',
  `(eine|die) {length} ${MASSAGE}`,
  'zeig mir eine fußmassage',
);

const CHOOSE_POSTURE = expand(
  '{posture}',
  '(ich|) (setze mich|sitze|lege mich|liege|mache es|mach es|nehme) {posture}',
  '(ich nehme|ich wähle|ich möchte|ich hätte gern|lieber|nehmen wir|dann|am liebsten|ich bleibe) {posture}',
  '(mit dem fuß|mein fuß|den fuß|fuß) {posture}',
  '(ich lege|ich lege meinen fuß|ich stelle den fuß|ich stelle meinen fuß|ich lege den fuß) {posture}',
  '(wechsel|wechsle|wechseln wir|ich wechsle) (zu|auf|in die position) {posture}',
  '{posture} (bitte|position)',
  '(ich glaube|ich denke|ich würde sagen) {posture}',
  '(mein fuß ist|der fuß ist|ich bin) {posture}',
  'ich (sitze|liege) (gerade|schon|jetzt) {posture}',
  '(die position|position) {posture}',
);

const AT = '(am|an der|an meinem|an meiner|unter dem|unter der|im|beim|bei der|auf dem)';
const TENDER_SPOT = expand(
  '{zone}',
  `(mein|meine|${AT}) {zone}`,
  '(der|die|das|mein|meine) {zone} (tut weh|tat weh|ist empfindlich|war empfindlich|schmerzt|hat wehgetan|hat weh getan|ist druckempfindlich|war unangenehm|zwickt)',
  `(es tut|es tat|das tut|das tat) ${AT} {zone} weh`,
  '{zone} (tut weh|tat weh|ist empfindlich|war empfindlich|schmerzt|hat wehgetan|ist druckempfindlich|zwickt)',
  `(die stelle|die empfindliche stelle|die schmerzhafte stelle) ${AT} {zone} (ist|war) (empfindlich|schmerzhaft|unangenehm|druckempfindlich)`,
  `es (ist|war) (empfindlich|schmerzhaft|unangenehm) ${AT} {zone}`,
  `${AT} {zone} (tut es weh|war es empfindlich|ist es empfindlich|war es unangenehm|hat es wehgetan)`,
  `(ich habe|da war|da ist|ich hatte) eine (empfindliche|schmerzhafte|schmerzende) stelle ${AT} {zone}`,
  '(die empfindliche stelle|die stelle|die schmerzhafte stelle) (war|ist) (am|an der|unter dem|unter der|im|der|die) {zone}',
  '(halte|drücke|massiere|bearbeite) (den|die|das|meinen|meine|) {zone} (länger|nochmal|)',
  '(ja|genau|ja genau) (am|an der|der|die|mein|meine|unter dem|unter der|im) {zone}',
  "(es tut hier weh|das tut hier weh|hier tut es weh|genau hier tut es weh|hier tut's weh|da tut's weh|da tut es weh)",
  `es (war|ist) ${AT} {zone} (empfindlich|schmerzhaft|unangenehm|am schlimmsten)`,
  `(am meisten|vor allem|besonders|hauptsächlich|eher) ${AT} {zone}`,
  `${AT} {zone} (hat es|hat's) (gezwickt|wehgetan|weh getan|gedrückt|gestochen)`,
  "(der|die|das|mein|meine) {zone} (war's|war es|hat gezwickt|hat gestochen)",
  '(diese stelle|die stelle hier) (tut weh|ist empfindlich|ist unangenehm)',
  '(da ist|hier ist) eine empfindliche stelle',
  '(in der nähe vom|in der nähe von der|nahe am|neben dem|neben der) {zone}',
);

const SKIP = expand(
  'überspringen',
  '(überspring|überspringe|überspringen wir) (das|diesen schritt|den schritt|diesen teil|das hier|das fußbad|den teil|die übung)',
  '(das|den schritt|diesen schritt|das fußbad|diesen teil) (überspringen|auslassen|weglassen)',
  '(lass|lassen wir) (das|den schritt|diesen schritt|das fußbad|diesen teil|das aufwärmen) (weg|aus)',
  '(kein|ohne) fußbad',
  '(spring|springen wir) (weiter|vor)',
  '(ich möchte|ich will|kann ich|können wir|ich würde gern) (das|diesen schritt|den teil|das aufwärmen) überspringen',
  'das lasse ich aus',
);

const TIME_LEFT = expand(
  'wie lange (noch|dauert es noch|geht es noch|brauchen wir noch|dauert das noch)',
  'wie viel zeit (ist noch übrig|bleibt noch|haben wir noch|habe ich noch)',
  'wie viele minuten (noch|sind es noch|bleiben noch)',
  'wie lange (dauert|geht) (die massage|das|es|die übung|die sitzung|die routine) noch',
  'wie lange (dauert die massage|dauert das|dauert das ganze|dauert eine fußmassage)',
  '(restzeit|verbleibende zeit)',
  '(wann|wie bald) (sind wir|bin ich) fertig',
  '(sind wir|bin ich) (bald|fast|gleich) (fertig|durch)',
  'ist es (bald|fast|gleich) vorbei',
  'wann ist (die massage|es|das) (vorbei|zu ende|fertig)',
  'wie viel (fehlt noch|ist noch übrig)',
  'wie weit ist es noch bis zum ende',
  'wie viel von der (massage|routine|sitzung) ist noch übrig',
);

const WHERE_AM_I = expand(
  'wo (bin ich|sind wir)',
  '(welcher schritt|welcher teil) ist das',
  'bei welchem schritt (bin ich|sind wir)',
  'was machen wir (gerade|jetzt)',
  'wo sind wir in der (massage|routine|anleitung)',
  'was ist das für ein schritt',
  'wie weit (bin ich|sind wir)',
  'wo (waren wir|war ich)',
  'an welcher stelle (sind wir|bin ich)',
);

const TELL_ME_MORE = expand(
  'erzähl mir mehr',
  'mehr',
  'mehr bitte',
  'mehr (details|infos|informationen|dazu)',
  'erzähl (mir|) mehr (darüber|dazu|davon)',
  'ich möchte mehr (wissen|erfahren|darüber wissen)',
  'genauer bitte',
  '(erklär|erkläre) (das|es|mir das|) (genauer|ausführlicher|näher)',
  'geh (mehr|) ins detail',
  'was noch',
  'und dann',
  'noch mehr',
  'was kannst du mir noch (dazu|darüber|) sagen',
  '(kannst du|könntest du) das (genauer|näher) erklären',
  'sag mir mehr',
  'details',
);

const NOT_SURE = expand(
  'ich bin (mir|) nicht (sicher|ganz sicher|so sicher)',
  '(nicht sicher|unsicher|ich bin unsicher)',
  '(weiß nicht|weiß ich nicht|ich weiß es nicht|ich weiß nicht so recht|ich weiß es nicht genau)',
  '(keine ahnung|ich habe keine ahnung|keine ahnung ehrlich gesagt)',
  '(vielleicht|möglicherweise|eventuell|kann sein|schon möglich)',
  '(schwer zu sagen|kann ich nicht sagen|kann ich nicht genau sagen)',
  '(was meinst du|wie meinst du das)',
  // Unwell, said at the safety question: heard as "not sure", so the full list comes and the
  // question again, never a complaint with no point and the question lost.
  'ich fühle mich (so|sehr|ziemlich|) (schlecht|mies|unwohl|krank)',
);

const ROUTINE_BUILT_INS: readonly LanguageIntent[] = [
  {
    name: 'AMAZON.PauseIntent',
    samples: expand(
      'pause',
      'warte',
      'warte mal',
      '(warte|moment|halt) (kurz|mal kurz|eine sekunde|einen moment|eine minute)',
      '(einen moment|einen augenblick) (bitte|)',
      '(moment|augenblick|sekunde)',
      '(kurze pause|pause bitte|eine pause bitte)',
      'mach (mal|) (eine|) pause',
      'pausiere (die massage|die routine|)',
      'ich brauche (eine pause|einen moment|kurz eine pause|eine minute)',
      'gib mir (eine minute|einen moment|eine sekunde)',
      'halt mal kurz an',
      'anhalten',
    ),
  },
  {
    name: 'AMAZON.ResumeIntent',
    samples: expand(
      '(ich bin|bin) wieder da',
      'wieder da',
      '(ich bin|) bereit',
      '(ich bin jetzt|jetzt) bereit',
      '(ich bin so weit|ich bin soweit)',
      '(ich bin|) fertig mit dem fußbad',
      '(das fußbad ist fertig|fußbad fertig|fußbad erledigt)',
      '(lass uns|wir können) weitermachen',
      '(weitermachen|mach weiter|machen wir weiter|fortfahren|fortsetzen|fahr fort)',
      'setz (die massage|es) fort',
      'mach da weiter wo (wir|ich) aufgehört (haben|habe)',
      'es kann weitergehen',
      '(ich bin|) bereit (weiterzumachen|für mehr)',
      'massage fortsetzen',
    ),
  },
  {
    name: 'AMAZON.NextIntent',
    samples: expand(
      'weiter',
      '(nächster|nächste|nächstes)',
      '(nächster schritt|der nächste schritt|zum nächsten schritt|nächster teil)',
      'weiter zum nächsten (schritt|teil)',
      "(weiter geht's|gehen wir weiter|und weiter|okay weiter|ok weiter)",
      'was kommt als nächstes',
      '(fertig|erledigt|geschafft)',
      '(ich bin fertig|bin fertig)',
      'fertig mit dem schritt',
      'auf zum nächsten (schritt|teil)',
    ),
  },
  {
    name: 'AMAZON.PreviousIntent',
    samples: expand(
      'zurück',
      'geh (einen schritt|) zurück',
      'einen schritt zurück',
      '(vorheriger schritt|der vorherige schritt|der schritt davor|letzter schritt)',
      'zurück zum (letzten|vorherigen) (schritt|teil)',
      'eins zurück',
    ),
  },
  {
    name: 'AMAZON.RepeatIntent',
    samples: expand(
      'wiederholen',
      '(wiederhole|wiederhol) (das|den schritt|das bitte|)',
      'sag das (nochmal|noch einmal)',
      '(nochmal|noch einmal|noch mal)',
      '(was hast du gesagt|wie bitte|was war das)',
      'mach das (nochmal|noch einmal)',
      '(kannst du|könntest du) das wiederholen',
      '(ich habe|ich hab) (das|dich) nicht (verstanden|mitbekommen)',
      'bitte wiederholen',
    ),
  },
  {
    name: 'AMAZON.StartOverIntent',
    samples: expand(
      '(von vorne|von vorn|nochmal von vorne|von anfang an)',
      '(fang|fange|fangen wir) (nochmal|noch einmal|) von vorne an',
      '(neu starten|neustart)',
      'starte (die massage|) neu',
      'alles nochmal von vorne',
      'zurück zum anfang',
    ),
  },
];

// --- the knowledge ---

const FIND_POINT = expand(
  '(wo|was) (muss|soll|kann) ich (bei|gegen) {complaint} (drücken|massieren|reiben)',
  '(wo|was) (muss|soll|kann) ich am fuß (bei|gegen) {complaint} (drücken|massieren)',
  '(wo|wie) (drücke|massiere) ich bei {complaint}',
  '(wo|was) ich (bei|gegen) {complaint} (drücken|massieren) (soll|muss|kann|sollte)',
  'was (mache|mach|tue|tu) ich (bei|gegen) {complaint}',
  '(hilft|hilft das|hilft die massage) (auch|) (bei|gegen) {complaint}',
  '(ich hab|ich habe|mir ist) (so|solche|so starke|total|echt) {complaint}',
  '(welcher punkt|welche punkte|welche zone|welche stelle|welcher druckpunkt|welche reflexzone) (hilft|hilft mir|helfen|ist gut) (bei|gegen|für) (die|den|das|) {complaint}',
  '(gibt es|kennst du|hast du) (einen|eine|) (punkt|druckpunkt|akupressurpunkt|zone|reflexzone|stelle) (für|bei|gegen) {complaint}',
  '(was|was genau) hilft (bei|gegen) {complaint}',
  '(was kann ich|was könnte ich|was soll ich) (bei|gegen) {complaint} (tun|machen)',
  'was (ist|wäre) gut (bei|gegen|für) {complaint}',
  '(hast du|gibt es) (was|etwas|einen tipp) (gegen|bei|für) {complaint}',
  '(hilft|hilfst du|hilft mir) (akupressur|fußreflexzonenmassage|eine fußmassage|massage|das) (bei|gegen) {complaint}',
  '(kann|könnte) (akupressur|eine fußmassage|fußreflexzonenmassage|massage) (bei|gegen) {complaint} helfen',
  '(ich habe|ich hab|ich leide an|ich leide unter|ich habe oft|ich habe immer wieder|ich habe ständig|ich habe schon wieder|ich kriege|ich bekomme) {complaint}',
  '(ich habe|ich hab|ich leide unter) {complaint} (was kann ich tun|was kann ich machen|was hilft|was hilft da|wo soll ich drücken|wo muss ich drücken|hast du einen tipp|kannst du mir helfen|was soll ich machen|was mache ich da)',
  '(mir ist|ich bin|ich fühle mich|ich bin so|ich bin total|ich bin ganz) {complaint}',
  '(mir ist|ich bin|ich fühle mich) {complaint} (was kann ich tun|was hilft|wo soll ich drücken|kannst du mir helfen)',
  '{complaint} (was kann ich tun|was hilft|wo drücke ich|wo soll ich drücken|was soll ich drücken|welcher punkt hilft|hast du was|hast du einen tipp)',
  '(und|und was ist mit|was ist mit|wie ist es mit|und bei|und gegen|bei|gegen) {complaint}',
  '{complaint}',
  '(mein|meine) {complaint}',
  '(hilf mir|kannst du mir|könntest du mir) (bei|gegen|mit) {complaint} (helfen|)',
  'was (empfiehlst du|rätst du mir) (bei|gegen) {complaint}',
  'was (würdest du|kannst du) (bei|gegen) {complaint} empfehlen',
  '(akupressur|fußmassage|reflexzonen|druckpunkte|punkte) (bei|gegen|für) {complaint}',
  'wie (werde ich|bekomme ich|kriege ich) {complaint} (los|weg)',
  'wie (lindere|behandle|bekämpfe) ich {complaint}',
  'was tun (bei|gegen) {complaint}',
  '(ich glaube|ich denke|ich fürchte) ich (habe|bekomme|kriege) {complaint}',
  'ich habe (heute|seit tagen|nachts|gerade|seit gestern|wieder|oft|abends) {complaint}',
  '{complaint} (heute|schon wieder|seit tagen|seit gestern)',
  '(es geht um|wegen) {complaint}',
  'ich {complaint}',
  '(wo|was) (muss|soll|kann) man (bei|gegen) {complaint} (drücken|massieren)',
  'wo drückt man (bei|gegen) {complaint}',
  'was (kann|sollte|soll) man (bei|gegen) {complaint} (tun|machen)',
  'wo (muss|soll|kann) (ich|man) (drücken|massieren) (bei|gegen|wenn ich) {complaint}',
  '(wo|was) (muss|soll|kann) (ich|man) (drücken|massieren) wenn (ich|man) {complaint} (habe|hat)',
  'was hilft wenn (ich|man) {complaint} (habe|hat)',
  'was hilft wenn (ich|man) {complaint} (bin|ist)',
  'was hilft wenn mir {complaint} ist',
  '(ich habe|ich hab|ich habe so|ich hab so) (starke|schlimme|heftige|leichte|furchtbare|fiese|üble|ziemliche) {complaint}',
  '(was hilft|was tun|wo drücke ich|wo muss ich drücken) (bei|gegen) (starken|schlimmen|leichten|heftigen|ständigen) {complaint}',
  "(gibt's|gibts|gibt es) (was|etwas|einen punkt|irgendwas) (gegen|bei|für) {complaint}",
  '(haben sie|kennen sie) (was|etwas|einen tipp|einen punkt) (gegen|bei|für) {complaint}',
  'was empfehlen sie (bei|gegen) {complaint}',
  '(wo ist|wo liegt|wo finde ich) (der punkt|der druckpunkt|der akupressurpunkt) (für|gegen|bei) {complaint}',
  '(mich plagt|mich quält|mir macht|mich nervt) {complaint}',
  '{complaint} (plagt mich|quält mich|macht mir zu schaffen)',
  'mir (tut|tun) (der|die|das|mein|meine) {complaint} weh',
  '{complaint} (was kann man da tun|was kann man da machen|was hilft da|was tun|hast du eine idee|gibt es da was|wo drückt man da|was mache ich da)',
  '(punkt|akupressurpunkt|druckpunkt|reflexzone) (gegen|bei|für) {complaint}',
);

const CONTRAINDICATIONS = expand(
  '(die|) (gegenanzeigen|kontraindikationen)',
  '(was sind|welche|nenn mir|sag mir|erklär mir|lies mir) (die|) (gegenanzeigen|kontraindikationen) (vor|)',
  '(wann|in welchen fällen) (sollte ich|darf ich|soll ich) (das|die massage|akupressur|) nicht (machen|massieren|drücken|anwenden)',
  '(wann|in welchen fällen) (ist|wäre) (das|die massage|akupressur|fußreflexzonenmassage|eine fußmassage) (gefährlich|nicht gut|nicht sicher|riskant|schädlich|ungeeignet)',
  '(ist|wäre) (das|die massage|akupressur|fußreflexzonenmassage|eine fußmassage|das hier) (sicher|ungefährlich|gefährlich|riskant|für mich geeignet|für jeden geeignet|für alle geeignet)',
  '(gibt es|hat das|hat die massage|hat akupressur) (risiken|nebenwirkungen|gefahren)',
  '(wer|welche menschen) (darf|sollte|kann) (das|die massage|akupressur|fußreflexzonenmassage) nicht (machen|bekommen|anwenden)',
  '(wann|wer) sollte (auf die massage|auf akupressur|auf fußreflexzonenmassage|darauf) verzichten',
  '(welche|was sind die) (risiken|nebenwirkungen|gefahren|warnhinweise|sicherheitshinweise|vorsichtsmaßnahmen) (gibt es|)',
  '(sicherheitshinweise|warnhinweise|vorsichtsmaßnahmen|sicherheit)',
  '(welche|gibt es) (gegenanzeigen|kontraindikationen|risiken|nebenwirkungen) (gibt es|)',
  '(kann|darf) (das jeder|jeder das) machen',
  'wann (sollte ich nicht massieren|lieber nicht massieren|darf ich nicht massieren)',
  'ist es gefährlich (die füße zu massieren|das zu machen|)',
  '(worauf muss ich achten|worauf sollte ich achten|was muss ich beachten)',
  '(erzähl mir|sag mir) (etwas|was|) (über die|zur) sicherheit',
);

const EXPLAIN_TOPIC = expand(
  '{topic}',
  '(erklär|erkläre|erklär mir|erkläre mir) (die|den|das|) {topic}',
  '(erzähl mir|erzähl mir etwas|erzähl mir was|sag mir was) (über|zu) (die|den|das|) {topic}',
  '(was sind|was ist|was bedeutet|was bedeuten|was heißt) (die|der|das|) {topic}',
  '(wie funktioniert|wie funktionieren) (die|der|das|) {topic}',
  '(ich möchte|ich will|ich würde gern) (mehr|etwas|was) über (die|den|das|) {topic} (wissen|erfahren|lernen)',
  '(infos|informationen) (über|zu) (die|den|das|) {topic}',
  '(kannst du|könntest du) (mir|) (die|den|das|) {topic} erklären',
  '(ich verstehe|ich versteh) (die|den|das|) {topic} nicht',
  'was meinst du mit {topic}',
  '(eine frage|frage) zu {topic}',
  '(und|was ist mit|und was ist mit) {topic}',
  '(was ist|was sind|was bedeutet|was bedeuten) (eigentlich|genau|überhaupt|denn) (die|der|das|) {topic}',
  '(was ist|was sind) (die|der|das|) {topic} (eigentlich|genau|überhaupt|denn)',
  '(sag mir|erzähl mir) {topic}',
  '(wann ist|welches ist|welche ist) (die|der|das) {topic}',
  '{topic} (bei der massage|bei der akupressur|beim massieren)',
);

const FEET = '(meine füße|mein fuß|beide füße|die füße)';
const ARE =
  '(sind|ist|werden|sind immer|sind oft|sind ganz|sind ständig|sind richtig|sind eher|sind etwas|sind ein bisschen|sind ziemlich|sind meistens|sind sehr)';
const FOOT_TEMPERATURE = expand(
  '{temperature} und {moisture}',
  '{moisture} und {temperature}',
  '{temperature}',
  '{moisture}',
  `${FEET} ${ARE} {temperature}`,
  `${FEET} ${ARE} {moisture}`,
  `${FEET} (fühlen sich|fühlt sich) ({temperature}|{moisture}|{temperature} und {moisture}|{moisture} und {temperature}) an`,
  `${FEET} (sind|ist) ({temperature} und {moisture}|{moisture} und {temperature})`,
  `${FEET} (sind|ist) {temperature} aber {moisture}`,
  'was (bedeutet es|heißt es|sagt das|bedeutet das) wenn (meine füße|die füße) ({temperature}|{moisture}|{temperature} und {moisture}) sind',
  'was (bedeutet es|heißt es|bedeutet das) wenn mein fuß ({temperature}|{moisture}) ist',
  `${FEET} (sind|ist) ({temperature}|{moisture}|{temperature} und {moisture}) (was bedeutet das|was heißt das|woran liegt das|ist das schlimm|ist das normal)`,
  'was (bedeuten|sagen) ({temperature}|{moisture}) füße',
  'was (bedeuten|sagen) {temperature} {moisture} füße',
  'warum (sind meine füße|ist mein fuß) (immer|so|ständig|) ({temperature}|{moisture})',
  '({temperature}|{moisture}|{temperature} und {moisture}) füße',
  'ich habe (oft|immer|ständig|meistens|eher|) ({temperature}|{moisture}|{temperature} und {moisture}|{moisture} und {temperature}) füße',
  '(sie sind|sie sind immer) ({temperature}|{moisture}|{temperature} und {moisture})',
  '(mein linker|der linke) fuß (ist|fühlt sich) {left} (und|aber) (mein rechter|der rechte) (fuß|) (ist|) {right}',
  '(mein rechter|der rechte) fuß (ist|fühlt sich) {right} (und|aber) (mein linker|der linke) (fuß|) (ist|) {left}',
  '(mein linker|der linke) fuß (ist|) {left} (der rechte|rechts) (ist|) {right}',
  '(mein rechter|der rechte) fuß (ist|) {right} (der linke|links) (ist|) {left}',
  '(links|der linke) ist {left} (und|aber) (rechts|der rechte) (ist|) {right}',
  '(rechts|der rechte) ist {right} (und|aber) (links|der linke) (ist|) {left}',
  'ein fuß ist {left} und der andere (ist|) {right}',
  'ein fuß {left} ein fuß {right}',
  'links {left} rechts {right}',
  'rechts {right} links {left}',
  'was bedeutet es wenn ein fuß {left} und der andere {right} ist',
  'was (bedeutet|sagt) (die fußtemperatur|die temperatur meiner füße) (aus|)',
  '(was sagen mir meine füße|was verraten meine füße|lies meine füße|fußtemperatur)',
);

const BODY_MAP = expand(
  '(welcher teil|welche stelle|welche zone|welcher bereich|welche reflexzone) (des fußes|am fuß|meines fußes|) gehört (zum|zur|zu den|zu meinem|zu meiner|zu meinen|zu) {bodyPart}',
  '(welcher teil|welche stelle|welche zone|welcher bereich|welche reflexzone) (des fußes|am fuß|) steht für (den|die|das|meinen|meine|mein|) {bodyPart}',
  '(welcher teil|welche stelle|welche zone|welcher bereich|welche reflexzone) (des fußes|am fuß|) entspricht (dem|der|den|meinem|meiner|meinen|) {bodyPart}',
  '(welche zone|welcher bereich|welche stelle) (am fuß|) ist mit (dem|der|den|meinem|meiner|meinen|) {bodyPart} verbunden',
  '(welche zone|welcher bereich|welche stelle) (am fuß|) ist (für|zuständig für) (den|die|das|meinen|meine|mein|) {bodyPart}',
  '(wo|wo genau|wo am fuß|wo auf dem fuß) (ist|liegt|finde ich) die (zone|reflexzone|stelle) (für den|für die|für das|für|vom|von der|von den) {bodyPart}',
  '(wo|wo genau) (ist|liegt|sitzt|sind|liegen) (der|die|das|mein|meine|) {bodyPart} (am fuß|auf dem fuß|auf der fußsohle|im fuß)',
  '(wo finde ich|wie finde ich) (den|die|das|meinen|meine|) {bodyPart} (am fuß|auf dem fuß|auf der fußsohle|im fuß|)',
  '(wo am fuß|wo auf dem fuß) (ist|sind|liegt|liegen|finde ich|sitzt) (der|die|das|den|) {bodyPart}',
  '(wofür|für was) (ist|steht) (der|die|das|mein|meine|) {zone} (zuständig|gut)',
  '(wie|wo) (hängt|hängen) (mein fuß|meine füße|der fuß) mit (dem|der|den|meinem|meiner|meinen|) {bodyPart} zusammen',
  '(womit|mit welchem organ|mit welchem körperteil) ist (der|die|das|mein|meine|) {zone} verbunden',
  '(wofür|für welches organ|für welchen körperteil) steht (der|die|das|mein|meine|) {zone}',
  '(was|welches organ|welcher körperteil) (gehört zu|entspricht) (dem|der|meinem|meiner|) {zone}',
  '(was|welches organ|welcher körperteil) (liegt|sitzt|ist) (unter|an|auf|in) (dem|der|meinem|meiner|) {zone}',
  'was bedeutet (der|die|das|mein|meine|) {zone}',
  'zu welchem (organ|körperteil) gehört (der|die|das|mein|meine|) {zone}',
);

const POINT_INFO = expand(
  '(wo ist|wo liegt|wo finde ich|wie finde ich) (der punkt|den punkt|) {point}',
  '(was ist|erzähl mir von|erzähl mir etwas über|erklär mir|beschreib|beschreibe) (der punkt|den punkt|dem punkt|) {point}',
  '(wofür ist|wogegen hilft|wobei hilft|was macht|was bewirkt) (der punkt|) {point}',
  '(wie drücke ich|wie massiere ich|wie halte ich) (den punkt|) {point}',
  '(ich möchte|ich will|lass uns|können wir) (den punkt|) {point} (drücken|finden|ausprobieren|kennenlernen)',
  '(der punkt|punkt) {point}',
  '{point}',
  'was heißt {point}',
  '(zeig mir|sag mir) wo (der punkt|) {point} (ist|liegt)',
  'wofür ist (der punkt|) {point} gut',
);

// --- the conversation ---

const LOVELY =
  '(schön|toll|super|wunderbar|hilfreich|perfekt|klasse|entspannend|angenehm|gut|herrlich|wohltuend)';
const THANKS = expand(
  '(danke|dankeschön|danke schön|vielen dank|vielen lieben dank|herzlichen dank|besten dank|danke dir|dank dir|tausend dank|merci)',
  '(danke|vielen dank|danke dir) (für die massage|für die hilfe|für deine hilfe|dafür|für alles|sehr|vielmals|nochmal)',
  `(danke|vielen dank|oh danke) (das war|es war) (so|richtig|wirklich|sehr|) ${LOVELY}`,
  `(das war|es war|das ist) (so|richtig|wirklich|echt|) ${LOVELY} (danke|vielen dank|)`,
  '(ich fühle mich|mir geht es|meinen füßen geht es) (viel|schon viel|so viel|richtig|) (besser|wunderbar|großartig) (jetzt|) (danke|)',
  'meine füße fühlen sich (viel|so|richtig|) (besser|leicht|wunderbar|gut) an (danke|)',
  '(das weiß ich zu schätzen|ich weiß das zu schätzen)',
  '(super|toll|prima|klasse|perfekt|wunderbar|schön) (danke|vielen dank|dankeschön|danke dir)',
  "(danke sehr|danke vielmals|merci vielmals|vergelt's gott|ich danke dir|ich danke ihnen|tat gut|das tat richtig gut)",
  '(herzlichen dank|danke|vielen dank) für (die anleitung|die tolle massage|die schöne massage)',
  '(das hat gutgetan|das hat gut getan|das tat gut|das hat mir gutgetan|das hat mir gut getan)',
  'das hat mir (gut|sehr gut|) gefallen (danke|)',
);

const HELP = expand(
  'was kann ich (sagen|fragen|tun)',
  'was soll ich (sagen|tun|machen)',
  'wie funktioniert (das|der skill|das hier)',
  '(ich verstehe das nicht|ich versteh das nicht|ich verstehe nicht)',
  'wie benutze ich (das|den skill|dich)',
  'was sind meine (möglichkeiten|optionen)',
  'wobei kannst du mir helfen',
  'ich brauche (etwas|) hilfe',
  '(ich bin verwirrt|ich komme nicht weiter|ich bin ratlos)',
  '(was mache ich jetzt|was muss ich tun)',
  'was kannst du alles',
);

const STOP = expand(
  '(beende|stopp|stoppe|beenden) (die massage|die routine|die sitzung|die übung)',
  '(lass uns|wir können) (hier|jetzt) (aufhören|schluss machen)',
  "(das war's|das wars|das reicht) (für heute|für jetzt|danke|)",
  '(wir sind fertig|ich bin fertig für heute|wir sind fertig für heute|ich bin durch für heute)',
  '(tschüss|gute nacht|bis bald|bis dann|auf wiedersehen|ciao|servus|bis später|bis morgen)',
  '(ende|schluss|schluss für heute|genug für heute|aufhören|hör auf)',
);

const YES = expand(
  '(klingt gut|hört sich gut an|klingt super|klingt toll)',
  '(ja|jawohl) (gerne|bitte|genau|richtig|mach das|machen wir|das stimmt|auf jeden fall|lass uns das machen)',
  '(na klar|gerne doch|warum nicht|passt|geht klar|in ordnung|einverstanden)',
);

const NO = expand(
  '(nichts|nichts mehr|nichts weiter|nichts danke|gerade nichts)',
  'nein (mir geht es gut|alles gut|alles in ordnung|heute nicht|jetzt nicht|danke mir geht es gut)',
  '(keins davon|keine davon|nichts davon|nein keins davon|nee keins davon|nichts davon trifft zu)',
  '(eigentlich nicht|nicht wirklich|alles gut|mir geht es gut|ich bin gesund)',
  '(keine stelle war empfindlich|nichts hat wehgetan|nichts tat weh|nirgends)',
);

const CANCEL = expand('(vergiss es|vergiss das|schon gut|lass gut sein|nicht so wichtig|lass es)');

const HOME = expand(
  '(zum|zur) (startbildschirm|hauptmenü|startseite)',
  '(geh|zurück) (zum|zur) (startbildschirm|hauptmenü|startseite)',
);

// --- privacy and reminders ---

const ERASE = '(lösche|lösch|vergiss|entferne)';
const MINE =
  '(meine daten|meine informationen|meine angaben|meinen verlauf|meinen fortschritt|meine gespeicherten daten|alles über mich|alles was du über mich weißt|alles was du von mir weißt|was du über mich gespeichert hast|mein profil|mein konto)';
const FORGET_MY_DATA = expand(
  `${ERASE} ${MINE}`,
  `(bitte|kannst du|könntest du) ${MINE} (löschen|vergessen|entfernen)`,
  `(ich möchte|ich will) dass du ${MINE} (löschst|vergisst)`,
  `(ich möchte|ich will) ${MINE} löschen (lassen|)`,
  '(vergiss mich|vergiss alles über mich)',
  '(speicher|speichere) nichts (mehr|) über mich',
  'merk dir nichts (mehr|) von mir',
  'wie (kann ich|lösche ich) (meine daten|meine informationen) (löschen|)',
  '(setz|setze) (mein profil|mein konto) zurück',
  '(daten löschen|meine daten löschen)',
);

const SET_REMINDER = expand(
  '(erinnere|erinner) mich (jeden abend|jeden tag|täglich|jede nacht|jeden abend daran)',
  '(erinnere|erinner) mich (an meine fußmassage|an die fußmassage|daran meine füße zu massieren)',
  '(erinnere|erinner) mich (an meine fußmassage|daran meine füße zu massieren) (jeden abend|jeden tag|täglich)',
  // The part of the day goes inside the slot ("jeden {time}": "abend um halb neun"), so the hour
  // comes with it: "halb neun" alone is morning.
  '(erinnere|erinner) mich (jeden tag|täglich|) um {time}',
  '(erinnere|erinner) mich (täglich|jeden tag) {time}',
  '(erinnere|erinner) mich {time}',
  '(erinnere|erinner) mich jeden {time}',
  '(erinnere|erinner) mich (an meine fußmassage|daran meine füße zu massieren) um {time}',
  '(erinnere|erinner) mich um {time} an (meine|die) fußmassage',
  '(stell|stelle|richte|leg|lege) (eine|eine tägliche|eine abendliche) erinnerung (ein|an)',
  '(stell|stelle) (eine|eine tägliche) erinnerung (für|um|auf) {time} (ein|)',
  '(erstelle|mach) (eine|eine tägliche) erinnerung (für|um) {time}',
  '(erstelle|mach) (eine|eine tägliche|eine abendliche) erinnerung',
  '(ich möchte|ich hätte gern|ich hätte gerne|ich will) eine (tägliche|) erinnerung (um {time}|jeden abend|)',
  'eine erinnerung um {time} bitte',
  '(stell|richte) mir (eine|eine tägliche) erinnerung (für|um|auf) {time} (ein|)',
  '(stell|richte) mir (eine|eine tägliche|eine abendliche) erinnerung ein',
  '(ich hätte gern|ich möchte) (jeden abend|jeden tag|täglich) eine erinnerung (um {time}|)',
  '(kannst du mich|erinnerst du mich|du kannst mich|mich) (jeden abend|jeden tag|täglich) erinnern',
  '(kannst du mich|erinnerst du mich|mich) (jeden|täglich) {time} erinnern',
  '(kannst du mich|mich) um {time} erinnern',
  'ja erinnere mich um {time}',
  '(gib mir|schick mir) (jeden abend|jeden tag|täglich) (eine erinnerung|einen schubs|bescheid)',
  '(gib mir|schick mir) um {time} (eine erinnerung|einen schubs|bescheid)',
  '(ich möchte|ich hätte gern) eine erinnerung damit ich es nicht vergesse',
);

const REMINDER_STATUS = expand(
  'wann ist meine erinnerung',
  'um wie viel uhr ist meine erinnerung',
  'wann (erinnerst du mich|wirst du mich erinnern)',
  '(habe ich|hab ich) eine erinnerung',
  'ist meine erinnerung (aktiv|eingestellt|noch aktiv|an)',
  'gibt es eine erinnerung',
  'hast du meine erinnerung eingestellt',
  '(erzähl mir von meiner erinnerung|prüfe meine erinnerung|was ist meine erinnerung|für wann ist meine erinnerung)',
  '(habe ich|hab ich) (eine|schon eine) erinnerung (eingestellt|gestellt|aktiv)',
  'ist (eine|die) erinnerung (aktiv|gestellt|eingestellt|an)',
  '(welche erinnerungen habe ich|wann werde ich erinnert|um wie viel uhr erinnerst du mich|wann erinnerst du mich nochmal)',
);

const MOVE_REMINDER = expand(
  '(verschieb|verschiebe|ändere|änder) (meine|die) erinnerung',
  '(verschieb|verschiebe|leg|lege|stell|stelle) (meine|die) erinnerung auf {time}',
  '(ändere|änder) (meine|die) erinnerung auf {time}',
  'ändere die uhrzeit (meiner|der) erinnerung (auf {time}|)',
  '(erinnere|erinner) mich (lieber|stattdessen) um {time}',
  'mach (die|meine) erinnerung (später|früher)',
  'lieber um {time}',
  'mach {time} daraus',
  '(verschieb|verschiebe) sie auf {time}',
  '(ich möchte|ich will) die erinnerung (verschieben|ändern)',
  'andere uhrzeit für die erinnerung',
);

const CANCEL_REMINDER = expand(
  '(lösche|lösch|entferne|storniere) (meine|die) (erinnerung|tägliche erinnerung|abendliche erinnerung)',
  '(schalte|schalt|stell|mach) (meine|die) erinnerung (aus|ab)',
  '(hör auf mich zu erinnern|keine erinnerungen mehr|erinnere mich nicht mehr)',
  '(ich möchte|ich will|ich brauche) keine erinnerung mehr',
  'erinnerung (löschen|abbestellen|ausschalten)',
  '(die|meine) erinnerung (abschalten|ausschalten|deaktivieren)',
  'deaktiviere (meine|die) erinnerung',
);

// --- safety ---

// Only filler around the slot: a carrier with meaning would keep that meaning from the classifier.
const SAFETY_CARRIERS = [
  'ich {words}',
  'ich bin {words}',
  'ich habe {words}',
  'ich hab {words}',
  'mein {words}',
  'meine {words}',
  'mir {words}',
  'mich {words}',
  'wir {words}',
  'wir sind {words}',
  'er {words}',
  'sie {words}',
  'es {words}',
  'da {words}',
  'jemand {words}',
  'hier {words}',
  'es ist {words}',
  'es gibt {words}',
  'das ist {words}',
  'bitte hilf mir {words}',
  'was wenn {words}',
  'was ist wenn {words}',
  'ist es sicher {words}',
  'ist es okay {words}',
  'ist das in ordnung {words}',
  'darf ich das machen {words}',
  'kann ich das machen {words}',
  'darf ich meine füße massieren {words}',
  'soll ich massieren {words}',
  'was soll ich tun {words}',
  'was {words}',
  'wo {words}',
  'wie {words}',
  'kann {words}',
  'darf {words}',
  'ist {words}',
  'der {words}',
  'die {words}',
  'das {words}',
  'ein {words}',
  'eine {words}',
  'ja leider {words}',
  'also {words}',
  'ehrlich gesagt {words}',
  'ruf {words}',
  'plötzlich {words}',
  'gerade {words}',
  'seit {words}',
  'keiner {words}',
  'niemand {words}',
  'alle {words}',
  'nur {words}',
  'und {words}',
  'aber {words}',
  'weil {words}',
  'naja {words}',
  'hilfe ich {words}',
  'oh gott {words}',
  'schnell {words}',
  'ich glaube {words}',
  'heute {words}',
  'gestern {words}',
  'vorhin {words}',
  'eben {words}',
  'jetzt {words}',
  'manchmal {words}',
  'irgendwie {words}',
  'wenn {words}',
  'wegen {words}',
  'nach {words}',
  'beim {words}',
  'bin {words}',
  'habe {words}',
  'hab {words}',
  'war {words}',
  'sollte {words}',
  'muss {words}',
  'man {words}',
  'unser {words}',
  'unsere {words}',
];
const SIGN_SAMPLES = [
  '{sign}',
  'was ist mit {sign}',
  'was ist bei {sign}',
  '{sign} was soll ich tun',
  '{sign} was soll ich machen',
  'bitte hilf mir {sign}',
  'ja leider {sign}',
  '{sign} leider',
];

export const MODEL: LanguageModel = {
  invocationName: 'fußmassage coach',
  intents: [
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
    {
      name: 'SetReminderIntent',
      slots: [{ name: 'time', type: 'AMAZON.TIME' }],
      samples: SET_REMINDER,
    },
    { name: 'ReminderStatusIntent', samples: REMINDER_STATUS },
    {
      name: 'MoveReminderIntent',
      slots: [{ name: 'time', type: 'AMAZON.TIME' }],
      samples: MOVE_REMINDER,
    },
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
    { name: 'AMAZON.NavigateHomeIntent', samples: HOME },
    ...ROUTINE_BUILT_INS,
    { name: 'AMAZON.YesIntent', samples: YES },
    { name: 'AMAZON.NoIntent', samples: NO },
  ],
};
