import type { CatchAllCues } from '../types';
import { w } from './safety-reading';

/*
 * Italian cues for the catch-all's words, against the Italian reading's normal form (lowercase,
 * accents kept, elisions split at the apostrophe: "dall'inizio" reads "dall inizio", "c'è"
 * "c è", "cos'hai" "cos hai"). Each is a few words a request of its kind cannot do without, tu
 * and Lei alike; whatever else is said around them is the person talking. Word edges are the
 * reading's own (its `w`): \b and \w know no accented letter, so a free word is WORD below, and
 * "è" and "più" also take the bare letter a keyboard without accents types.
 */

const WORD = '[a-z0-9à-öø-ÿ]+';
const REMINDER = 'promemoria(?: giornalier[oi]| quotidian[oi]| serale| serali| del massaggio)?';
const MASSAGE = '(?:massaggio|massaggi|massaggino|routine|sessione|seduta|trattamento)';
const LENGTH =
  '(?:breve|lunga|lungo|corta|corto|rapida|rapido|veloce|completa|completo|normale|standard|classica|classico|approfondita|approfondito|solita|solito)';

export const CATCH_ALL_CUES: CatchAllCues = {
  asks: {
    start: [
      w(
        `(?:inizia|iniziare|iniziamo|inizi|comincia|cominciare|cominciamo|cominci|avvia|avviare|avviamo|avvii|parti|partiamo|fai|fammi|facciamo|fare|farmi|faccia|mi fai|mi faccia|dammi|mi dai|mi dia|guidami|guidarmi|mi guidi|voglio|vorrei|mi piacerebbe|attacca|lancia) (?:un |una |il |la |lo |l |un po di |il mio |la mia |il solito |la solita )?(?:(?:piccolo|bel|buon|${LENGTH}) )?${MASSAGE}(?: ai piedi| al piede| del piede| dei piedi| plantare)?`,
      ),
      w(
        'massaggiami i piedi|massaggiarmi i piedi|mi massaggi i piedi|massaggio (?:ai|dei|al|del) pied[ei]|massaggio plantare',
      ),
    ],
    pause: [
      w(
        `pausa|pausetta|(?:metti|mettere|mettiamo|metta) in pausa|(?:fai|facciamo|fare|faccia) una pausa|aspetta(?! (?:un|una|il|la) (?:bambin|bimb|figli)${WORD})|aspetti|aspettate|aspettami|(?<!(?:per|da|circa|ogni|tra|fra|in|di|almeno|più di) )un (?:attimo|attimino|momento|momentino|secondo|minuto|istante)|^attimo$|dammi un (?:attimo|momento|secondo|minuto)|(?:fermati|fermiamoci|ferma|si fermi|stop) un (?:attimo|momento|secondo)|sospendi|sospendere|interrompi|interrompere|non così (?:veloce|in fretta)|non cos[iì] veloce`,
      ),
    ],
    resume: [
      w(
        `riprendi|riprendere|riprendiamo|riprenda|continua(?! a )|continuare|continuiamo|continui|vai avanti|andiamo avanti|va avanti|vada avanti|^avanti$|prosegui|proseguire|proseguiamo|prosegua|togli la pausa|riparti|ripartire|ripartiamo|(?:torna|torniamo|tornare) (?:al massaggio|alla routine)|(?:da )?dove eravamo rimasti|da dove ci siamo fermati|sono pront[oa]|eccomi|sono tornat[oa]|sono di nuovo qui|^(?:vai|dai|forza|andiamo)$`,
      ),
    ],
    next: [
      w(
        `prossimo passo|passo successivo|(?:il |la )?prossim[oa](?! (?:settimana|volta|mese|anno|giorno|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica))|(?:il |la )?successiv[oa]|(?:il |la )?seguente|(?:passa|passiamo|passi|vai|andiamo) (?:al prossimo|alla prossima|al successivo|alla successiva|oltre)|^e poi$|e poi cosa|poi cosa|cosa viene dopo|^e (?:adesso|ora)(?: cosa)?$|^fatto$|(?:fatto|finito) questo|ho (?:fatto|finito) (?:questo|questa|con questo)`,
      ),
    ],
    skip: [
      w(
        `salta|saltare|saltiamo|salti|saltalo|saltala|saltiamolo|saltiamola|(?:questo|questa|quello|quella) (?:passo |punto |esercizio )?no$|lascia (?:perdere|stare) (?:questo|questa|quello|quella)|skip|skippa|ometti|omettere|omettiamo|tralascia|tralasciamo|tralasciare`,
      ),
    ],
    back: [
      w(
        `(?:torna|tornare|torniamo|torni|vai|andiamo|vada) indietro|un passo indietro|^indietro$|(?:il|la|passo|punto|esercizio|quello|quella) precedente|(?:torna|torniamo|torni) (?:al|alla|a quello|a quella) (?:precedente|prima)|(?:quello|quella|il passo|il punto) (?:di )?prima|l ultimo passo`,
      ),
    ],
    repeat: [
      w(
        `ripeti|ripetere|ripetilo|ripetila|ripetimi|ripeta|ripetimelo|ripetiamo|ridillo|ridimmelo|(?:dillo|dimmelo|dimmi|leggi|rileggi|lo dica) di nuovo|^di nuovo$|ancora una volta|un altra volta|^ancora$|(?:cosa|che|cos) (?:hai|ha) detto|come (?:hai|ha) detto|^come$|come (?:scusa|dici|prego)|^scusa$|scusa (?:cosa|come)|non (?:ti |l |la )?ho (?:capito|sentito)|puoi ripetere|può ripetere|^eh$`,
      ),
    ],
    'start-over': [
      w(
        `ricomincia|ricominciare|ricominciamo|ricominci|da capo|daccapo|dall inizio|dal principio|da zero|riavvia|riavviare|riavviamo|(?:inizia|iniziamo|cominciamo|comincia) di nuovo|(?:torna|torniamo|tornare) all inizio|tutto da capo|rifa(?:re|cciamo) tutto`,
      ),
    ],
    stop: [
      w(
        `stop|^basta$|basta (?:così|cosi|adesso|ora|per oggi|grazie|stop|basta)|(?:ora|adesso|per oggi) basta|fermati(?! un)|ferma tutto|ferma il massaggio|^ferma$|^fermo$|fermiamoci(?! un)|smetti|smettere|smettiamo|smettila|termina|terminare|terminiamo|finisci|finire|finiamo|^fine$|(?:ho|abbiamo) finito$|chiudi (?:la skill|l app|l applicazione|tutto)|^chiudi$|^esci$|esci (?:dalla skill|dall app|da qui)|uscire dalla skill|arrivederci|ciao ciao|buonanotte|buona notte|a dopo|alla prossima|[eè] abbastanza|abbastanza così|per oggi [eè] tutto|[eè] tutto per oggi|spegni|spegniti|lascia (?:stare|perdere)$|non voglio più (?:continuare|farlo|andare avanti)`,
      ),
    ],
    help: [
      w(
        `aiuto(?! (?:per|con|contro|a) )|aiutami(?! (?:con|col|per|a) )|aiutatemi|mi (?:puoi|può) aiutare|(?:puoi|può) aiutarmi|mi aiuti(?! (?:con|col|per|a) )|(?:cosa|che) posso (?:dire|fare|chiedere)|(?:cosa|che) (?:puoi|sai|può|sa) fare|come (?:funziona|funzioni|si usa|ti uso)|(?:cosa|che) devo dire|sono confus[oa]|non capisco|mi sono pers[oa]|sono pers[oa]|non so cosa dire|istruzioni`,
      ),
    ],
    home: [
      w(
        `menu|menù|menu principale|schermata (?:iniziale|principale)|pagina (?:iniziale|principale)|home|(?:torna|tornare|vai|andiamo|torniamo) al men[uù]`,
      ),
    ],
    'time-left': [
      w(
        `quanto (?:tempo )?(?:ci |mi )?(?:manca|resta|rimane)|quanto (?:ci vuole|dura) ancora|quanti minuti (?:mancano|restano|rimangono)|manca (?:molto|tanto|poco)|tempo (?:rimanente|residuo)|minuti rimanenti|(?:abbiamo )?quasi finito|quasi fatto|quando (?:finiamo|finisce|abbiamo finito)|quanto ancora|ancora quanto|ci vuole ancora molto`,
      ),
    ],
    'where-am-i': [
      w(
        `dove siamo|^dove sono$|dove sono arrivat[oa]|a che punto (?:siamo|sono|[eè]|della routine)|in che fase siamo|che fase [eè]|a che passo siamo|che passo [eè]|quale passo [eè]|(?:cosa|che) stiamo facendo|(?:cosa|che) facciamo (?:ora|adesso)|^dove eravamo$|(?:fin )?dove siamo arrivati`,
      ),
    ],
    'tell-me-more': [
      w(
        `(?:dimmi|mi dica|raccontami|mi racconti) (?:qualcosa )?di pi[uù]|di pi[uù] su|raccontami|(?:spiegami|spiega|mi spieghi|mi spiega) (?:meglio|di pi[uù]|questo)|pi[uù] (?:dettagli|informazioni|info)|maggiori (?:informazioni|dettagli)|approfondisci|approfondire|approfondiamo|(?:entra|entriamo) nel dettaglio|nel dettaglio|saperne di pi[uù]|qualcosa in pi[uù]|dimmi altro`,
      ),
    ],
    thanks: [
      w(
        `grazie|grazie mille|mille grazie|grazie tante|ti ringrazio|la ringrazio|molto gentile|gentilissim[oa]|sei gentile|grazie di tutto|thank you`,
      ),
    ],
    contraindications: [
      w(
        `controindicazion[ei]|controindicat[oaie]|quando non (?:si deve|devo|dovrei|bisogna|va fatto|si dovrebbe|farlo|fare|massaggiare|[eè] consigliato)|quando (?:[eè] meglio )?evitar(?:e|lo)|chi non (?:deve|dovrebbe|può|puo)|(?:[eè]|può essere) (?:sicuro|pericoloso|rischioso|sconsigliato|adatto a tutti)|pericol[oi]|rischi|ci sono rischi|effetti (?:collaterali|indesiderati)|sconsigliat[oa]|precauzioni|posso farlo (?:anche )?se|sicuro per me`,
      ),
      w(
        `(?:sicuro|pericoloso|rischioso|sconsigliato|controindicato)(?: ${WORD}){0,3} ${MASSAGE}(?: ai piedi| al piede| dei piedi| plantare)?|${MASSAGE}(?: ai piedi| al piede| dei piedi| plantare)?(?: ${WORD}){0,3} (?:sicuro|pericoloso|rischioso|sconsigliato|controindicato)`,
      ),
    ],
    'forget-me': [
      w(
        `(?:dimentica|dimenticati|dimentichi|cancella|cancelli|elimina|elimini|rimuovi|rimuova|togli|azzera|resetta) (?:me|i miei dati|tutti i miei dati|tutto quello che sai|quello che sai|tutto su di me|la mia cronologia|il mio profilo|i miei progressi|le mie informazioni)|dimenticami|cancellami|i miei dati|la mia cronologia|i miei progressi|le mie informazioni|dati personali`,
      ),
    ],
    'reminder-cancel': [
      w(
        `(?:cancella|cancellare|cancelli|elimina|eliminare|elimini|rimuovi|rimuovere|togli|togliere|disattiva|disattivare|disattivi|annulla|annullare|annulli|spegni|non voglio più|non voglio) (?:il |i |la |le |un |il mio |i miei |questo |quel |quello |tutti i )?${REMINDER}|non (?:mi )?(?:ricordare|ricordarmelo|ricordarmi) più|(?:smetti|smettila|smetta) di ricordarmi|non ricordarmelo più|niente (?:più )?promemoria|basta promemoria`,
      ),
    ],
    'reminder-move': [
      w(
        `(?:cambia|cambiare|cambi|sposta|spostare|sposti|modifica|modificare|modifichi|anticipa|anticipare|posticipa|posticipare|rimanda|rimandare|reimposta) (?:il |i |il mio |i miei |quel |questo |l orario del |l ora del |l orario del mio )?${REMINDER}|(?:metti|mettere|imposta|impostare) (?:il|il mio) ${REMINDER} (?:alle|a|per|più tardi|prima)|${REMINDER} (?:più tardi|prima|a un altra ora|ad un altra ora|a un altro orario|a un orario diverso)|(?:orario|ora) del ${REMINDER}|altro orario per il ${REMINDER}`,
      ),
    ],
    'reminder-status': [
      w(
        `(?:che|quali|quale|quanti|ho|c è|ci sono|a che ora|quando|controlla|verifica|mostrami|elenca)(?: ${WORD}){0,2} ${REMINDER}|${REMINDER} (?:attiv[oi]|impostat[oi]|programmat[oi]|ho|ci sono)|i miei promemoria|(?:a che ora|quando) mi (?:ricordi|avvisi|ricorderai)`,
      ),
    ],
    'reminder-set': [
      w(
        `ricordami(?! (?:cosa|come|qual|quale|dove|il nome|che cosa|di nuovo))|ricordatemi|mi ricordi (?:di|ogni|tutti|tutte|alle|domani|stasera)|(?<!(?:riesco|riuscire|riesci) a )ricordarmi (?:di|ogni|tutti|tutte|alle|domani|stasera)|mi ricorderai|(?:metti|mettere|mettimi|imposta|impostare|impostami|crea|creare|programma|programmare|aggiungi|aggiungere|attiva|attivare|fissa|fissami|fammi|mi metti|mi imposti|mi crei|configura) (?:un |mi un |dei |i )?${REMINDER}|${REMINDER} (?:ogni|per|alle|tutti i|tutte le)|un promemoria`,
      ),
      // "Ricordami di fare il massaggio": what to be reminded of is part of the request.
      w(`(?:ricordami|ricordatemi|mi ricordi|ricordarmi) di(?: ${WORD}){1,6}`),
    ],
  },
  tender: w(
    `(?:mi )?(?:fa|fanno) (?:un po |molto |tanto |parecchio |proprio |davvero )?male|dolorant[ei]|doloros[oaie]|dolore|dolori|indolenzit[oaie]|sensibil[ei]|duole|dolgono|ahi|ahia|ahio|ahi ahi|mi tira|tirano|brucia|bruciano|pizzica|punge|pungono|tes[oaie]|contratt[oaie]|rigid[oaie]|nodo|nodi|granulos[oaie]|granelli|cristalli|delicat[oaie]`,
  ),
  linked: w(
    `collegat[oaie]|collega|collegano|collegamento|connes{2}[oaie]|connette|corrispond[eo]|corrispondono|corrispondente|corrispondenza|rappresenta|rappresentano|legat[oaie]|associat[oaie]|in relazione con|ha a che fare|c entra|a (?:cosa|che) serve|(?:cosa|che) riflette|riflette|rispecchia|(?:che|quale|quali) organ[oi]|(?:che|quale) parte del (?:corpo|piede)|(?:che|quale) zona|dove sul piede|agisce su`,
  ),
  // A length word alone ("quella lunga") stands for the routine only as the whole answer: "una
  // camminata lunga" or "la lunga giornata" is a complaint.
  routine: w(
    `${MASSAGE}|versione|programma|sequenza|giro|(?:il|la|quello|quella) ${LENGTH}(?=$| per favore| grazie| oggi| allora| stavolta| questa volta| dai)`,
  ),
};
