import type { SafetySign } from '../../safety/types';
import type { SafetyReading } from '../types';

/*
 * The signs that come before any pressure point, read in German. Same ids, kinds and breadth as
 * lambda/safety/signs.ts; the patterns are written against `normalise` below: lowercase, ß as
 * "ss" (so "Fuß" and a typed "Fuss" read alike), umlauts kept, colloquial short forms spelled
 * out ("hab" → "habe", "gibt's" → "gibt es", "ne" → "eine"), punctuation gone.
 *
 * JavaScript's \b and \w know no umlauts, so a word's edges are explicit letter lookarounds and
 * a free word is `[letters]+`. German packs meaning into compounds ("Brustschmerzen",
 * "Blutdruck"): a pattern names the compounds it means, and a word edge keeps "Blut" from
 * matching inside "Blutdruck" or "Fieber" inside "Lampenfieber".
 *
 * German puts "nicht" after the verb ("mein Fuß ist nicht geschwollen"), inside what a pattern
 * spans, where the classifier's look-back cannot see it: the free words between two parts of
 * a pattern (GAP) are never a negation, so such a sentence does not match at all.
 */

const L = 'a-zäöüßéèàáóíúñç0-9';
export const w = (source: string): RegExp => new RegExp(`(?<![${L}])(?:${source})(?![${L}])`);

const NEGATION_WORDS = 'nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|ohne|weder';
/** One free word that is no negation, with the space after it. */
const GAP = `(?:(?!(?:${NEGATION_WORDS})(?![${L}]))[${L}]+ )`;
const gap = (max: number) => `${GAP}{0,${max}}`;
/** The rest of a word: its inflection or the tail of a compound. */
const X = `[${L}]*`;

// Building blocks.
const PAIN = `schmerz${X}|weh|wehtut|wehtun|tut weh|tun weh|stech${X}|sticht|stiche|brennt|brennen|krampf${X}|krämpf${X}|pocht|pochen`;
const SWOLLEN = `geschwollen${X}|angeschwollen${X}|schwellung${X}|schwillt|schwellen|aufgedunsen${X}|aufgequollen${X}|verdickt${X}`;
/** A leg may be "dick" when swollen; a toe may not: "der dicke Zeh" is the big toe. */
const SWOLLEN_LEG = `${SWOLLEN}|dick|dicke|dicker|dicken|dickes`;
const FOOT = `fuss|füsse|füssen|fusses|fusssohle|fusssohlen|sohle|sohlen|zeh|zehe|zehen|zehs|ferse|fersen|knöchel${X}|sprunggelenk${X}|fussgelenk${X}|fussrücken|rist|spann|zehennagel|zehennägel|nagel|nägel|ballen|fussballen|hacke|hacken`;
const LEG = 'bein|beine|beinen|beins|wade|waden|unterschenkel|oberschenkel|schienbein|schienbeine';
const BLEED = `blut|blute|blutet|bluten|blutest|blutung${X}|blutig${X}|blutend${X}|geblutet`;
/** Blood that is no bleeding, said in two words: a test, a donation, a thinner. */
const BLOOD_NOT_BLEEDING = `blut (?:abnehmen|abgenommen|spenden|gespendet|verdünn${X}|untersuch${X}|test${X}|werte?|zucker|druck)|blut ist dicker als wasser`;
/** "Es blutet nicht mehr": the negation stands after the verb, where the look-back cannot see it. */
const BLEEDING_STOPPED =
  '(?:blutet|blute|bluten) (?:jetzt |schon |auch |gar )?nicht(?: mehr)?|aufgehört zu bluten|blutet kaum';
const PAST_CLOT = `hatte ${gap(3)}(?:thrombose|blutgerinnsel|gerinnsel|embolie|lungenembolie|beinvenenthrombose)|(?:thrombose|blutgerinnsel|embolie) ${gap(3)}(?:gehabt|vor ${gap(2)}(?:jahren|monaten)|letztes jahr|früher|damals)|früher ${gap(2)}(?:thrombose|blutgerinnsel)|vor ${gap(2)}(?:jahren|monaten) ${gap(2)}(?:thrombose|blutgerinnsel)|nach (?:meiner|einer|der) thrombose|zustand nach thrombose`;
const PREGNANT = `schwanger${X}|schwangerschaft${X}|erwarte ein|trimester${X}|babybauch`;

