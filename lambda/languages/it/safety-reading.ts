import type { SafetySign } from '../../safety/types';
import type { SafetyReading } from '../types';

/*
 * The signs that come before any pressure point, read in Italian: the same ids, kinds and breadth
 * as lambda/safety/signs.ts, written against `normalise` below. Elisions are split at the
 * apostrophe ("l'alluce" reads "l alluce", "c'è" reads "c è"), so a sign never depends on how the
 * apostrophe was typed. Patterns are deliberately wide: an unneeded "vai dal medico" costs a
 * little, a missed clot or crisis costs a lot.
 *
 * JavaScript's \b and \w know no accented letter ("è", "più", "città"), so words are bounded by
 * LETTER below and gaps between words are written with WORD, never with \w.
 */

const LETTER = 'a-z0-9à-öø-ÿ';
const WORD = `[${LETTER}]+`;
/** Up to n words of anything between two parts of a sign. */
const gap = (n: number): string => `(?:${WORD} ){0,${n}}`;
export const w = (source: string): RegExp =>
  new RegExp(`(?<![${LETTER}])(?:${source})(?![${LETTER}])`);

// Building blocks.
const PAIN =
  'dolore|dolori|dolorante|doloranti|doloroso|dolorosa|dolorosi|dolorose|male|duole|fitta|fitte|indolenzit[oaie]|sofferente';
const SWOLLEN =
  'gonfi[oaie]?|gonfiore|gonfiori|gonfiat[oaie]|gonfiano|gonfiarsi|si gonfia|si è gonfiat[oaie]|tumefatt[oaie]|ingrossat[oaie]|infiammat[oaie]|infiammazione';
const FOOT =
  'piede|piedi|dito|dita|alluce|alluci|tallone|talloni|calcagno|calcagni|pianta|piante|caviglia|caviglie|arco plantare|collo del piede|unghia|unghie|mignolo|malleolo';
const LEG = 'gamba|gambe|polpaccio|polpacci|stinco|stinchi|coscia|cosce|tibia';
/** "Sangue" that is no bleeding: a clot, a pressure reading, a test, sugar. */
const BLOOD_NOT_BLEEDING =
  '(?:pressione|zucchero|zuccheri|glicemia|analisi|esami|esame|prelievo|gruppo|donatore|donatrice|donare|donazione|circolazione|coagulo|coaguli|grumo|grumi|valori|fluidificare|fluidificanti|vasi|vaso|ossigeno|colesterolo) (?:del |nel |di |dei |nei |sul )?sangue|sangue (?:freddo|blu|misto)|(?:pressione|circolazione|gruppo|vasi|vaso|flusso) sanguign[oaie]|sanguigna|sanguigno|sanguigni|sanguisug[ae]|occhi iniettati di sangue|arancia rossa';
/** A clot in the past, or blood thinners now, is a doctor's question, not an emergency. */
const PAST_CLOT =
  '(?:ho avuto|avevo|ho già avuto|avuto|in passato|anni fa|l anno scorso|tempo fa|già avuto|precedente|pregressa|pregresso|soffrivo di) (?:una |un |di |la |il )?(?:trombosi|tvp|coagulo|trombo|embolia|flebite|tromboflebite)|(?:trombosi|tvp|coagulo|trombo|embolia|flebite) (?:pregressa|pregresso|passata|in passato|anni fa|l anno scorso|tempo fa|mesi fa|una volta)';

