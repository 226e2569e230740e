import type { CatchAllCues } from '../types';
import { w } from './safety-reading';

/*
 * German cues for the catch-all's words, against the German reading's normal form (lowercase,
 * ß as "ss", "geht's" as "geht es", "hab" as "habe", "'ne" as "eine"). Each is a few words a
 * request of its kind cannot do without, du and Sie alike; whatever else is said around them is
 * the person talking. Word edges are the reading's own (its `w`): \b knows no umlauts.
 *
 * German puts the verb last ("die Erinnerung löschen") as often as first ("lösch die
 * Erinnerung"), so a request with an object is written both ways round.
 */

/** One free word, for the few words a request may carry between its parts. */
const WORD = '[a-zäöüéèàáóíúñç0-9]+';
const REMINDER =
  '(?:tägliche |täglichen |abendliche |abendlichen |massage ?)?(?:erinnerung|erinnerungen|reminder)';
/** What a reminder request puts before the reminder itself ("die", "meine tägliche"). */
const THE = '(?:die |meine |diese |deine |alle |den |das |eine |einen )?';
const MASSAGE =
  '(?:fussmassage|fussreflexzonenmassage|reflexzonenmassage|massage|massagerunde|massageroutine|routine|runde|session|sitzung|einheit|fussbehandlung)';
const LENGTH =
  '(?:kurze|kurzen|lange|langen|schnelle|schnellen|normale|normalen|ausführliche|ausführlichen|gründliche|gründlichen|kleine|kleinen|komplette|kompletten|entspannende|richtige)';