export const SIGNS: readonly SafetySign[] = [
  // --- crisis: a kind line, where to get help now, and nothing else ---
  {
    id: 'self-harm',
    kind: 'crisis',
    patterns: [
      w(
        `suizid${X}|selbstmord${X}|suicid${X}|freitod|lebensmüde|todeswunsch|todessehnsucht|sterbewunsch`,
      ),
      w('^(?:sterben|tot sein|ich will sterben|nicht mehr leben)$'),
      w(
        `(?:mich|mir) ${gap(3)}(?:umbringen|umzubringen|das leben nehmen|das leben zu nehmen|was antun|etwas antun|was anzutun|etwas anzutun)|bringe? mich ${gap(2)}um|mich selbst töten|mich töten|(?:mir|mich) selbst ${gap(1)}(?:töten|umbringen|schaden)`,
      ),
      w(
        `(?:will|möchte|wollte|würde am liebsten|würde gern|würde gerne|möchte lieber|wünschte ich wäre|wünsche mir) ${gap(3)}(?:sterben|tot sein|tot|einschlafen und nicht mehr aufwachen)`,
      ),
      w(
        '(?:will|möchte|mag|kann|darf) (?:einfach |echt |wirklich |so )?nicht mehr (?:leben|weiterleben|da sein|hier sein|existieren|aufwachen|auf der welt sein)|nie mehr aufwachen|nicht mehr aufwachen',
      ),
      w(
        `(?:kann|will|mag) (?:einfach |echt |wirklich |so |halt )?nicht mehr(?: weiter)?$|(?:kann|will|mag) (?:einfach |echt |wirklich |so )?nicht mehr (?:und|ich|es)(?: |$)|kann nicht mehr weiter|halte (?:das|es) (?:alles )?nicht mehr aus|(?:packe|pack|schaffe|schaff) (?:das|es) (?:alles )?nicht mehr`,
      ),
      w(
        '(?:wäre|bin|sei) (?:besser|lieber) tot|lieber tot|besser dran ohne mich|(?:alle )?(?:wären|sind) besser dran ohne mich|besser ohne mich|(?:niemand|keiner) würde mich vermissen|würde mich (?:niemand|keiner) vermissen|(?:niemand|keiner) vermisst mich',
      ),
      w(
        `(?:allem|dem allen|alldem|meinem leben|dem ganzen|dem) ${gap(1)}(?:ein )?ende (?:setzen|machen|bereiten)|(?:mein|meinem) leben (?:beenden|ein ende)|alles beenden|es beenden|mit (?:allem|dem leben) schluss machen|schluss machen mit (?:allem|dem leben|meinem leben)`,
      ),
      w(
        `(?:kein|keinen) sinn mehr (?:zu leben|im leben|zum leben|weiterzuleben)|leben (?:hat|macht) ${gap(1)}keinen sinn|leben ist (?:sinnlos|nichts mehr wert)|hat alles keinen sinn mehr|alles ist sinnlos|nichts mehr (?:wofür|für das) (?:es sich )?zu leben|(?:ist|sei) (?:es )?nicht (?:mehr )?wert zu leben|(?:sehe )?keinen ausweg (?:mehr)?`,
      ),
      w(
        `selbstverletz${X}|ritze mich|mich ritzen|mich zu ritzen|(?:will|möchte|muss|werde) (?:mir|mich) (?:selbst )?${gap(2)}(?:wehtun|weh tun|verletzen|ritzen|schneiden|verbrennen|bestrafen)|verletze mich (?:selbst|absichtlich)|tue? mir (?:selbst )?(?:absichtlich )?weh|mir selbst weh`,
      ),
      w(
        `überdosis|(?:zu viele|alle meine|alle|die ganze packung|eine ganze packung|eine handvoll|einen haufen) ${gap(1)}(?:tabletten|pillen|schlaftabletten|medikamente|schmerzmittel|schmerztabletten)`,
      ),
      w(
        'von (?:der|einer) brücke springen|vor (?:den|einen) zug|vom dach springen|mich (?:aufhängen|erhängen)|abschiedsbrief',
      ),
      w(
        'hoffnungslos|(?:ich )?bin (?:nur )?(?:eine last|allen eine last)|allen nur (?:eine )?last|nicht sicher vor mir',
      ),
    ],
  },

  // --- emergency: help now ---
  {
    id: 'chest-pain',
    kind: 'emergency',
    patterns: [
      w(`brust(?:korb)?(?:schmerz|enge|druck|stich|stech|beklemm|brenn)${X}|herzschmerz${X}`),
      w(
        `(?:${PAIN}|enge|engegefühl|druck|druckgefühl|beklemmung|beklemmungen|ziehen|brennen|stiche) ${gap(2)}(?:in der|in die|auf der|an der|hinter dem|im|in meiner|auf meiner|in) (?:brust|brustkorb|brustbein|herzgegend|herz)`,
      ),
      w(
        `(?:brust|brustkorb|herzgegend|herz) ${gap(3)}(?:${PAIN})|(?:brust|brustkorb) ${gap(3)}(?:eng|schwer|zugeschnürt|wie zugeschnürt|wie in einem schraubstock)|es drückt (?:mir )?(?:auf der|in der|auf die) brust`,
      ),
      w(`herzinfarkt${X}|herzanfall|herzattacke|infarkt|angina pectoris|herzstillstand`),
      w(`(?:kiefer|unterkiefer|kieferschmerz${X}) ${gap(3)}(?:und|mit|bis) ${gap(3)}(?:brust|arm)`),
    ],
    // A heart attack in the past is a doctor's question (heart-circulation), not an emergency.
    unless: [
      w(
        `hatte ${gap(3)}(?:herzinfarkt|infarkt)|herzinfarkt ${gap(3)}(?:gehabt|her|hinter mir)|nach (?:meinem|einem|dem) (?:herzinfarkt|infarkt)|vor ${gap(2)}(?:jahren|monaten) ${gap(1)}(?:herzinfarkt|infarkt)`,
      ),
    ],
  },
  {
    id: 'arm-pain',
    kind: 'emergency',
    patterns: [
      w(
        `linke[rnms]? arm ${gap(3)}(?:${PAIN}|taub|gefühllos|kribbelt|kribbeln|schwer|schwach|eingeschlafen)|(?:${PAIN}|taubheit${X}|kribbeln|ziehen|zieht|ausstrahl${X}|strahlt) ${gap(3)}(?:im|in den|in meinem|bis in den|in|den) linken arm|linken arm ${gap(2)}(?:${PAIN}|taub|ausstrahl${X})`,
      ),
    ],
  },
  {
    id: 'breathlessness',
    kind: 'emergency',
    patterns: [
      w(
        `(?:kriege|krieg|kriegt|bekomme|bekomm|bekommt|habe|hat) ${gap(2)}(?:keine|kaum|schlecht|nicht genug|zu wenig) luft|(?:keine|kaum) luft (?:mehr )?(?:bekommen|kriegen|holen)|^keine luft|keine luft$|luftnot|atemnot|atemlos${X}|kurzatmig${X}|atembeschwerden|atemprobleme|atemschwierigkeiten|(?:schwierigkeiten|probleme|mühe) (?:beim|mit dem) atmen|atemstillstand|erstick${X}`,
      ),
      w(
        `(?:ringe|ringt|ringen|schnappe|schnappt|schnappen|japse|japst) ${gap(1)}nach luft|nach luft (?:ringen|schnappen|japsen)|keuch${X}|pfeifende atmung|röchel${X}|außer atem|ausser atem`,
      ),
      w(
        `(?:kann|konnte|kannst) ${gap(2)}(?:nicht|kaum|schlecht) (?:mehr )?(?:richtig )?(?:atmen|luft holen|durchatmen)|atmen (?:fällt|geht|wird) ${gap(2)}(?:schwer|kaum|schlecht|nicht)|(?:schwer|mühsam) (?:zu )?atmen|atmung (?:ist|wird|geht) ${gap(2)}(?:schwer|flach|schnell|komisch|seltsam|pfeifend|mühsam|schlecht)|aufgehört zu atmen|hört auf zu atmen|atmet nicht mehr|atmet (?:kaum|schwer)`,
      ),
      w(`(?:lippen|gesicht|finger|haut) ${gap(3)}(?:blau|bläulich|grau|blau angelaufen)`),
      w(
        `(?:gesicht|lippen|zunge|hals|rachen|kehle) ${gap(2)}(?:schwillt|schwellen|geschwollen|angeschwollen|schwillt zu|schnürt sich zu|wie zugeschnürt|zugeschnürt|wird eng)|(?:kann|konnte) ${gap(1)}nicht (?:mehr )?schlucken`,
      ),
      w(
        `asthmaanfall|asthma anfall|anaphyla${X}|allergische[rn]? (?:reaktion|schock)|allergieschock`,
      ),
    ],
  },
  {
    id: 'stroke-signs',
    kind: 'emergency',
    patterns: [
      w(`schlaganfall${X}|hirnschlag|gehirnschlag|schlagerl|hirninfarkt|apoplex${X}`),
      w(
        `(?:gesicht|mundwinkel|mund|augenlid|gesichtshälfte) ${gap(3)}(?:hängt|hängen|hängend${X}|schief|verzogen|taub|gelähmt|gefühllos)|taube[snrm]? (?:gesicht|gesichtshälfte|lippe|lippen|mund)|hängende[rns]? (?:mundwinkel|gesicht|auge|augenlid)|schiefe[rns]? (?:mund|gesicht)`,
      ),
      w(
        `lall${X}|verwaschen${X} (?:sprache|aussprache)|sprache ${gap(2)}(?:verwaschen|undeutlich|komisch|seltsam|gestört|weg)|(?:kann|konnte) ${gap(2)}(?:nicht|kaum) (?:mehr )?(?:richtig )?(?:sprechen|reden)|sprachstörung${X}|wortfindungsstörung${X}`,
      ),
      w(
        `(?:eine|die|linke|rechte|ganze|meine) (?:körperseite|körperhälfte|gesichtshälfte|gesichtsseite|seite meines körpers|seite des körpers|seite vom körper) ${gap(3)}(?:taub|gelähmt|schwach|lahm|gefühllos|hängt|kribbelt)|halbseitig${X}|lähmung${X}|gelähmt`,
      ),
      w(
        `(?:kann|konnte) ${gap(3)}(?:arm|hand) ${gap(2)}nicht (?:mehr )?(?:heben|bewegen|hochheben|spüren|halten)|arm ${gap(3)}(?:schwach|kraftlos|gelähmt|schlaff)|armschwäche|schwäche im arm|schwacher arm`,
      ),
      w(
        `plötzlich${X} ${gap(2)}(?:verwirrt|verwirrung|taub|taubheit|schwach|schwäche|gelähmt|durcheinander)|plötzliche[rn]? (?:verwirrung|taubheit|schwäche|lähmung)`,
      ),
    ],
    // Hands tire from the massage itself: "my arm gets weak from pressing" is no stroke.
    unless: [w(`vom (?:massieren|drücken|halten|reiben)|beim (?:massieren|drücken|halten|reiben)`)],
  },
  {
    id: 'sudden-severe-headache',
    kind: 'emergency',
    patterns: [
      w(
        `plötzlich${X} ${gap(3)}(?:kopfschmerz${X}|kopfweh|migräne|schmerz${X} im kopf)|(?:stärkste|schlimmste|schlimmsten|stärksten|heftigste|heftigsten|unerträglich${X}|vernichtend${X}|explosionsartig${X}|donnerschlag${X}|schlagartig${X}) ${gap(2)}(?:kopfschmerz${X}|kopfweh|migräne)|vernichtungskopfschmerz${X}|donnerschlagkopfschmerz${X}`,
      ),
      w(
        `kopfschmerz${X} ${gap(3)}(?:wie noch nie|wie nie zuvor|aus heiterem himmel|schlagartig|ganz plötzlich|aus dem nichts)|kopf ${gap(2)}(?:explodiert|explodieren)`,
      ),
      w(
        `(?:kopf|schädel|hinterkopf|stirn) ${gap(3)}(?:gestossen|angestossen|angeschlagen|angehauen|aufgeschlagen|verletzt|geprallt|geknallt|gehauen)|(?:auf den|mit dem|gegen den) (?:kopf|hinterkopf) ${gap(2)}(?:gefallen|gestürzt|geknallt|aufgeschlagen|geschlagen|gestossen|bekommen)|kopfverletzung${X}|schädel hirn trauma|schädelhirntrauma|gehirnerschütterung${X}|schlag auf den kopf|platzwunde am kopf`,
      ),
      w(
        `(?:kopfschmerz${X}|kopfweh) ${gap(2)}(?:nach|seit) ${gap(2)}(?:sturz|unfall|schlag|stoss|aufprall|fall|hinfallen)|(?:kopfschmerz${X}|kopfweh) (?:und|mit) ${gap(2)}(?:steife[rnm]? nacken|nackensteifigkeit|erbrechen|fieber|verwirrung|ausschlag)|steife[rnm]? nacken (?:und|mit) ${gap(1)}(?:fieber|kopfschmerz${X}|ausschlag)`,
      ),
    ],
  },
  {
    id: 'sudden-vision-loss',
    kind: 'emergency',
    patterns: [
      w(
        `plötzlich${X} ${gap(3)}(?:blind|nichts mehr sehen|nichts mehr|verschwommen|doppelt|doppelbilder|schwarz vor dem auge|sehverlust|sehstörung${X})`,
      ),
      w(
        `sehverlust|verlust des sehvermögens|(?:sehkraft|sicht|augenlicht) ${gap(2)}(?:verloren|weg|verschwunden)|erblindet|erblinde|auf einem auge ${gap(2)}(?:blind|nichts|schwarz)|doppelbilder|doppelt sehen|sehe ${gap(1)}doppelt|vorhang vor (?:dem|meinem) auge|schleier vor (?:dem|den|meinem|meinen) auge${X}|(?:kann|konnte) ${gap(2)}nichts mehr sehen|sehe nichts mehr`,
      ),
    ],
  },
  {
    id: 'coughing-blood',
    kind: 'emergency',
    patterns: [
      w(
        `(?:hust${X}|spuck${X}|erbrech${X}|erbrochen|kotz${X}|gekotzt|übergeb${X}|würg${X}|gehustet|gespuckt) ${gap(3)}blut|blut ${gap(2)}(?:husten|gehustet|spucken|gespuckt|erbrechen|erbrochen|gekotzt|ausgehustet)|bluthusten|bluterbrechen`,
      ),
      w(
        `blut im (?:erbrochenen|auswurf|speichel|schleim|stuhl|urin|harn|spucke|klo)|blutige[rns]? (?:auswurf|stuhl|urin|schleim|durchfall|erbrochenes|husten)|schwarzer stuhl|teerstuhl`,
      ),
    ],
  },
  {
    id: 'heavy-bleeding',
    kind: 'emergency',
    patterns: [
      w(
        `(?:blute|blutet|bluten|blutest) ${gap(2)}(?:stark|sehr|heftig|viel|wie verrückt|ohne ende|ununterbrochen|immer noch|weiter)|hört ${gap(2)}nicht (?:mehr )?auf zu bluten|blutung ${gap(2)}(?:hört nicht auf|stoppt nicht|lässt sich nicht stillen)|(?:starke|heftige|schwere|massive) ${gap(1)}blutung${X}|(?:viel|so viel|überall) blut|blut ${gap(1)}(?:überall|spritzt|läuft|strömt|sprudelt|schiesst)`,
      ),
      // Bleeding with no place named may be anything, so it is treated as the worst.
      w(
        `^(?:ich )?blute|ich blute|es blutet|er blutet|sie blutet|blutung|blutsturz|innere blutung${X}|innerlich${X} ${gap(1)}blut${X}`,
      ),
    ],
    unless: [w(BLEEDING_STOPPED)],
  },
  {
    // Blood with no place named ("überall ist Blut", "ich sehe Blut") is treated as the worst.
    id: 'blood',
    kind: 'emergency',
    patterns: [w(BLEED)],
    unless: [w(BLOOD_NOT_BLEEDING), w(BLEEDING_STOPPED), w(FOOT), w(LEG)],
  },
  {
    id: 'swollen-calf',
    kind: 'emergency',
    patterns: [
      w(
        `(?:wade|waden|unterschenkel) ${gap(5)}(?:${SWOLLEN_LEG}|heiss|rot|gerötet|warm|überwärmt|grösser)|waden(?:schwellung|schmerz)${X} ${gap(2)}(?:und|mit) ${gap(1)}(?:schwellung|${SWOLLEN})`,
      ),
      w(
        `(?:${SWOLLEN_LEG}|heisse|rote|gerötete|überwärmte) (?:und )?${gap(1)}(?:wade|waden|unterschenkel)`,
      ),
      w(
        `(?:ein )?bein ${gap(3)}(?:dicker|grösser|geschwollener|stärker geschwollen|umfangreicher) als das andere|ein bein ist ${gap(1)}(?:dicker|geschwollen${X})`,
      ),
      w(
        `(?:bein|beine|beinen) ${gap(3)}(?:heiss|rot|gerötet|schmerzhaft|überwärmt) und ${gap(1)}(?:${SWOLLEN_LEG})|(?:bein|beine) ${gap(4)}(?:${SWOLLEN_LEG}) ${gap(3)}(?:heiss|rot|gerötet|schmerz${X}|warm|überwärmt|tut weh|tun weh)|(?:heisses|rotes|gerötetes|schmerzendes|schmerzhaftes) (?:und )?(?:${SWOLLEN_LEG}) bein`,
      ),
      w(
        `(?:${PAIN}) (?:und|mit) ${gap(1)}(?:schwellung|${SWOLLEN})(?: in)? (?:der |meiner |den |meinen )?(?:wade|waden|bein)`,
      ),
      w(
        `thrombo${X}|blutgerinnsel${X}|gerinnsel|embolie${X}|lungenembolie|tvt|venenthrombose${X}|beinvenenthrombose${X}`,
      ),
    ],
    // A clot in the past, or blood thinners now, is a doctor's question, not an emergency.
    unless: [w(PAST_CLOT)],
  },
  {
    id: 'fainting',
    kind: 'emergency',
    patterns: [
      w(
        `ohnmacht${X}|ohnmächtig${X}|bewusstlos${X}|bewusstsein ${gap(1)}verloren|das bewusstsein verlieren|zusammengebrochen|zusammengeklappt|kollaps${X}|kollabiert|weggetreten|schwarz vor (?:den )?augen|wird (?:mir )?schwarz|kreislaufzusammenbruch|kreislaufkollaps|^(?:ich )?(?:bin )?(?:umgekippt|umgefallen)$|synkope`,
      ),
      // Said of the oil bottle too ("die Flasche ist umgefallen"): only of a person.
      w(
        `(?:(?:ich|er|sie|mann|frau|mutter|vater|oma|opa|kind|sohn|tochter|freund|freundin|partner|partnerin) (?:bin|ist)|bin|^ist) ${gap(2)}(?:umgekippt|umgefallen)|kippe (?:gleich |fast )?um|falle (?:gleich |fast )?um`,
      ),
      w(
        `wacht nicht (?:mehr )?auf|(?:ist|wird) nicht (?:mehr )?wach|reagiert nicht (?:mehr)?|nicht ansprechbar|nicht mehr ansprechbar`,
      ),
      w(
        `krampfanfall${X}|krampfanfälle|epileptische[rn]? anfall|(?:einen|ein) ${gap(1)}anfall (?:gehabt|haben|hat|bekommen)|zuckungen am ganzen körper|krampft am ganzen körper`,
      ),
    ],
    unless: [w('ohnmächtig vor wut')],
  },
  {
    id: 'emergency-call',
    kind: 'emergency',
    patterns: [
      w(
        '^(?:ein |einen )?notfall$|^(?:einen |den |die )?(?:krankenwagen|notarzt|rettungswagen|rettung)$',
      ),
      w(
        `krankenwagen|rettungswagen|notarzt|notärztin|rettung (?:rufen|holen)|ruf die rettung|sanitäter|notaufnahme|notruf|(?:das ist|es ist|ich habe|wir haben|hier ist) (?:ein |einen )?notfall|eins eins zwei|hundertzwölf|einhundertzwölf|eins vier vier|eins vier zwei|112|144|110|911|ich sterbe|^sterbe|sterbe gerade|(?:werde|muss) (?:gleich )?sterben|mir geht es (?:sehr|ganz|richtig|wirklich|extrem) schlecht|todkrank`,
      ),
    ],
    unless: [w('im notfall|für den notfall|für notfälle|sterbe vor|sterben vor')],
  },
  {
    id: 'poisoning',
    kind: 'emergency',
    patterns: [
      w(
        `vergift${X}|gift ${gap(1)}(?:geschluckt|getrunken|gegessen)|(?:bleiche|reiniger|putzmittel|chlor|lampenöl|ätherisches öl|ätherische öle|öl|massageöl) ${gap(1)}(?:geschluckt|getrunken)|giftnotruf`,
      ),
    ],
  },

  // --- doctor: no massage today; see a doctor soon ---
  {
    id: 'swollen-leg',
    kind: 'doctor',
    patterns: [
      w(
        `(?:${LEG}) ${gap(4)}(?:${SWOLLEN_LEG})|(?:${SWOLLEN_LEG}) (?:${LEG})|(?:bein|beine)schwellung${X}|wasser in den beinen`,
      ),
    ],
  },
  {
    id: 'heavy-exhaustion',
    kind: 'doctor',
    patterns: [
      w(
        `(?:völlig|total|komplett|extrem|absolut|vollkommen|so|unglaublich|wahnsinnig|dermassen|sehr) ${gap(1)}(?:erschöpft|ausgelaugt|entkräftet|ausgebrannt)|ausgebrannt|burnout|burn out|erschöpfungssyndrom|chronische erschöpfung|kann (?:mich )?kaum (?:noch )?(?:stehen|auf den beinen halten)|kurz vor dem zusammenbruch|am ende meiner kräfte|mit meinen kräften am ende`,
      ),
    ],
  },
  {
    id: 'skin-problem',
    kind: 'doctor',
    patterns: [
      w(
        `ekzem${X}|neurodermitis|schuppenflechte|psoriasis|ausschlag${X}|hautausschlag|warze${X}|warzen|dornwarze${X}|fusspilz|nagelpilz|pilz${X}|pilzinfektion`,
      ),
      w(
        `(?:eine|ne|offene|aufgegangene|dicke|aufgeplatzte) blase (?:am|an der|an den|unter dem|unter der|auf dem)|blasen (?:an|am|unter|auf) (?:den|dem|der|meinen|meinem) (?:${FOOT})|wasserblase${X}|brandblase${X}|verbrennung${X}|verbrannt|verbrüht|knubbel|knoten unter der haut|beule|roter streifen|nagel ${gap(2)}(?:abgegangen|abgefallen|ausgerissen)|offene haut|rissige haut|aufgerissene haut|schrunden|hühnerauge${X}`,
      ),
    ],
  },
  {
    id: 'past-clot',
    kind: 'doctor',
    patterns: [
      w(PAST_CLOT),
      w(
        `blutverdünn${X}|gerinnungshemm${X}|antikoagul${X}|marcumar|falithrom|xarelto|eliquis|lixiana|pradaxa|heparin|thrombosespritze${X}|warfarin|rivaroxaban|apixaban|edoxaban|dabigatran|phenprocoumon|ass hundert`,
      ),
    ],
  },
  {
    id: 'high-fever',
    kind: 'doctor',
    patterns: [
      w('^(?:hohe |erhöhte )?temperatur$'),
      w(
        `fieber${X}|fiebrig|(?:hohe|erhöhte) temperatur|temperatur (?:haben|habe|hat)|schüttelfrost|ich glühe|^glühe|corona|covid`,
      ),
    ],
  },
  {
    id: 'diabetic-foot',
    kind: 'doctor',
    patterns: [
      w('^(?:taub|taubheit|taubheitsgefühl|gefühllos|kribbeln|ameisenlaufen|zucker)$'),
      w(`(?:gefühl|empfindung) ${gap(2)}verloren|kein gefühl (?:mehr )?(?:in|im|an)`),
      w(
        `diabet${X}|zuckerkrank${X}|zuckerkrankheit|(?:habe|hat|hast) zucker|zucker (?:habe|hat) (?:ich|er|sie)|neuropath${X}|polyneuropath${X}|blutzucker${X}|insulin${X}`,
      ),
      w(
        `(?:${FOOT}|${LEG}) ${gap(3)}(?:taub|gefühllos|pelzig|kribbelt|kribbeln|wie abgestorben)|(?:${FOOT}|${LEG}) ${gap(3)}(?:ständig|oft|immer|dauernd) ${gap(1)}eingeschlafen`,
      ),
      w(
        `(?:taub${X}|taubheit${X}|gefühllos${X}|pelzig${X}|kribbeln|ameisenlaufen|brennen) ${gap(2)}(?:in den|im|in der|an den|am|an der|in meinen|in meinem|unter den|unter dem) (?:${FOOT}|${LEG})|(?:taube[nmrs]?|gefühllose[nmrs]?|pelzige[nmrs]?) (?:${FOOT}|${LEG})|taubheit${X}|(?:kann|spüre) ${gap(2)}(?:meine|meinen|den|die) (?:${FOOT}) ${gap(1)}(?:nicht|kaum) (?:mehr )?(?:spüren|fühlen)?`,
      ),
    ],
  },
  {
    id: 'foot-wound',
    kind: 'doctor',
    patterns: [
      w(
        `(?:getreten|gestanden|gestiegen) ${gap(2)}(?:in|auf) ${gap(2)}(?:scherbe${X}|glasscherbe${X}|glas|nagel|nadel|reisszwecke|dorn|splitter|etwas spitzes|was spitzes)|in ${gap(1)}(?:scherbe|glasscherbe|nagel|reisszwecke|nadel) getreten`,
      ),
      w(
        `(?:adern|venen) ${gap(2)}(?:treten hervor|dick|geschwollen|knotig|verdreht)|(?:${FOOT}|gelenk|zehengelenk|grosszehengrundgelenk) ${gap(3)}(?:rot|heiss|gerötet|überwärmt) und ${gap(2)}(?:schmerz${X}|geschwollen${X}|dick|empfindlich|tut weh)`,
      ),
      w(
        `(?:schnitt|schnittwunde|schnittverletzung) ${gap(2)}(?:am|im|in der|an der|unter dem|an den|in den) ${gap(1)}(?:${FOOT}|${LEG})|(?:am|in den|in die|an der|an den|in meinen|in meinem|im) ${gap(1)}(?:${FOOT}|${LEG}) (?:geschnitten|aufgeschnitten|aufgeschlitzt|aufgerissen|aufgeschürft)|(?:${FOOT}|${LEG}) ${gap(2)}(?:aufgeschnitten|aufgeschlitzt|aufgerissen|aufgeschürft)`,
      ),
      w(
        `(?:tiefe|offene|klaffende|böse|schlimme|eiternde|nässende|grosse)[rnms]? ${gap(1)}(?:wunde|schnittwunde|verletzung|schnitt|stelle)|wunde(?! (?:punkte?|stellen?))|wunden|fuss(?:wunde|infektion|geschwür|entzündung)${X}|platzwunde|schnittwunde|risswunde|stichwunde|genäht|nähen lassen|splitter|holzsplitter|glassplitter`,
      ),
      w(
        `entzünd${X}|infiz${X}|infektion${X}|eiter${X}|eitrig${X}|nässt|nässend${X}|abszess${X}|phlegmone|wundrose|erysipel|gangrän|wundbrand|geschwür${X}|ulkus|ulcus|offenes bein|heilt ${gap(2)}nicht|(?:wunde|schnitt|stelle|blase) ${gap(3)}(?:heilt nicht|will nicht heilen|geht nicht weg)|schwarze (?:zehe?n?|stelle|haut|verfärbung)|schwarz verfärbt`,
      ),
      w(
        `(?:${FOOT}|${LEG}) ${gap(3)}(?:rot|heiss|gerötet|überwärmt|glüht|brennt) und ${gap(1)}(?:${SWOLLEN}|${PAIN}|heiss|rot)|(?:rote[rns]?|heisse[rns]?|gerötete[rns]?) (?:und )?(?:geschwollene[rns]?|heisse[rns]?|rote[rns]?) (?:${FOOT})`,
      ),
      w(
        `gicht${X}|ballen ${gap(2)}(?:rot|heiss|geschwollen|entzündet)|eingewachsen${X} ${gap(1)}(?:zehennagel|nagel|fussnagel)|eingewachsen`,
      ),
    ],
  },
  {
    id: 'swollen-foot',
    kind: 'doctor',
    patterns: [
      w(
        `(?:${FOOT}) ${gap(4)}(?:${SWOLLEN})|(?:${SWOLLEN}) ${gap(1)}(?:${FOOT})|(?:fuss|knöchel|zehen|gelenk)schwellung${X}`,
      ),
    ],
    unless: [w(PREGNANT)],
  },
  {
    id: 'foot-bleeding',
    kind: 'emergency',
    patterns: [
      w(`(?:${BLEED}) ${gap(6)}(?:${FOOT}|${LEG})|(?:${FOOT}|${LEG}) ${gap(6)}(?:${BLEED})`),
    ],
    unless: [w(BLOOD_NOT_BLEEDING), w(BLEEDING_STOPPED)],
  },
  {
    id: 'injury',
    kind: 'doctor',
    // A broken heart, or liking something ("hat mir gefallen"), is no injury.
    unless: [w(`herz ${gap(2)}gebrochen|gebrochene[ns]? herz${X}|gebrochen deutsch`)],
    patterns: [
      w(
        `gebrochen${X}|bruch|knochenbruch|fraktur${X}|angebrochen|angeknackst|geprellt|prellung${X}|verstaucht${X}|verstauchung${X}|verrenkt|verrenkung|ausgerenkt|umgeknickt|umgeknackst|verdreht|gezerrt|zerrung${X}|riss|gerissen|bänderriss|bänderdehnung|muskelfaserriss|sehnenriss|achillessehnenriss|überdehnt|luxation|anriss`,
      ),
      w(
        `operation|operiert|op gehabt|(?:nach|seit) (?:der|einer|meiner) op|eingriff|chirurgisch${X}`,
      ),
      w(
        `(?:kann|konnte) ${gap(3)}(?:nicht|kaum) (?:mehr )?(?:auftreten|belasten|drauf stehen|draufstehen|gehen|laufen)`,
      ),
      w(
        `(?:hin|runter|herunter)gefallen|hingeflogen|gestürzt|ausgerutscht|gestolpert|sturz|(?:bin|ist) ${gap(3)}(?:auf|vom|von der|von) ${gap(2)}gefallen`,
      ),
      w(`verletz(?:t|te|ten|ung|ungen)|sportverletzung${X}`),
      w(
        `(?:${FOOT}|${LEG}|knie) ${gap(3)}(?:gestossen|angestossen|angehauen|eingeklemmt|gequetscht|zerquetscht|angeschlagen)|(?:auf den|auf meinen) fuss (?:fallen lassen|gefallen)`,
      ),
    ],
  },
  {
    id: 'heart-circulation',
    kind: 'doctor',
    patterns: [
      w(
        `herz(?:erkrankung|krankheit|schwäche|fehler|klappe|rhythmusstörung|insuffizienz|problem|leiden|op|operation|kranz|schrittmacher|stolpern|rasen|klopfen)${X}|herzkrank|herz ${gap(2)}(?:rast|stolpert|setzt aus|schlägt unregelmässig)|vorhofflimmern|rhythmusstörung${X}|schrittmacher|stent${X}|bypass${X}`,
      ),
      w(
        `durchblutungsstörung${X}|schlechte durchblutung|kreislaufprobleme|kreislaufstörung${X}|bluthochdruck|(?:hohe[nr]?|niedrige[nr]?) blutdruck|hypertonie|hypotonie|pavk|schaufensterkrankheit|verschlusskrankheit|hatte ${gap(2)}herzinfarkt|herzinfarkt ${gap(3)}(?:gehabt|her)|krampfader${X}|besenreiser|venenleiden|venenschwäche|venenentzündung|lymphödem${X}|ödem${X}|wassereinlagerung${X}`,
      ),
      w(
        `krebs${X}|chemo${X}|bestrahlung|strahlentherapie|tumor${X}|metastas${X}|osteoporose|nieren(?:erkrankung|krankheit|schwäche|versagen|insuffizienz|leiden|probleme)|dialyse|epilepsie|epileptiker${X}`,
      ),
    ],
  },

  // --- pregnancy: the pregnancy answer, and a "yes" at the safety question ---
  {
    id: 'pregnancy',
    kind: 'pregnancy',
    patterns: [
      w(
        `^(?:ich bin |bin )?(?:jetzt )?(?:in der |in )?(?:[${L}]+ ){1,2}(?:woche|wochen)(?: schwanger)?$`,
      ),
      w(
        `schwanger${X}|schwangerschaft${X}|in anderen umständen|guter hoffnung|werdende (?:mutter|mama)|hyperemesis|morgenübelkeit|trimester${X}|ssw|schwangerschaftswoche${X}|(?:woche|wochen|monat|monate|monaten) schwanger|hebamme|geburtstermin|schwangerschaftsmonat${X}|^(?:ich bin )?(?:jetzt |schon )?im [${L}]+ monat$|entbindungstermin|errechneter termin|wehen|vorwehen|blasensprung|fruchtblase|fruchtwasser|babybauch|kugelbauch|kinderwunsch${X}|ivf|künstliche befruchtung`,
      ),
      w(
        `(?:erwarte|erwarten|erwartet) ${gap(2)}(?:ein baby|ein kind|nachwuchs|zwillinge|drillinge|unser erstes|mein erstes|ein zweites|baby|kind)|(?:bekommen|bekomme|kriegen|kriege|kriegt|bekommt) ${gap(1)}(?:ein baby|ein kind|nachwuchs|zwillinge)|baby ${gap(2)}(?:unterwegs|im bauch)|(?:ein|unser) baby (?:kommt|ist unterwegs)|das baby (?:tritt|strampelt|bewegt sich)`,
      ),
      w(
        `(?:versuchen|versuche|probieren|probiere) ${gap(3)}(?:schwanger|ein kind|ein baby|nachwuchs)|(?:wollen|möchten|will|möchte|wünschen uns) ${gap(2)}(?:ein kind|ein baby|schwanger werden|nachwuchs)`,
      ),
    ],
  },
];

/** Colloquial short forms, spelled out so each sign is written once. */
const SPELLED_OUT: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u02bc`´]/g, "'"],
  [/ß/g, 'ss'],
  [/\b(gibt|geht|gehts|tut|war|ist|hab|habe|kann|wird|macht)'s\b/g, '$1 es'],
  [/\b(gibt|geht|tut|kann|wird|macht)s\b/g, '$1 es'],
  [/\bhabs\b/g, 'habe es'],
  [/\bhab\b/g, 'habe'],
  [/\b'?nen\b/g, 'einen'],
  [/\b'?ne (?=[a-zäöü])/g, 'eine '],
  [/\bnich\b/g, 'nicht'],
  [/\bnix\b/g, 'nichts'],
];

function normalise(text: string): string {
  let out = text.toLowerCase();
  for (const [pattern, replacement] of SPELLED_OUT) out = out.replace(pattern, replacement);
  return out
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const SAFETY: SafetyReading = {
  normalise,
  signs: SIGNS,
  negation: w(`${NEGATION_WORDS}|nicht mehr|noch nie`),
  hedge: w(
    'nicht sicher|nicht ganz sicher|nicht so sicher|weiss nicht|weiss ich nicht|keine ahnung|unsicher ob',
  ),
};