const SIGNS: readonly SafetySign[] = [
  // --- crisis: a kind line, where to get help now, and nothing else ---
  {
    id: 'self-harm',
    kind: 'crisis',
    patterns: [
      w('suicid\\w*|^morire$|^(?:voglio )?morire$|^farla finita$'),
      w(
        '(?:voglio|vorrei|voglio solo|desidero|ho voglia di|preferirei|penso di|sto pensando di|ho pensato di) (?:morire|farla finita|finirla|uccidermi|ammazzarmi|togliermi la vita|sparire per sempre|non esserci più|non svegliarmi più|farmi del male|tagliarmi|ferirmi|bruciarmi|buttarmi|gettarmi|impiccarmi|farmi fuori)',
      ),
      w(
        'uccidermi|ammazzarmi|mi voglio (?:uccidere|ammazzare)|^voglio (?:uccidere|ammazzare)$|mi ammazzo(?! (?:di|dal|dalla|per))|mi uccido|togliermi la vita|togliersi la vita|farla finita|farmi fuori|impiccarmi|tagliarmi le vene',
      ),
      w(
        '(?:buttarmi|gettarmi|lanciarmi) (?:giù|dal|dalla|dallo|sotto|da un|da una|nel|nella)|(?:lettera|biglietto|messaggio) d addio',
      ),
      w(
        'non (?:voglio|vorrei|ho voglia di) (?:più )?(?:vivere|esistere|esserci|stare al mondo|svegliarmi|andare avanti)',
      ),
      w(
        '(?:vorrei|voglio|preferirei) (?:essere morto|essere morta|non essere mai nato|non essere mai nata|sparire|scomparire|non esistere|non esserci)',
      ),
      w(
        'meglio (?:morto|morta|se muoio|se morissi|se non ci fossi|se sparissi)|(?:stareste|starebbero|staresti|starebbe|sareste|sarebbero|saresti|sarebbe|vivrebbero|vivreste) (?:tutti )?meglio senza di me|(?:nessuno|a nessuno) (?:sentirebbe la mia mancanza|mancherei|importerebbe|gliene importerebbe)',
      ),
      w(
        '(?:la vita|vivere) non (?:ha|ha più) (?:senso|valore)|non ha (?:più )?senso vivere|non vale (?:più )?la pena (?:di )?(?:vivere|andare avanti)|(?:nessun|nessuno|non ho (?:più )?(?:nessun |un )?) ?(?:motivo|ragione) (?:per|di) vivere|non ho (?:più )?(?:motivi|ragioni) per vivere|niente per cui vivere|nulla per cui vivere',
      ),
      w(
        'non ce la faccio più$|non ce la faccio più (?:a vivere|ad andare avanti|così|con la vita|a sopportare)|non riesco più ad andare avanti|non posso andare avanti così|non reggo più (?:la vita|così)',
      ),
      w(
        'farmi del male|farsi del male|faccio del male|mi sono fatt[oa] del male apposta|(?:mi )?(?:ferisco|taglio|brucio|graffio) apposta|autolesion\\w*|mi punisco',
      ),
      w(
        'overdose|(?:preso|prendere|ingoiato|ingoiare|inghiottito|mandato giù) (?:troppe|tutte le|tutte le mie|un sacco di|una scatola di|un flacone di|tutto il flacone di|tutta la scatola di) (?:\\w+ )?(?:pillole|pastiglie|compresse|medicine|farmaci|pasticche|sonniferi|tachipirina)|troppe (?:pillole|pastiglie|compresse|pasticche) apposta',
      ),
      w(
        '(?:sono|mi sento) (?:solo |soltanto )?un peso|un peso per (?:tutti|gli altri|la mia famiglia|i miei|chi mi sta vicino)|senza (?:più )?speranza|non ho più speranza|non c è più speranza|mi sento disperat[oa]|sono disperat[oa]|mi arrendo con la vita|ho rinunciato a vivere|pensieri di morte|voglio sparire',
      ),
    ],
  },

  // --- emergency: help now ---
  {
    id: 'chest-pain',
    kind: 'emergency',
    patterns: [
      w(
        `(?:petto|torace|sterno)(?: ${WORD}){0,4} (?:${PAIN}|oppress[oa]|oppressione|pesante|stretto|schiacciato|brucia|che brucia|stringe)`,
      ),
      w(
        `(?:${PAIN}|oppressione|pressione|peso|stretta|costrizione|morsa|bruciore|fitta|fitte|senso di peso) (?:${WORD} ){0,2}(?:al|sul|nel|in|del|il|dentro il|in mezzo al) (?:petto|torace|sterno)`,
      ),
      w(
        'dolore toracico|dolori toracici|dolore retrosternale|mal di petto|fa male (?:il|al) petto|stringe il petto|petto (?:oppresso|stretto|schiacciato)',
      ),
      w(
        '(?:schiaccia|stringe|opprime|preme|pesa|strizza) (?:' +
          gap(1) +
          ')?(?:il|sul|al) (?:petto|torace|sterno)|infarto|attacco (?:di cuore|cardiaco)|arresto cardiaco|angina|(?:dolore|dolori|fitta|fitte) al cuore|mi fa male il cuore',
      ),
      w(
        `(?:${PAIN}) (?:alla|in) mascella e|mascella (?:${gap(2)})?(?:${PAIN}) e (?:il |al |nel )?(?:petto|braccio)`,
      ),
    ],
    unless: [
      w(
        '(?:ho avuto|avuto|avevo|già avuto|dopo) (?:un |l )?infarto|infarto (?:' +
          gap(3) +
          ')?(?:fa|l anno scorso|in passato)|pregresso infarto',
      ),
    ],
  },
  {
    id: 'arm-pain',
    kind: 'emergency',
    patterns: [
      w(
        `braccio sinistro (?:${gap(2)})?(?:${PAIN}|intorpidito|addormentato|formicola|formicolio|pesante|debole|morto|insensibile)|(?:${PAIN}|formicolio|intorpidimento|pesantezza|debolezza|fitta|fitte) (?:${gap(2)})?(?:al|nel|il|lungo il|giù per il|del) braccio sinistro|fa male il braccio sinistro`,
      ),
    ],
  },
  {
    id: 'breathlessness',
    kind: 'emergency',
    patterns: [
      w(
        'non (?:riesco a|riesco più a|posso) (?:respirare|prendere fiato|deglutire|ingoiare)|non respiro|non ho (?:più )?fiato|non mi entra (?:l )?aria',
      ),
      w(
        '(?:fatica|fatico|difficoltà|difficoltà respiratorie|problemi|faccio fatica|fa fatica|stento) (?:a |nel |di )?(?:respirare|respiro)|difficoltà respiratori[ae]|respiro (?:a fatica|con fatica|male|corto|affannoso|affannato|pesante|sibilante|strano|veloce|accelerato)|respirare (?:è |mi è )?(?:difficile|faticoso)',
      ),
      w(
        'manca (?:il respiro|l aria|il fiato|aria)|manca(?:nza)? (?:di|del) (?:respiro|fiato|aria)|fiato corto|senza fiato|(?:ho l |ho un |ho |in )?affanno|affannat[oa]|sto soffocando|soffoc\\w*|mi sto strozzando|ansim\\w*|sibilo|sibili|rantol\\w*',
      ),
      w(
        '(?:labbra|viso|faccia|dita|pelle) (?:' +
          gap(2) +
          ')?(?:blu|viola|violacee|violacea|cianotic\\w*|grigi[aeo]|bluastr\\w*)',
      ),
      w(
        '(?:viso|faccia|labbra|lingua|gola|bocca) (?:' +
          gap(2) +
          ')?(?:si (?:sta|stanno) gonfiando|gonfi[aeo]|si gonfia|si gonfiano|si chiude|si sta chiudendo|chiusa|stretta)|(?:si (?:sta|stanno) gonfiando|si gonfia|si gonfiano|si chiude|si sta chiudendo) (?:la |le |il )?(?:gola|lingua|labbra|faccia|viso)',
      ),
      w(
        'attacco (?:d |di )asma|crisi (?:d |di )?asm\\w*|asma grave|anafilas\\w*|anafilat\\w*|shock allergico|reazione allergica|edema della glottide|(?:smesso|smette|ha smesso) di respirare',
      ),
    ],
    // A blocked nose is a cold, not a lung: "non respiro col naso".
    unless: [w('respiro (?:col|dal|con il|bene col|bene dal) naso')],
  },
  {
    id: 'stroke-signs',
    kind: 'emergency',
    patterns: [
      w(
        '^ictus$|ictus|colpo apoplettico|ischemia cerebrale|attacco ischemico|infarto cerebrale|emorragia cerebrale|paresi|paralisi|paralizzat\\w*',
      ),
      w(
        '(?:bocca|faccia|viso|labbro|occhio) (?:' +
          gap(2) +
          ')?(?:storta|storto|cadente|abbassat[oa]|pende|cade|addormentat[oa]|intorpidit[oa]|paralizzat[oa]|immobile|asimmetric[oa])',
      ),
      w(
        `(?:metà|mezza|mezzo|un lato del|un lato della|il lato (?:destro|sinistro) del|la parte (?:destra|sinistra) del) (?:${gap(1)})?(?:corpo|faccia|viso|bocca)(?: ${WORD}){0,3} (?:intorpidit[oa]|addormentat[oa]|debole|pesante|paralizzat[oa]|insensibile|morto|morta|non (?:si muove|la sento|lo sento))`,
      ),
      w(
        'non (?:riesco|posso) (?:più )?(?:a |ad )?(?:muovere|alzare|sollevare|sentire) (?:il braccio|la mano|un braccio|una mano|la gamba|una gamba|metà|un lato|il lato)|non (?:sento|muovo) (?:più )?(?:il braccio|la mano|un braccio|metà|un lato|il lato|la faccia|mezza faccia)',
      ),
      w(
        'biascic\\w*|farfugli\\w*|parol[ae] impastat[ae]|parlo (?:male|strano|a fatica|impastato)|non riesco (?:più )?a parlare|(?:faccio fatica|fatico) a parlare|non trovo (?:più )?le parole|non mi escono le parole|parla (?:male|strano) all improvviso',
      ),
      w(
        '(?:braccio|mano) (?:' +
          gap(1) +
          ')?(?:debole|senza forza|molle|morto|morta|cade)|debolezza (?:improvvisa|al braccio|alla mano)|(?:confusione|intorpidimento|formicolio|debolezza) improvvis[oa]|improvvisamente (?:confus[oa]|intorpidit[oa]|debole)|all improvviso (?:confus[oa]|intorpidit[oa]|debole)',
      ),
    ],
  },
  {
    id: 'sudden-severe-headache',
    kind: 'emergency',
    patterns: [
      w(
        `(?:improvvis[oa]|improvvisamente|all improvviso|di colpo|di botto|violentissim[oa]|lancinante e improvvis[oa]|fortissim[oa] e improvvis[oa]) (?:${gap(3)})?(?:mal di testa|cefalea|emicrania|dolore alla testa|testa)|(?:mal di testa|cefalea|emicrania|dolore alla testa) (?:${gap(2)})?(?:improvvis[oa]|all improvviso|di colpo|di botto|a rombo di tuono|a colpo di tuono)`,
      ),
      w(
        '(?:il |un )?(?:peggior|peggiore|più forte|più brutto) (?:mal di testa|dolore alla testa|emicrania)|(?:mal di testa|emicrania) (?:più forte|peggiore|più brutto) (?:della mia vita|di sempre|mai avuto|che abbia mai avuto)|(?:mal di testa|emicrania) (?:mai avut[oa]|come mai prima)',
      ),
      w(
        '(?:battuto|sbattuto|picchiato|urtato|colpito|preso) (?:forte |la |una botta |un colpo |una botta alla |una botta in |un colpo alla |un colpo in )?(?:la |alla |in )?testa|(?:botta|colpo|trauma) (?:alla|in|di|sulla) testa|trauma cranico|commozione cerebrale|caduto di testa|caduta di testa|batte la testa',
      ),
      w(
        '(?:mal di testa|cefalea|emicrania) (?:' +
          gap(1) +
          ')?(?:dopo|da quando|in seguito a) (?:una |la |un |il |sono |ho )?(?:caduta|caduto|caduta|botta|colpo|incidente|battuto|sbattuto)',
      ),
      w(
        '(?:mal di testa|cefalea) (?:e|con) (?:il |la |un |una )?(?:collo rigido|rigidità (?:del|al) collo|vomito|febbre|confusione|macchie|eruzione)|collo rigido e (?:la |il )?(?:febbre|mal di testa)',
      ),
    ],
  },
  {
    id: 'sudden-vision-loss',
    kind: 'emergency',
    patterns: [
      w(
        'vedo doppio|visione doppia|vista doppia|visione sdoppiata|ci vedo doppio|(?:diventat[oa]|tutto) (?:nero|buio) (?:in|da) un occhio|velo nero|tenda (?:nera )?davanti (?:all |agli )?occh\\w*',
      ),
      w(
        `(?:improvvis[oa]|improvvisamente|all improvviso|di colpo) (?:${gap(3)})?(?:vista|vedo|cieco|cieca|visione|non vedo|non ci vedo)|(?:vista|visione) (?:${gap(1)})?(?:improvvisamente|all improvviso|di colpo)`,
      ),
      w(
        '(?:perso|perdo|perdendo|perdita (?:improvvisa )?(?:della|di)) (?:la )?vista|sono diventat[oa] ciec[oa]|ciec[oa] da un occhio|non (?:ci )?vedo (?:più|niente|nulla|da un occhio|dall occhio)|non riesco (?:più )?a vedere',
      ),
    ],
    // "Non vedo l'ora" is "I can't wait".
    unless: [w('vedo l ora|vedere l ora')],
  },
  {
    id: 'coughing-blood',
    kind: 'emergency',
    patterns: [
      w(
        '(?:toss\\w*|vomit\\w*|sput\\w*|rigurgit\\w*|sputacchi\\w*) (?:' +
          gap(2) +
          ')?sangue|(?:tosse|vomito|catarro|saliva) (?:con|di) sangue',
      ),
      w(
        'sangue (?:nel|nella|nelle|nei|col|con il) (?:vomito|saliva|sputo|catarro|muco|tosse|feci|cacca|pipì|pipi|urina|urine|espettorato)|(?:feci|cacca) (?:con sangue|nere|catramose|color pece)|ematemesi|emottisi',
      ),
    ],
  },
  {
    id: 'heavy-bleeding',
    kind: 'emergency',
    patterns: [
      w(
        '(?:sanguin\\w*|sanguino) (?:tanto|molto|parecchio|tantissimo|abbondantemente|a fiotti|senza sosta|di continuo|e non si ferma|e non smette)|non (?:smette|smetto|riesco a fermare|si ferma|si vuole fermare) (?:di sanguinare|il sangue|l emorragia)',
      ),
      w(
        '(?:tanto|molto|tantissimo|un sacco di|troppo|parecchio) sangue|perd\\w* (?:' +
          gap(1) +
          ')?sangue|sangue (?:ovunque|dappertutto|a fiotti|che esce|che cola|che non si ferma|non si ferma)',
      ),
      w('emorragi\\w*'),
      // Bleeding with no place named: "sanguino" may be anything, so it is treated as the worst.
      w(
        '^(?:ancora |ora |adesso )?sanguin\\w*|sto sanguinando|sanguino|sta sanguinando|continua a sanguinare',
      ),
    ],
  },
  {
    // Blood with no place named ("c'è sangue dappertutto", "vedo del sangue") is treated as the worst.
    id: 'blood',
    kind: 'emergency',
    patterns: [w('sangue|sanguin\\w*|insanguinat\\w*')],
    unless: [w(BLOOD_NOT_BLEEDING), w(FOOT), w(LEG)],
  },
  {
    id: 'swollen-calf',
    kind: 'emergency',
    patterns: [
      w(
        `(?:gamba|polpaccio|coscia) (?:${gap(2)})?(?:più|molto più) (?:gonfi[oa]|gross[oa]|grande|larg[oa]|spess[oa]) (?:dell altr[oa]|di quell[oa])`,
      ),
      w(
        `(?:gamba|gambe)(?: ${WORD}){0,3} (?:calda|calde|rossa|rosse|dolorante|doloranti) e (?:${SWOLLEN})`,
      ),
      w(
        `(?:polpaccio|polpacci)(?: ${WORD}){0,5} (?:${SWOLLEN}|cald[oi]|ross[oi]|arrossat[oi]|dur[oi]|tes[oi]|più gross[oi]|enorm[ei])`,
      ),
      w(
        `(?:${SWOLLEN}|rossore|calore|gonfiore e dolore|dolore e gonfiore) (?:${gap(1)})?(?:al|del|ai|dei|nel) (?:polpaccio|polpacci)`,
      ),
      w(
        `(?:gamba|gambe)(?: ${WORD}){0,4} (?:${SWOLLEN})(?: ${WORD}){0,3} (?:calda|calde|rossa|rosse|dolorante|doloranti|arrossat[ae]|tesa|tese|fa male|fanno male)|(?:calda|rossa|dolorante) e (?:${SWOLLEN}) (?:la |le )?(?:gamba|gambe)`,
      ),
      w('una gamba (?:' + gap(2) + ')?(?:più gonfia|più grossa|più grande|gonfia)'),
      w(
        `(?:${PAIN}|crampo|crampi) e (?:${SWOLLEN}) (?:${gap(1)})?(?:al|del|nel|alla|della) (?:polpaccio|polpacci|gamba)`,
      ),
      w(
        'trombo|trombi|trombos\\w*|tromboflebit\\w*|coagulo|coaguli|grumo di sangue|embolia|tvp|vena (?:chiusa|occlusa|bloccata)',
      ),
    ],
    unless: [w(PAST_CLOT)],
  },
  {
    id: 'fainting',
    kind: 'emergency',
    patterns: [
      w(
        'non (?:si sveglia|risponde|reagisce)|non riesco a svegliarl[oa]|privo di sensi|priva di sensi|incoscient\\w*',
      ),
      w(
        'sven\\w*|(?:perso|perdo|perdere|perdita dei|perdita di) (?:i sensi|sensi|conoscenza|coscienza)|mancament\\w*|collass\\w*|black ?out|stavo per cadere a terra|mi si è annebbiato tutto e',
      ),
      w(
        'convulsion\\w*|crisi epilettic\\w*|attacco epilettic\\w*|attacco di epilessia|crisi convulsiv\\w*',
      ),
    ],
  },
  {
    id: 'emergency-call',
    kind: 'emergency',
    patterns: [
      w('^emergenza$|^un emergenza$|^ambulanza$'),
      w(
        'ambulanza|centododici|centodiciotto|uno uno due|uno uno otto|(?:è|e) un emergenza|ho un emergenza|un emergenza medica|pronto soccorso|sto morendo(?! (?:di|dal|dalla|dalle|dai|dallo|d))|sto per morire|muoio(?! (?:di|dal|dalla|dalle|dai|dallo|d))|sento morire|^morendo$|^malissimo$|^(?:molto|davvero|veramente) male$|sto (?:molto|davvero|veramente|tanto) male|sto malissimo|chiama (?:un medico|i soccorsi|il medico|aiuto)|chiamate (?:un medico|i soccorsi|aiuto)',
      ),
    ],
    unless: [w('in caso di emergenza|numero (?:di|d) emergenza|per le emergenze|in emergenza')],
  },
  {
    id: 'poisoning',
    kind: 'emergency',
    patterns: [
      w(
        'avvelen\\w*|veleno|intossicat\\w*|intossicazione|(?:ingerito|bevuto|mandato giù|ingoiato) (?:della |un po di |dell )?(?:candeggina|varechina|detersivo|ammoniaca|qualcosa|veleno|soda)',
      ),
    ],
  },

  // --- doctor: no massage today; see a doctor soon ---
  {
    id: 'swollen-leg',
    kind: 'doctor',
    patterns: [
      w(
        `(?:gamba|gambe)(?: ${WORD}){0,4} (?:${SWOLLEN})|(?:${SWOLLEN}) (?:${gap(1)})?(?:alla |alle |della |delle )?(?:gamba|gambe)`,
      ),
    ],
  },
  {
    id: 'heavy-exhaustion',
    kind: 'doctor',
    patterns: [
      w(
        '(?:completamente|totalmente|estremamente|terribilmente|assolutamente|davvero troppo) (?:esaust[oa]|sfinit[oa]|distrutt[oa]|stremat[oa]|a pezzi|svuotat[oa])|esaust[oa] (?:che )?non (?:mi reggo|sto) in piedi|non mi reggo (?:più )?in piedi|sto in piedi a malapena|non sto in piedi|sfinimento totale|(?:distrutt[oa]|a pezzi|sfinit[oa]|esaust[oa]|mort[oa]|stremat[oa]) (?:dalla|per la|di) stanchezza|stanchezza (?:estrema|terribile|enorme|che non passa|cronica)|sindrome da stanchezza|burn ?out|esaurimento nervoso',
      ),
    ],
  },
  {
    id: 'skin-problem',
    kind: 'doctor',
    patterns: [
      w(
        'eczem\\w*|psorias\\w*|dermatit\\w*|eruzion\\w* cutane\\w*|orticaria|sfogo|sfoghi|macchie rosse|verruc\\w*|porr[oi]|piede d atleta|micos\\w*|fung[oh]i?|vescich[ei]|(?:una|ho una|mi è venuta una) vescica (?:sul|sulla|al|alla|sotto|tra|nel|nella)|bolla|bolle|ustion\\w*|scottatur\\w*|mi sono scottat\\w*|bruciatur\\w*|nodulo|noduli|bozzo|bozzi|grumo sotto la pelle|striscia rossa|strisce rosse|unghia (?:caduta|staccata|che si stacca)|(?:perso|persa) (?:un |l )?unghia|pelle (?:rotta|spaccata|lesionata|aperta)|ragad\\w*',
      ),
    ],
    unless: [w('vescica (?:urinaria|biliare|sessanta\\w*)|bolle l acqua|l acqua bolle')],
  },
  {
    id: 'past-clot',
    kind: 'doctor',
    patterns: [
      w(PAST_CLOT),
      w(
        'anticoagul\\w*|fluidific\\w* (?:il )?sangue|warfarin|coumadin|sintrom|eparina|clexane|apixaban|rivaroxaban|dabigatran|edoxaban|eliquis|xarelto|pradaxa|lixiana',
      ),
    ],
  },
  {
    id: 'high-fever',
    kind: 'doctor',
    patterns: [
      w(
        '^(?:la )?(?:temperatura|temperatura alta)$|^(?:ho |c ho )?(?:trentotto|trentanove|quaranta|38|39|40)(?: e (?:mezzo|mezza|[a-z]+))?(?: di febbre| gradi)?$|(?:trentotto|trentanove|quaranta|38|39|40) (?:e mezzo|gradi|di temperatura)',
      ),
      w(
        'febbr\\w*(?! da fieno)|febbricit\\w*|febbricola|febbrone|(?:temperatura|la temperatura) (?:alta|a trentotto|a trentanove|a quaranta)|(?:ho|c ho|con) (?:la )?temperatura|brividi (?:di freddo )?e (?:caldo|sudo|sudore)|scotto (?:tutto|tutta)|covid',
      ),
    ],
  },
  {
    id: 'diabetic-foot',
    kind: 'doctor',
    patterns: [
      w('^(?:intorpidimento|formicolio|formicolii|insensibilità|intorpidit[oa]|formicola)$'),
      w('(?:perso|perdo|perdendo|perdita (?:di|della)|non ho (?:più )?) (?:la |ogni )?sensibilità'),
      w('diabet\\w*|neuropati\\w*|glicemia|zucchero (?:alto|nel sangue)|zuccheri alti|insulina'),
      w(
        `(?:${FOOT}|${LEG}) (?:${gap(3)})?(?:intorpidit[oaie]|insensibil[ei]|addormentat[oaie] (?:sempre|spesso|di continuo|tutto il giorno)|formicol\\w*|mort[oaie] senza sensibilità|senza sensibilità)`,
      ),
      w(
        `(?:si )?addormenta(?:no)? (?:${gap(1)})?(?:il|i|la|le|l) (?:${FOOT}|${LEG})|(?:${FOOT}|${LEG}) (?:${gap(3)})?(?:si addormenta|si addormentano|formicola|formicolano)|(?:intorpidimento|formicolio|formicolii|insensibilità|perdita di sensibilità|bruciore|nessuna sensibilità) (?:${gap(1)})?(?:al|ai|alla|alle|del|dei|della|delle|nel|nei|sul|sui) (?:${FOOT}|${LEG})|non (?:sento|sento più|riesco a sentire) (?:bene )?(?:il |i |la |le |l |lo |gli )?(?:${FOOT})|intorpidimento`,
      ),
    ],
  },
  {
    id: 'foot-wound',
    kind: 'doctor',
    patterns: [
      w(
        '(?:pestato|calpestato|messo il piede su|camminato su) (?:un |una |dei |delle |del |un pezzo di )?(?:vetro|vetri|chiodo|chiodi|spina|spine|ago|puntina|scheggia|qualcosa di appuntito|qualcosa di tagliente)',
      ),
      w(
        `vene (?:${gap(2)})?(?:gonfie|sporgenti|in rilievo|ingrossate|attorcigliate|nodose|bluastre)|(?:${FOOT}|articolazione) (?:${gap(3)})?(?:ross[oaie]|cald[oaie]|arrossat[oaie]) e (?:${gap(2)})?(?:gonfi[oaie]|dolorant[ei]|fa male|fanno male|tes[oaie])`,
      ),
      w(
        `(?:taglio|tagli|taglietto) (?:${gap(1)})?(?:al|sul|sotto il|sotto al|nel|sulla|alla|sotto la|tra le) (?:${FOOT}|${LEG})|(?:tagliat[oa]|ferit[oa]|squarciat[oa]|bucat[oa]|punt[oa]) (?:${gap(1)})?(?:il |la |un |una |al |alla |sul |sulla |sotto il |sotto la )?(?:${FOOT}|${LEG})|(?:taglio|ferita|piaga|lesione) (?:profond[oa]|brutt[oa]|apert[oa]|che sanguina)|ferit[ae]|lacerazion\\w*|punti di sutura|punti in pronto soccorso|scheggia|schegge|puntura di chiodo|spina nel piede|spina sotto il piede`,
      ),
      w(
        'infett\\w*|infezion\\w*|pus|purulent\\w*|ascess\\w*|flemmone|erisipela|cancrena|gangrena|ulcer\\w*|piaga|piaghe|(?:ferita|taglio|piaga|vescica|bolla) (?:' +
          gap(3) +
          ')?(?:che )?non (?:guarisce|si rimargina|si chiude|passa|va via)|non (?:guarisce|si rimargina)|(?:dito|dita|pelle|unghia) (?:ner[oaie]|scur[oaie] e)|macchia nera',
      ),
      w(
        `(?:${FOOT}|${LEG}) (?:${gap(3)})?(?:ross[oaie]|cald[oaie]|arrossat[oaie]|che brucia|che bruciano|infuocat[oaie]) (?:e )?(?:${SWOLLEN}|${PAIN})|(?:ross[oaie]|cald[oaie]) e (?:${SWOLLEN}) (?:${gap(1)})?(?:${FOOT})`,
      ),
      w(
        'gotta|alluce valgo (?:' +
          gap(1) +
          ')?(?:rosso|caldo|gonfio|infiammato|infetto)|unghia incarnita|unghie incarnite|unghia incarnata',
      ),
    ],
  },
  {
    id: 'swollen-foot',
    kind: 'doctor',
    patterns: [
      w(
        `(?:${FOOT}) (?:${gap(4)})?(?:${SWOLLEN})|(?:${SWOLLEN}) (?:${gap(2)})?(?:${FOOT})|(?:mi si gonfiano|mi si gonfia|si gonfiano|si gonfia) (?:${gap(1)})?(?:${FOOT})`,
      ),
    ],
    unless: [w('incint\\w*|gravidanz\\w*|in attesa|trimestre')],
  },
  {
    id: 'foot-bleeding',
    kind: 'emergency',
    patterns: [
      w(
        `(?:sanguin\\w*|sangue|insanguinat\\w*) (?:${gap(6)})?(?:${FOOT}|${LEG})|(?:${FOOT}|${LEG}) (?:${gap(6)})?(?:sanguin\\w*|sangue|insanguinat\\w*)`,
      ),
    ],
    unless: [w(BLOOD_NOT_BLEEDING)],
  },
  {
    id: 'injury',
    kind: 'doctor',
    unless: [
      w(
        '(?:rott\\w*|rompe\\w*) (?:le scatole|le palle|i coglioni)|(?:sonno|notte|notti) (?:rott[oai]|interrott[oai])|(?:cuore|cuori) (?:rotto|spezzato)|cad\\w* dal sonno|cado dal sonno|cadere dal sonno|rompere il ghiaccio|acque rotte|rotte le acque|rottura delle acque',
      ),
    ],
    patterns: [
      w(
        'strapp\\w*|stirament\\w*|lesion\\w* (?:al|del|ai|dei) (?:legament\\w*|tendin\\w*|menisc\\w*|muscol\\w*)|legamento (?:rotto|lesionato|crociato)|tendine (?:rotto|lesionato|d achille)|operat[oa]|operazione|intervento chirurgico|chirurgi\\w*|sono stat[oa] operat[oa]',
      ),
      w(
        'non (?:riesco|posso|ce la faccio) (?:a |ad )?(?:appoggiare|poggiare|caricare|mettere giù) (?:' +
          gap(1) +
          ')?(?:il piede|peso|il peso|la gamba)',
      ),
      w(
        'rott[oaie]|rottura|frattur\\w*|incrinat\\w*|distorsion\\w*|slogat\\w*|slogatura|lussazion\\w*|lussat\\w*|(?:preso|presa) una storta|una storta|storta alla caviglia|girata la caviglia',
      ),
      w(
        `(?:storto|girato|slogato|sbattuto|schiacciato|pestato|battuto|colpito|urtato|ferito|fatto male a|fatta male a|fatto male al|fatta male al|fatto male alla|fatta male alla|fatto male all|fatta male all|preso a calci) (?:il |la |lo |un |una |l |al |alla |all |contro il |contro la |contro )?(?:${FOOT}|${LEG}|ginocchio|ginocchia)`,
      ),
      w(
        'sono (?:cadut[oa]|scivolat[oa]|inciampat[oa])|è cadut[oa]|^(?:cadut[oa]|scivolat[oa]|inciampat[oa])(?: (?:dalle|dal|dalla|dallo|per|a|in|male|giù)(?: [a-zà-ÿ]+){0,3})?$|(?:ho fatto|fatto) una (?:brutta )?caduta|brutta caduta|(?:infortun\\w*|incidente|trauma(?! cranico)) (?:' +
          gap(2) +
          ')?(?:ieri|oggi|recente|sportiv\\w*|al piede|alla caviglia|alla gamba|al ginocchio)|infortun\\w*|(?:dopo|reduce da) (?:un |l )?(?:operazione|intervento|infortunio)',
      ),
    ],
  },
  {
    id: 'heart-circulation',
    kind: 'doctor',
    patterns: [
      w(
        'soffr\\w* di cuore|malat[oa] di cuore|(?:problem[ai]|malatti[ae]|disturb[oi]|insufficienza|scompenso|soffio|difetto|patologi[ae]) (?:al |del |di |cardiac[oaie] ?)?(?:cuore|cardiac[oaie])|cardiopati\\w*|cardiopatic\\w*|(?:il )?cuore (?:che batte forte|impazzito|che salta|va a mille|che galoppa|in gola)|palpitazion\\w*|tachicardi\\w*|aritmi\\w*|extrasistol\\w*|fibrillazion\\w*|battito irregolare|pace ?maker|stent|by ?pass|cattiva circolazione|circolazione (?:scarsa|cattiva|lenta|difficile)|problemi (?:di|della|alla) circolazione|problemi circolatori|disturbi circolatori|pressione (?:del sangue |arteriosa |sanguigna )?(?:alta|bassa)|ipertension\\w*|ipertes[oa]|ipotension\\w*|ipotes[oa]|arteriopati\\w*|vasculopati\\w*|(?:ho avuto|avuto|avevo|già avuto) (?:un |l )?infarto|infarto (?:' +
          gap(3) +
          ')?(?:fa|l anno scorso|in passato)|pregresso infarto|varic\\w*|flebit\\w*|linfedem\\w*|edem\\w*|vene malate|problemi alle vene|insufficienza venosa',
      ),
      w(
        'cancro|tumor\\w*|chemio\\w*|radioterapia|metastas\\w*|osteoporosi|(?:malatti[ae]|insufficienza|problem[ai]|calcol[oi]) (?:ai |dei |del )?ren(?:ale|ali|i)|dialisi|epiless\\w*|epilettic\\w*',
      ),
    ],
  },

  // --- pregnancy: the pregnancy answer, and a "yes" at the safety question ---
  {
    id: 'pregnancy',
    kind: 'pregnancy',
    patterns: [
      w(`^(?:sono (?:alla |di |a )?)?(?:${WORD} ){1,2}(?:settimane|mesi)(?: di gravidanza)?$`),
      w(
        `(?:settimane|mesi) di gravidanza|(?:alla|nella) ${WORD} settimana|sono di (?:${WORD} ){1,2}(?:mesi|settimane)|(?:al|nel) (?:primo|secondo|terzo|quarto|quinto|sesto|settimo|ottavo|nono) mese|aspett(?:o|iamo|a) (?:un|una|due|i|il|la|dei|il mio|la mia|il nostro|la nostra)(?: (?:primo|prima|secondo|seconda|terzo|terza))? (?:bambin[oa]|bimb[oa]|figli[oa]|gemelli|gemelline|bebè|bebe|piccol[oa])|iperemesi|(?:rotte|rotto) le acque|rottura delle acque|mi si sono rotte|contrazion\\w*|travaglio|(?:il|del|al|dopo il|prima del|data del|data presunta del) parto|partorire|partorito|oltre il termine|(?:sono |ormai )?a termine|induzione`,
      ),
      w(
        'incint\\w*|gravidanz\\w*|gravida|gestant\\w*|in dolce attesa|sono in attesa|in attesa di un (?:bambin[oa]|bimb[oa]|figli[oa])|futura mamma|mamma in attesa|nausea mattutina|nausee mattutine|trimestre|pancione|il mio pancione|la mia ostetrica|l ostetrica|un ostetrica|fecondazione|fivet|procreazione assistita|stimolazione ovarica|transfer embrionale|concepi\\w*',
      ),
      w(
        '(?:cerco|cerchiamo|stiamo cercando|sto cercando|proviamo|stiamo provando|sto provando|provando|vorrei|vogliamo) (?:di |ad |a )?(?:rimanere incinta|restare incinta|avere un (?:bambin[oa]|bimb[oa]|figli[oa])|un (?:bambin[oa]|bimb[oa]|figli[oa])|concepire)',
      ),
      w(
        '(?:il|la) (?:bambin[oa]|bimb[oa]|piccol[oa]) (?:si muove|scalcia|mi tira calci|nascerà|deve nascere|è in arrivo)|(?:un|il) (?:bambin[oa]|bimb[oa]|bebè|bebe) in arrivo|nascerà (?:a|in|tra|fra)',
      ),
    ],
  },
];