export const CATCH_ALL_CUES: CatchAllCues = {
  asks: {
    start: [
      w(
        `(?:starte|starten|start|beginne|beginnen|beginn|mach|mache|machen|gib|gib mir|geben sie mir|führ mich durch|führe mich durch|leite mich durch|will|möchte|hätte gern|hätte gerne|brauche|lass uns|wir machen|machen wir|starten wir|beginnen wir) (?:mit )?(?:mir )?(?:(?:eine|einen|die|der|meine|unsere|mal|bitte|jetzt|doch|dann|heute|gleich|noch) )*(?:${LENGTH} )?${MASSAGE}`,
      ),
      w(
        `(?:eine |die |meine |unsere )?(?:${LENGTH} )?${MASSAGE} (?:starten|beginnen|anfangen|machen|durchführen|durchgehen|bekommen)`,
      ),
      w(
        'massier(?:e|en sie)? (?:(?:mir|mich|mal|bitte|doch|jetzt) )*(?:die |meine )?(?:füsse|fuss|fusssohlen)|fussmassage',
      ),
      // Said with no massage named, "let's start" can only be the routine's start.
      w(
        'lass uns (?:anfangen|beginnen|starten|loslegen)|lassen sie uns (?:anfangen|beginnen)|fang an|fangen wir an|fangen sie an|leg los|legen wir los|los geht es',
      ),
    ],
    pause: [
      w(
        `pause|pausier[a-zäöü]*|pausiere|mach mal pause|pause machen|pause einlegen|kurze pause|(?<!atem |luft )anhalten|halt (?:mal )?(?:kurz )?an|halte (?:mal )?(?:kurz )?an|halten sie (?:kurz )?an|^moment(?: mal| bitte)?$|moment mal|einen (?:moment|augenblick)|kleinen moment|augenblick mal|^augenblick$|eine sekunde|sekunde mal|kurz warten|warte (?:mal|kurz|bitte|einen moment)|wart mal|warten sie (?:mal|kurz|bitte)|^warte$|stopp mal|stopp kurz|kurz stopp|unterbrich|unterbrechen|auszeit|nicht so schnell`,
      ),
    ],
    resume: [
      w(
        '(?:mach|mache|machen wir|machen sie)(?: bitte| doch| jetzt| einfach| ruhig)* weiter|weitermachen|weiter machen|weitergehen|geht es weiter|weiter geht es|fortsetzen|setz fort|setze fort|setzen sie fort|fortfahren|fahr fort|fahre fort|fahren sie fort|(?:da|dort) weiter wo|wo wir aufgehört haben|wo wir stehen ?geblieben|zurück zur (?:massage|routine|übung)|bin wieder da|bin zurück|kann weitergehen|pause beenden|pause vorbei',
      ),
      // "Weiter" alone is also "further" ("weiter oben"): only as the whole request.
      w('^(?:jetzt |bitte |dann |also |ok |okay )?weiter(?: bitte| jetzt| geht es)?$'),
    ],
    next: [
      w(
        'nächste[rnms]?(?! (?:woche|monat|jahr|mal|tag|morgen|abend|zeit))|zum nächsten|weiter zum nächsten|wie geht es weiter|was kommt (?:jetzt|als nächstes|danach)|eins weiter|einen schritt weiter|einen weiter|vorwärts|fertig mit (?:dem|diesem|der|dieser) (?:schritt|übung|punkt|teil|zeh|fuss)|(?:damit|hiermit|mit dem) bin ich fertig',
      ),
    ],
    skip: [
      w(
        `überspring[a-zäöü]*|übersprung|(?:diesen|den|die|das|diese|dieses) (?:${WORD} )?auslassen|auslassen|lass (?:das|den|die|diesen|diese|dieses) (?:${WORD} )?(?:weg|aus)|lassen wir (?:das|den|die|diesen|diese|dieses) (?:${WORD} )?(?:weg|aus)|lassen sie (?:das|den|die) (?:${WORD} )?(?:weg|aus)|weglassen|skip|skippen|spring (?:weiter|vor)|springe (?:weiter|vor)|vorspringen|den hier nicht|das hier nicht`,
      ),
    ],
    back: [
      w(
        'geh (?:einen schritt |eins |einen )?zurück|gehe (?:einen schritt |eins |einen )?zurück|gehen (?:wir|sie) (?:einen schritt |eins )?zurück|einen schritt zurück|schritt zurück|eins zurück|einen zurück|^zurück(?: bitte)?$|zurückgehen|zurückspringen|spring zurück|vorherige[rnms]?|(?:der|die|das|den|dem) davor|(?:schritt|punkt|übung|teil) davor|(?:den|der|die) letzten? (?:schritt|punkt|übung)|rückwärts',
      ),
    ],
    repeat: [
      w(
        `wiederhol[a-zäöü]*|(?:sag|sage|sagen sie) (?:das|es|mir das) (?:bitte )?(?:noch ?mal|nochmals|noch einmal)|noch ?mal (?:bitte|sagen|wiederholen|vorlesen)|noch einmal bitte|^noch ?mal$|nochmals|noch einmal|was (?:hast du|haben sie) (?:gerade |eben |da )?gesagt|wie bitte|(?:nicht|nichts) (?:ganz |richtig )?(?:verstanden|mitbekommen|mitgekriegt|gehört)|was war das`,
      ),
    ],
    'start-over': [
      w(
        'von vorne?|von neuem|vom anfang|von anfang an|von beginn an|neu starten|neustart|neu anfangen|neu beginnen|(?:fang|fange|fangen wir|fangen sie) (?:noch ?mal|nochmals|noch einmal|wieder|neu|erneut) (?:von vorne? )?an|(?:starte|starten wir|starten sie) (?:noch ?mal |erneut )?neu|erneut starten|noch ?mal (?:starten|anfangen|beginnen)|zurück zum anfang|ganz von vorne?|alles noch ?mal',
      ),
    ],
    stop: [
      w(
        'stopp|stop|stoppen|stoppe|(?<!leben |alles |es )beenden|beende(?! (?:mein|es|alles))|(?<!nicht )aufhören|hör (?:bitte |jetzt )?auf|hören (?:wir|sie) (?:bitte |jetzt )?auf|^schluss$|schluss (?:für heute|jetzt|machen|bitte)|jetzt ist schluss|das reicht|es reicht|reicht (?:jetzt|für heute)|genug (?:für heute|jetzt)|(?:das|es) ist genug|^genug$|bin fertig(?! mit)|fertig für heute|feierabend|abbrechen|brich ab|brechen sie ab|^ende$|ausschalten|mach aus|schalt ab|skill (?:beenden|schliessen|verlassen)|tschüss|tschüs|ciao|servus|auf wiedersehen|bis später|bis dann|bis morgen|gute nacht|lass (?:es|das) gut sein|das wars|das war es',
      ),
    ],
    help: [
      w(
        'hilfe|hilf mir(?! (?:bei|gegen|mit) )|(?:du|sie) mir helfen|mir helfen$|was kann ich (?:sagen|fragen|machen|tun)|was kannst du|was können sie|wie funktioniert (?:das|der skill|es|du)|wie geht das hier|was (?:soll|muss) ich sagen|ich bin verwirrt|ich verstehe (?:das )?nicht|verstehe (?:das )?nicht|weiss nicht weiter|weiss nicht was ich sagen|bedienung',
      ),
    ],
    home: [
      w(
        'hauptmenü|menü|startmenü|startseite|startbildschirm|zurück zum start|zum start|zur übersicht|die übersicht|home',
      ),
    ],
    'time-left': [
      w(
        'wie (?:lange|lang) (?:noch|dauert es noch|dauert das noch|geht es noch|geht das noch|brauchen wir noch|ist es noch)|(?:wie viel|wieviel) zeit (?:noch|bleibt|ist noch|haben wir noch)|(?:wie viele|wieviele) minuten (?:noch|bleiben|sind es noch|haben wir noch)|restzeit|verbleibende zeit|zeit übrig|minuten übrig|bald fertig|fast fertig|sind wir bald|wann sind wir fertig|wann (?:ist es|ist das) vorbei|wann bin ich fertig|dauert (?:es|das) noch lange',
      ),
    ],
    'where-am-i': [
      w(
        'wo sind wir|wo bin ich|wo stehen wir|wo waren wir|wo war ich|bei welchem (?:schritt|punkt|teil)|an welcher stelle|welcher schritt|welche übung (?:ist das|machen wir|ist dran)|was machen wir (?:gerade|jetzt|hier|da)|was ist (?:das|dies) für ein schritt|wie weit sind wir|wie weit bin ich|was ist (?:gerade |jetzt )?dran',
      ),
    ],
    'tell-me-more': [
      w(
        'erzähl (?:mir |uns )?(?:doch |bitte )?mehr|erzähle (?:mir )?mehr|erzählen sie (?:mir )?mehr|sag mir mehr|sagen sie mir mehr|mehr (?:dazu|darüber|davon|infos|informationen|details|erfahren|wissen)|weitere (?:infos|informationen|details)|erklär (?:mir )?(?:das |es )?(?:genauer|näher|besser|mehr)|erkläre (?:mir )?(?:das |es )?(?:genauer|näher|besser|mehr)|erklären sie (?:mir )?(?:das |es )?(?:genauer|näher|besser|mehr)|(?:näher|genauer) erklären|ausführlicher|im detail|was heisst das genau',
      ),
    ],
    thanks: [
      w(
        'danke|dankeschön|danke schön|vielen dank|besten dank|herzlichen dank|tausend dank|dank dir|dank ihnen|merci|vergelts gott|vergelt s gott|sehr nett von dir|sehr nett von ihnen',
      ),
    ],
    contraindications: [
      w(
        `kontraindikation[a-zäöü]*|gegenanzeige[a-zäöü]*|wann (?:sollte|darf|soll|kann) (?:man|ich) (?:keine|nicht|besser nicht|lieber nicht)(?: ${MASSAGE}| massieren| machen)?|wann (?:besser|lieber) nicht|wann nicht massieren|wer (?:sollte|darf|soll) (?:das |es )?(?:keine|nicht)|gefährlich|sicher für mich|risiken|nebenwirkung[a-zäöü]*|darf (?:ich|man)(?: ${WORD}){0,3} (?:massieren|massiert werden)|worauf (?:muss|sollte) (?:ich|man) achten|nicht geeignet|in welchen fällen nicht`,
      ),
      w(
        `${MASSAGE}(?: ${WORD}){0,3} (?:gefährlich|schädlich|riskant|unbedenklich|sicher)|ist (?:das|es|eine ${MASSAGE}|${MASSAGE}) (?:auch |überhaupt |wirklich |denn )?(?:sicher|gefährlich|ungefährlich|unbedenklich|riskant|schädlich)(?: (?:für mich|in der schwangerschaft|bei ${WORD}))?`,
      ),
    ],
    'forget-me': [
      w(
        '(?:vergiss|vergessen sie|lösch|lösche|löschen sie|entfern|entferne|entfernen sie) (?:mich|meine daten|alle daten|alles über mich|alles was du|was du über mich|mein profil|meine angaben|meinen verlauf|meinen fortschritt)|(?:meine|alle) daten (?:löschen|entfernen)|meine daten|meinen verlauf|meine angaben|meinen fortschritt|mein profil|mich vergessen|alles über mich',
      ),
    ],
    'reminder-cancel': [
      w(
        `(?:lösch|lösche|löschen sie|entfern|entferne|entfernen sie|stopp|stoppe|deaktivier|deaktiviere|streich|streiche|storniere|beende|brauche keine|will keine|möchte keine|keine) ${THE}${REMINDER}(?: mehr)?|${THE}${REMINDER} (?:löschen|entfernen|stoppen|deaktivieren|abstellen|ausschalten|abschalten|streichen|beenden|stornieren|abbestellen|aus|ab|weg)|(?:stell|stelle|schalt|schalte|stellen sie|schalten sie) ${THE}${REMINDER} (?:aus|ab)|nicht mehr (?:daran |an die massage )?erinnern|hör auf mich zu erinnern|erinnere? mich nicht mehr`,
      ),
    ],
    'reminder-move': [
      w(
        `(?:ändere|änder|ändern sie|verschieb|verschiebe|verschieben sie|verleg|verlege|verlegen sie) ${THE}${REMINDER}|${THE}${REMINDER} (?:ändern|verschieben|verlegen|umstellen|umlegen|auf (?:später|früher|eine andere zeit|eine andere uhrzeit)|später|früher|zu einer anderen zeit)|(?:stell|stelle|stellen sie) (?:die |meine |diese )${REMINDER} (?:um|auf)|andere (?:uhrzeit|zeit) für ${THE}${REMINDER}|uhrzeit ${THE}${REMINDER} ändern`,
      ),
    ],
    'reminder-status': [
      w(
        `(?:welche|welcher|hast du|haben sie|habe ich|gibt es|ist|sind|wann ist|wann kommt|zeig|zeige|zeig mir|zeigen sie mir|prüf|prüfe|check)(?: ${WORD}){0,2} ${REMINDER}|${REMINDER} (?:aktiv|eingestellt|gesetzt|eingerichtet|an|habe ich|gibt es)|wann erinnerst du mich|wann (?:wirst du|werden sie) mich erinnern|meine erinnerungen`,
      ),
    ],
    'reminder-set': [
      w(
        `erinner(?:e|n sie)? (?:mich|uns)(?! nicht)|(?:du|sie) mich (?:täglich |jeden tag |jeden abend )?(?:daran )?erinnern|(?:stell|stelle|setz|setze|richte|richt|mach|erstelle|erstell|leg|lege|stellen sie|richten sie|erstellen sie) (?:mir )?(?:eine |einen )(?:${REMINDER})|(?:eine |einen )?${REMINDER} (?:einrichten|einstellen|stellen|setzen|anlegen|erstellen|machen|für (?:jeden|heute|morgen|täglich)|um|jeden|täglich)|tägliche erinnerung|täglich erinnern`,
      ),
      // "Erinnere mich an die Fussmassage": what to be reminded of is part of the request.
      w(`erinner(?:e|n sie)? (?:mich|uns) (?:daran|an)(?: ${WORD}){1,6}`),
    ],
  },
  tender: w(
    `tut (?:${WORD} ){0,4}weh|tun (?:${WORD} ){0,4}weh|wehtut|wehtun|weh tut|weh tun|schmerzt|schmerzen|schmerzhaft|schmerzempfindlich|druckempfindlich|empfindlich|wund|gereizt|verspannt|verhärtet|knotig|knoten|knubbel|körnig|knirscht|autsch|aua|auweh|^au(?: au)*$|ziept|zieht|sticht|pikst|brennt|unangenehm|spannt|sensibel`,
  ),
  linked: w(
    `verbunden|verbindet|verbindung|verknüpft|zusammenhängt|zusammenhang|hängt (?:${WORD} ){0,2}zusammen|steht für|stehen für|entspricht|entsprechen|gehört zu|gehören zu|wofür steht|wofür ist|für was steht|für was ist|zugeordnet|zuordnung|spiegelt|repräsentiert|welche[rsmn]? (?:organ|organe|körperteil|körperregion|teil des körpers)|welcher teil (?:des fusses|vom fuss)|wo am fuss|wo auf dem fuss|welche zone|reflexzone (?:für|von)|zone für|wirkt auf|wirken auf`,
  ),
  // A length word alone ("die lange") stands for the routine only as the whole answer: "die lange
  // Autofahrt" is a complaint.
  routine: w(
    `${MASSAGE}|massagen|durchgang|durchlauf|version|variante|programm|ablauf|übung|übungen|behandlung|(?:die|den) (?:${LENGTH}|längere|kürzere|volle)(?=$| bitte| nehmen| machen| wählen| starten| heute| mal| doch| lieber| dann| ja)`,
  ),
};