/** "Non", "mai", "senza", "nessun...", "né": the sign right after them is not what was said. */
const NEGATION = new RegExp(
  `(?<![${LETTER}])(?:non|mai|senza|nessun|nessuna|nessuno|né|neanche|nemmeno|neppure|niente più)(?![${LETTER}])`,
);
/** "Non so", "non sono sicura": doubt, never a denial. */
const HEDGE = new RegExp(
  `(?<![${LETTER}])(?:non (?:lo )?so|non saprei|non (?:sono|sei) (?:sicur[oa]|cert[oa])|non ne sono (?:sicur[oa]|cert[oa])|forse|chissà|magari)(?![${LETTER}])`,
);

/** The typed slips of Italian: an apostrophe for an accent ("e'", "piu'", "perche'"). */
const ACCENT_TYPED: ReadonlyArray<[RegExp, string]> = [
  [/(^|[^a-z])e'(?=\s|$)/g, '$1è'],
  [/(^|[^a-z])(piu|gia|puo|cosi|perche|poiche|finche|pero|cioe|li|la|giu)'(?=\s|$)/g, '$1$2@'],
];
const ACCENTED: Readonly<Record<string, string>> = {
  piu: 'più',
  gia: 'già',
  puo: 'può',
  cosi: 'così',
  perche: 'perché',
  poiche: 'poiché',
  finche: 'finché',
  pero: 'però',
  cioe: 'cioè',
  li: 'lì',
  la: 'là',
  giu: 'giù',
};

/**
 * Lowercase, apostrophes read as a space between the elided words ("dell'alluce" → "dell
 * alluce"; "po'" → "po"), an apostrophe typed for an accent put back, punctuation gone, letters
 * with accents and digits kept, single spaces.
 */
export function normalise(text: string): string {
  let out = text.toLowerCase().replace(/[\u2018\u2019\u02bc`´]/g, "'");
  for (const [pattern, replacement] of ACCENT_TYPED) out = out.replace(pattern, replacement);
  out = out.replace(/([a-z]+)@/g, (_, word: string) => ACCENTED[word] ?? word);
  return out
    .replace(/[^a-z0-9à-öø-ÿ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const SAFETY: SafetyReading = { normalise, signs: SIGNS, negation: NEGATION, hedge: HEDGE };
