// Everyday Italian phrasings for the Italian model, written from the catalog and from how people in Italy
// ask (fillers, "per favore", tu and Lei mixed, regional words), never from the model's samples: this
// measures the model, it does not copy it. Times are AMAZON.TIME values ("21:00").
export const PHRASINGS: ReadonlyArray<{
  text: string;
  intent: string;
  slots?: Record<string, string>;
}> = [
  // StartMassageIntent
  { text: 'inizia il massaggio ai piedi', intent: 'StartMassageIntent' },
  { text: 'iniziamo il massaggio', intent: 'StartMassageIntent' },
  { text: 'facciamo un massaggio ai piedi', intent: 'StartMassageIntent' },
  { text: 'vorrei fare un massaggio ai piedi', intent: 'StartMassageIntent' },
  { text: 'mi guidi in un massaggio ai piedi per favore', intent: 'StartMassageIntent' },
  { text: 'dai cominciamo con il massaggio', intent: 'StartMassageIntent' },
  { text: 'allora partiamo con il massaggio dei piedi', intent: 'StartMassageIntent' },
  { text: 'ho voglia di massaggiarmi i piedi', intent: 'StartMassageIntent' },
  { text: 'avvia il massaggio', intent: 'StartMassageIntent' },
  { text: 'è ora del massaggio ai piedi', intent: 'StartMassageIntent' },
  { text: 'fammi un massaggio veloce', intent: 'StartMassageIntent', slots: { length: 'quick' } },
  {
    text: 'un massaggio rapido per favore',
    intent: 'StartMassageIntent',
    slots: { length: 'quick' },
  },
  {
    text: 'ho poco tempo facciamo quello breve',
    intent: 'StartMassageIntent',
    slots: { length: 'quick' },
  },
  { text: 'inizia il massaggio veloce', intent: 'StartMassageIntent', slots: { length: 'quick' } },
  {
    text: 'facciamo il massaggio normale',
    intent: 'StartMassageIntent',
    slots: { length: 'standard' },
  },
  {
    text: 'voglio il massaggio completo',
    intent: 'StartMassageIntent',
    slots: { length: 'standard' },
  },
  {
    text: 'inizia un massaggio standard',
    intent: 'StartMassageIntent',
    slots: { length: 'standard' },
  },
  {
    text: 'oggi facciamo quello lungo',
    intent: 'StartMassageIntent',
    slots: { length: 'thorough' },
  },
  {
    text: 'vorrei un massaggio approfondito',
    intent: 'StartMassageIntent',
    slots: { length: 'thorough' },
  },
  {
    text: 'inizia il massaggio accurato',
    intent: 'StartMassageIntent',
    slots: { length: 'thorough' },
  },

  // FindPointIntent
  {
    text: 'dove premo per il mal di testa',
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: 'dove devo premere se ho mal di testa',
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: 'ho un gran mal di testa cosa posso fare',
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: "c'è un punto per l'emicrania",
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: 'cosa aiuta contro il mal di testa',
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: 'non riesco a dormire dove premo',
    intent: 'FindPointIntent',
    slots: { complaint: 'insomnia' },
  },
  { text: "un punto per l'insonnia", intent: 'FindPointIntent', slots: { complaint: 'insomnia' } },
  {
    text: 'sono stressato cosa mi consigli',
    intent: 'FindPointIntent',
    slots: { complaint: 'stress' },
  },
  { text: 'un punto contro lo stress', intent: 'FindPointIntent', slots: { complaint: 'stress' } },
  { text: "dove premo per l'ansia", intent: 'FindPointIntent', slots: { complaint: 'anxiety' } },
  {
    text: 'sono stanchissima dove devo premere',
    intent: 'FindPointIntent',
    slots: { complaint: 'tiredness' },
  },
  {
    text: 'ho il collo e le spalle tutti contratti',
    intent: 'FindPointIntent',
    slots: { complaint: 'neck-shoulder-tension' },
  },
  {
    text: 'mi fa male la schiena in basso',
    intent: 'FindPointIntent',
    slots: { complaint: 'lower-back-pain' },
  },
  {
    text: 'dove premo per il mal di schiena',
    intent: 'FindPointIntent',
    slots: { complaint: 'lower-back-pain' },
  },
  {
    text: 'ho la sciatica cosa posso premere',
    intent: 'FindPointIntent',
    slots: { complaint: 'sciatica' },
  },
  {
    text: 'ho il naso tappato',
    intent: 'FindPointIntent',
    slots: { complaint: 'sinus-congestion' },
  },
  {
    text: 'un punto per il raffreddore',
    intent: 'FindPointIntent',
    slots: { complaint: 'common-cold' },
  },
  { text: 'mi fa male un dente', intent: 'FindPointIntent', slots: { complaint: 'toothache' } },
  {
    text: 'dove si preme per il mal di denti',
    intent: 'FindPointIntent',
    slots: { complaint: 'toothache' },
  },
  { text: 'ho la nausea', intent: 'FindPointIntent', slots: { complaint: 'nausea' } },
  {
    text: 'mi viene da vomitare dove premo',
    intent: 'FindPointIntent',
    slots: { complaint: 'nausea' },
  },
  {
    text: 'ho mangiato troppo e non digerisco',
    intent: 'FindPointIntent',
    slots: { complaint: 'indigestion' },
  },
  { text: 'ho la pancia gonfia', intent: 'FindPointIntent', slots: { complaint: 'bloating' } },
  {
    text: 'un punto per il bruciore di stomaco',
    intent: 'FindPointIntent',
    slots: { complaint: 'heartburn' },
  },
  {
    text: 'cosa aiuta per la stitichezza',
    intent: 'FindPointIntent',
    slots: { complaint: 'constipation' },
  },
  {
    text: 'ho i dolori mestruali',
    intent: 'FindPointIntent',
    slots: { complaint: 'menstrual-cramps' },
  },
  {
    text: 'dove premo per il mal di pancia del ciclo',
    intent: 'FindPointIntent',
    slots: { complaint: 'menstrual-cramps' },
  },
  { text: 'mi gira la testa', intent: 'FindPointIntent', slots: { complaint: 'dizziness' } },
  {
    text: 'ho gli occhi stanchi dal computer',
    intent: 'FindPointIntent',
    slots: { complaint: 'eye-strain' },
  },
  { text: 'mi fischiano le orecchie', intent: 'FindPointIntent', slots: { complaint: 'tinnitus' } },
  { text: 'ho mal di gola', intent: 'FindPointIntent', slots: { complaint: 'sore-throat' } },
  {
    text: 'un punto per la tosse per favore',
    intent: 'FindPointIntent',
    slots: { complaint: 'cough' },
  },
  { text: 'mi fa male il ginocchio', intent: 'FindPointIntent', slots: { complaint: 'knee-pain' } },
  {
    text: "dove premo per il dolore all'anca",
    intent: 'FindPointIntent',
    slots: { complaint: 'hip-pain' },
  },
  { text: 'mi fa male il tallone', intent: 'FindPointIntent', slots: { complaint: 'heel-pain' } },
  { text: 'ho le gambe pesanti', intent: 'FindPointIntent', slots: { complaint: 'tired-legs' } },
  {
    text: 'mi vengono i crampi alle gambe',
    intent: 'FindPointIntent',
    slots: { complaint: 'leg-cramps' },
  },
  {
    text: 'ho sempre i piedi freddi',
    intent: 'FindPointIntent',
    slots: { complaint: 'cold-feet' },
  },
  { text: "ho mal d'orecchie", intent: 'FindPointIntent', slots: { complaint: 'ear-pain' } },
  { text: 'sono giù di morale', intent: 'FindPointIntent', slots: { complaint: 'low-mood' } },
  {
    text: 'non riesco a concentrarmi',
    intent: 'FindPointIntent',
    slots: { complaint: 'poor-concentration' },
  },
  {
    text: 'sono nervoso e irritabile',
    intent: 'FindPointIntent',
    slots: { complaint: 'irritability' },
  },

  {
    text: 'mi può dire dove premere per il mal di testa',
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: 'ho un mal di capo terribile',
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: 'ho la cervicale che mi tira',
    intent: 'FindPointIntent',
    slots: { complaint: 'neck-shoulder-tension' },
  },
  {
    text: 'mi è venuto il colpo della strega',
    intent: 'FindPointIntent',
    slots: { complaint: 'lower-back-pain' },
  },
  { text: "ho l'acidità di stomaco", intent: 'FindPointIntent', slots: { complaint: 'heartburn' } },
  {
    text: 'sono raffreddato che punto premo',
    intent: 'FindPointIntent',
    slots: { complaint: 'common-cold' },
  },
  {
    text: 'cosa posso premere per dormire meglio',
    intent: 'FindPointIntent',
    slots: { complaint: 'insomnia' },
  },
  {
    text: 'mi sento agitata e in ansia',
    intent: 'FindPointIntent',
    slots: { complaint: 'anxiety' },
  },
  {
    text: 'ho dolore alla caviglia quando cammino',
    intent: 'FindPointIntent',
    slots: { complaint: 'ankle-pain' },
  },
  {
    text: 'ho problemi alla vista',
    intent: 'FindPointIntent',
    slots: { complaint: 'eye-trouble' },
  },
  {
    text: 'ho male alla colonna',
    intent: 'FindPointIntent',
    slots: { complaint: 'spine-problems' },
  },

  // ContraindicationsIntent
  { text: 'dimmi le controindicazioni', intent: 'ContraindicationsIntent' },
  { text: 'quando non devo farlo', intent: 'ContraindicationsIntent' },
  { text: 'ci sono dei rischi', intent: 'ContraindicationsIntent' },
  { text: 'chi non dovrebbe fare il massaggio ai piedi', intent: 'ContraindicationsIntent' },

  // Built-ins and short answers
  { text: 'pausa', intent: 'AMAZON.PauseIntent' },
  { text: 'aspetta un attimo', intent: 'AMAZON.PauseIntent' },
  { text: 'fermati un momento', intent: 'AMAZON.PauseIntent' },
  { text: 'riprendi', intent: 'AMAZON.ResumeIntent' },
  { text: 'continuiamo', intent: 'AMAZON.ResumeIntent' },
  { text: 'avanti', intent: 'AMAZON.NextIntent' },
  { text: 'il prossimo', intent: 'AMAZON.NextIntent' },
  { text: 'indietro', intent: 'AMAZON.PreviousIntent' },
  { text: 'torna al passo prima', intent: 'AMAZON.PreviousIntent' },
  { text: 'ripeti', intent: 'AMAZON.RepeatIntent' },
  { text: 'puoi ripetere per favore', intent: 'AMAZON.RepeatIntent' },
  { text: 'come hai detto', intent: 'AMAZON.RepeatIntent' },
  { text: 'ricomincia da capo', intent: 'AMAZON.StartOverIntent' },
  { text: "ricominciamo dall'inizio", intent: 'AMAZON.StartOverIntent' },
  { text: 'aiuto', intent: 'AMAZON.HelpIntent' },
  { text: 'cosa posso dire', intent: 'AMAZON.HelpIntent' },
  { text: 'stop', intent: 'AMAZON.StopIntent' },
  { text: 'basta così', intent: 'AMAZON.StopIntent' },
  { text: 'annulla', intent: 'AMAZON.CancelIntent' },
  { text: 'sì', intent: 'AMAZON.YesIntent' },
  { text: 'sì certo', intent: 'AMAZON.YesIntent' },
  { text: 'va bene', intent: 'AMAZON.YesIntent' },
  { text: 'no', intent: 'AMAZON.NoIntent' },
  { text: 'no grazie', intent: 'AMAZON.NoIntent' },
  { text: 'niente di tutto questo', intent: 'AMAZON.NoIntent' },
  { text: 'torna al menu principale', intent: 'AMAZON.NavigateHomeIntent' },
  { text: 'non so', intent: 'NotSureIntent' },
  { text: 'boh non ne sono sicura', intent: 'NotSureIntent' },
  { text: 'forse', intent: 'NotSureIntent' },
  { text: 'salta questo passo', intent: 'SkipIntent' },
  { text: 'passa oltre', intent: 'SkipIntent' },
  { text: 'dimmi di più', intent: 'TellMeMoreIntent' },
  { text: 'raccontami meglio', intent: 'TellMeMoreIntent' },
  { text: 'a che punto siamo', intent: 'WhereAmIIntent' },
  { text: 'dove siamo arrivati', intent: 'WhereAmIIntent' },
  { text: 'quanto manca', intent: 'TimeLeftIntent' },
  { text: 'quanto tempo ci vuole ancora', intent: 'TimeLeftIntent' },
  { text: 'quanti minuti mancano', intent: 'TimeLeftIntent' },

  { text: 'per oggi basta grazie', intent: 'AMAZON.StopIntent' },
  { text: 'lascia perdere', intent: 'AMAZON.CancelIntent' },
  { text: 'vai al prossimo passo', intent: 'AMAZON.NextIntent' },
  { text: 'puoi continuare per favore', intent: 'AMAZON.ResumeIntent' },
  { text: 'sì grazie volentieri', intent: 'AMAZON.YesIntent' },
  { text: 'no per ora no', intent: 'AMAZON.NoIntent' },
  { text: 'che cosa posso chiederti', intent: 'AMAZON.HelpIntent' },

  // ChoosePostureIntent
  { text: 'il piede sulla coscia', intent: 'ChoosePostureIntent', slots: { posture: 'thigh' } },
  {
    text: "metto il piede sull'altra gamba",
    intent: 'ChoosePostureIntent',
    slots: { posture: 'thigh' },
  },
  { text: 'il piede sulla sedia', intent: 'ChoosePostureIntent', slots: { posture: 'chair-seat' } },
  {
    text: 'preferisco appoggiarlo sul sedile',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'chair-seat' },
  },
  {
    text: 'sul bordo della sedia',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'chair-edge' },
  },
  { text: 'mezza seduta', intent: 'ChoosePostureIntent', slots: { posture: 'chair-edge' } },
  { text: 'sdraiata', intent: 'ChoosePostureIntent', slots: { posture: 'lying' } },
  { text: 'mi sdraio sul letto', intent: 'ChoosePostureIntent', slots: { posture: 'lying' } },

  // TenderSpotIntent
  { text: "mi faceva male l'alluce", intent: 'TenderSpotIntent', slots: { zone: 'big-toe' } },
  { text: 'il secondo dito', intent: 'TenderSpotIntent', slots: { zone: 'toe-tips-2-3' } },
  { text: 'il mignolo era sensibile', intent: 'TenderSpotIntent', slots: { zone: 'outer-toes' } },
  { text: 'alla base delle dita', intent: 'TenderSpotIntent', slots: { zone: 'toe-base' } },
  { text: "sotto l'avampiede", intent: 'TenderSpotIntent', slots: { zone: 'ball-of-foot' } },
  { text: "nell'arco del piede", intent: 'TenderSpotIntent', slots: { zone: 'arch' } },
  { text: 'sul bordo interno', intent: 'TenderSpotIntent', slots: { zone: 'inner-sole-edge' } },
  {
    text: 'il lato esterno del piede',
    intent: 'TenderSpotIntent',
    slots: { zone: 'outer-sole-edge' },
  },
  { text: 'il tallone mi dava fastidio', intent: 'TenderSpotIntent', slots: { zone: 'heel' } },
  {
    text: 'la caviglia dalla parte interna',
    intent: 'TenderSpotIntent',
    slots: { zone: 'inner-ankle' },
  },
  { text: 'il malleolo esterno', intent: 'TenderSpotIntent', slots: { zone: 'outer-ankle' } },
  { text: 'sul collo del piede', intent: 'TenderSpotIntent', slots: { zone: 'top-of-foot' } },

  // BodyMapIntent
  {
    text: 'quale parte del piede corrisponde alla testa',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'head' },
  },
  { text: 'dove sono gli occhi sul piede', intent: 'BodyMapIntent', slots: { bodyPart: 'eyes' } },
  {
    text: 'che zona del piede è collegata alle orecchie',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'ears' },
  },
  {
    text: 'dove trovo lo stomaco sul piede',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'stomach' },
  },
  {
    text: 'dove sono le spalle nella pianta del piede',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'shoulders' },
  },
  {
    text: 'quale zona del piede corrisponde alla colonna vertebrale',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'spine' },
  },
  { text: "dov'è l'intestino sul piede", intent: 'BodyMapIntent', slots: { bodyPart: 'bowels' } },
  { text: 'a cosa è collegato il tallone', intent: 'BodyMapIntent', slots: { zone: 'heel' } },
  { text: "a cosa corrisponde l'alluce", intent: 'BodyMapIntent', slots: { zone: 'big-toe' } },

  { text: 'dove sono i polmoni sul piede', intent: 'BodyMapIntent', slots: { bodyPart: 'lungs' } },
  {
    text: 'quale punto del piede corrisponde alle ginocchia',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'knees' },
  },
  {
    text: 'dove si trova il nervo sciatico sul piede',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'sciatic-nerve' },
  },
  {
    text: 'che zona del piede è legata ai seni nasali',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'sinuses' },
  },
  { text: "a cosa è collegato l'arco del piede", intent: 'BodyMapIntent', slots: { zone: 'arch' } },

  // PointInfoIntent
  { text: 'mi parla della milza quattro', intent: 'PointInfoIntent', slots: { point: 'spleen-4' } },
  { text: 'dove si trova rene tre', intent: 'PointInfoIntent', slots: { point: 'kidney-3' } },
  {
    text: 'a cosa serve vescicola biliare trentaquattro',
    intent: 'PointInfoIntent',
    slots: { point: 'gallbladder-34' },
  },
  {
    text: 'come trovo il punto stomaco quarantaquattro',
    intent: 'PointInfoIntent',
    slots: { point: 'stomach-44' },
  },
  {
    text: 'dimmi qualcosa su vescica sessantasette',
    intent: 'PointInfoIntent',
    slots: { point: 'bladder-67' },
  },
  { text: "dov'è rene uno", intent: 'PointInfoIntent', slots: { point: 'kidney-1' } },
  { text: 'parlami del punto fegato tre', intent: 'PointInfoIntent', slots: { point: 'liver-3' } },
  { text: 'dove si trova milza sei', intent: 'PointInfoIntent', slots: { point: 'spleen-6' } },
  {
    text: 'cosa fa il punto stomaco trentasei',
    intent: 'PointInfoIntent',
    slots: { point: 'stomach-36' },
  },
  {
    text: 'dimmi del punto vescica sessanta',
    intent: 'PointInfoIntent',
    slots: { point: 'bladder-60' },
  },
  {
    text: 'dove trovo la sorgente gorgogliante',
    intent: 'PointInfoIntent',
    slots: { point: 'kidney-1' },
  },

  // ExplainTopicIntent
  {
    text: 'spiegami i punti di allarme',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'alarm-points' },
  },
  { text: 'cosa sono i meridiani', intent: 'ExplainTopicIntent', slots: { topic: 'meridians' } },
  {
    text: "che cos'è la riflessologia",
    intent: 'ExplainTopicIntent',
    slots: { topic: 'reflexology' },
  },
  {
    text: 'come si fa la digitopressione',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'how-to' },
  },
  { text: 'ogni quanto lo devo fare', intent: 'ExplainTopicIntent', slots: { topic: 'how-often' } },
  { text: 'deve fare male', intent: 'ExplainTopicIntent', slots: { topic: 'should-it-hurt' } },
  {
    text: 'quale dito uso per premere',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'which-finger' },
  },
  {
    text: 'quanto forte devo premere',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'pressure-degrees' },
  },
  {
    text: 'qual è il momento migliore per farlo',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'best-time' },
  },

  {
    text: 'cosa sono i punti di armonizzazione',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'harmonising-points' },
  },
  {
    text: 'a cosa serve il punto di stimolazione',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'excitation-points' },
  },
  {
    text: 'spiegami i punti calmanti',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'soothing-points' },
  },
  {
    text: 'che tipi di punti ci sono',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'kinds-of-points' },
  },
  {
    text: 'quanto deve durare una seduta',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'session-length' },
  },
  {
    text: 'in che direzione devo massaggiare',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'which-direction' },
  },
  {
    text: 'mi spieghi le zone del piede',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'foot-zones' },
  },
  {
    text: "che differenza c'è tra piede destro e sinistro",
    intent: 'ExplainTopicIntent',
    slots: { topic: 'left-and-right' },
  },
  {
    text: 'perché alcuni punti fanno male',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'tender-spots' },
  },
  {
    text: 'in che posizione mi devo mettere',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'positions' },
  },

  // FootTemperatureIntent
  {
    text: 'ho i piedi freddi e sudati',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'cold', moisture: 'damp' },
  },
  {
    text: 'i miei piedi sono caldi e secchi',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'hot', moisture: 'dry' },
  },
  {
    text: 'ho i piedi tiepidi e asciutti',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'warm', moisture: 'dry' },
  },
  {
    text: 'il piede destro è caldo e il sinistro è freddo',
    intent: 'FootTemperatureIntent',
    slots: { left: 'cold', right: 'warm' },
  },

  // Reminders
  { text: 'ricordamelo ogni sera', intent: 'SetReminderIntent' },
  { text: 'metti un promemoria per il massaggio', intent: 'SetReminderIntent' },
  { text: 'ricordamelo alle nove di sera', intent: 'SetReminderIntent', slots: { time: '21:00' } },
  {
    text: 'mettimi un promemoria alle ventuno',
    intent: 'SetReminderIntent',
    slots: { time: '21:00' },
  },
  {
    text: 'ricordami alle otto e mezza di sera',
    intent: 'SetReminderIntent',
    slots: { time: '20:30' },
  },
  { text: 'quando suona il mio promemoria', intent: 'ReminderStatusIntent' },
  { text: 'a che ora è il promemoria', intent: 'ReminderStatusIntent' },
  {
    text: 'sposta il promemoria alle dieci di sera',
    intent: 'MoveReminderIntent',
    slots: { time: '22:00' },
  },
  { text: "cambia l'orario del promemoria", intent: 'MoveReminderIntent' },
  { text: 'cancella il promemoria', intent: 'CancelReminderIntent' },
  { text: 'non voglio più il promemoria', intent: 'CancelReminderIntent' },

  {
    text: 'me lo ricorda ogni giorno alle otto di sera per cortesia',
    intent: 'SetReminderIntent',
    slots: { time: '20:00' },
  },
  {
    text: 'sposta il promemoria alle venti e trenta',
    intent: 'MoveReminderIntent',
    slots: { time: '20:30' },
  },
  { text: 'ho un promemoria impostato', intent: 'ReminderStatusIntent' },
  { text: 'togli il promemoria per favore', intent: 'CancelReminderIntent' },

  // ForgetMyDataIntent
  { text: 'dimentica i miei dati', intent: 'ForgetMyDataIntent' },
  { text: 'cancella tutto quello che sai di me', intent: 'ForgetMyDataIntent' },

  // ThanksIntent
  { text: 'grazie', intent: 'ThanksIntent' },
  { text: 'grazie mille', intent: 'ThanksIntent' },
  { text: 'ti ringrazio molto gentile', intent: 'ThanksIntent' },
  // The help lines' own examples: what the skill tells people to say must be heard.
  { text: 'inizia un massaggio veloce', intent: 'StartMassageIntent', slots: { length: 'quick' } },
  {
    text: 'ho i piedi freddi e umidi',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'cold', moisture: 'damp' },
  },
  { text: 'ricomincia', intent: 'AMAZON.StartOverIntent' },
  { text: 'ricordamelo alle ventuno', intent: 'SetReminderIntent', slots: { time: '21:00' } },
  {
    text: 'sposta il promemoria alle ventidue',
    intent: 'MoveReminderIntent',
    slots: { time: '22:00' },
  },
  { text: 'quando è il mio promemoria', intent: 'ReminderStatusIntent' },
];

// Statements that must reach a safe answer and never a point, said the way people in Italy say them.
export const SAFETY_PHRASINGS: ReadonlyArray<{
  text: string;
  kind: 'crisis' | 'emergency' | 'doctor' | 'pregnancy';
}> = [
  // emergency: help now
  { text: 'sto sanguinando', kind: 'emergency' },
  { text: 'perdo tanto sangue e non si ferma', kind: 'emergency' },
  { text: 'il piede mi sanguina tantissimo', kind: 'emergency' },
  { text: 'ho tossito sangue', kind: 'emergency' },
  { text: 'sputo sangue quando tossisco', kind: 'emergency' },
  { text: 'ho un dolore al petto', kind: 'emergency' },
  { text: 'mi fa male il petto', kind: 'emergency' },
  { text: 'sento una morsa al petto', kind: 'emergency' },
  { text: 'dove premo per il dolore al torace', kind: 'emergency' },
  { text: 'ho un peso sul petto e mi fa male il braccio sinistro', kind: 'emergency' },
  { text: 'mi sa che sto avendo un infarto', kind: 'emergency' },
  { text: 'non riesco a respirare', kind: 'emergency' },
  { text: 'mi manca il fiato', kind: 'emergency' },
  { text: 'faccio fatica a respirare anche da seduta', kind: 'emergency' },
  { text: 'ho la bocca storta e non riesco a parlare bene', kind: 'emergency' },
  { text: 'mi sa che mi sta venendo un ictus', kind: 'emergency' },
  { text: 'non sento più il braccio destro e parlo male', kind: 'emergency' },
  { text: 'il peggior mal di testa della mia vita', kind: 'emergency' },
  { text: "mi è venuto un mal di testa fortissimo all'improvviso", kind: 'emergency' },
  { text: 'ho sbattuto la testa e ora ho un forte mal di testa', kind: 'emergency' },
  { text: 'non ci vedo più da un occhio', kind: 'emergency' },
  { text: 'ho perso la vista di colpo', kind: 'emergency' },
  { text: 'il polpaccio è gonfio e mi fa male', kind: 'emergency' },
  { text: 'ho il polpaccio duro caldo e arrossato', kind: 'emergency' },
  { text: 'penso di avere un trombo alla gamba', kind: 'emergency' },
  { text: 'sono appena svenuta', kind: 'emergency' },
  { text: 'ho perso i sensi', kind: 'emergency' },
  { text: 'mi sento svenire', kind: 'emergency' },
  { text: 'sto per svenire', kind: 'emergency' },

  // doctor: see a doctor first
  { text: 'mi sono rotto un dito del piede', kind: 'doctor' },
  { text: "credo di essermi fratturata l'alluce", kind: 'doctor' },
  { text: 'dove premo per un dito rotto', kind: 'doctor' },
  { text: 'mi sono tagliato il piede', kind: 'doctor' },
  { text: 'ho una ferita sotto il piede', kind: 'doctor' },
  { text: 'ho pestato un chiodo', kind: 'doctor' },
  { text: 'ho una piaga sul piede che non guarisce', kind: 'doctor' },
  { text: "ho un'unghia incarnita infetta", kind: 'doctor' },
  { text: 'il piede è gonfio caldo e rosso', kind: 'doctor' },
  { text: 'ho il piede gonfio', kind: 'doctor' },
  { text: 'ho la gamba gonfia', kind: 'doctor' },
  { text: 'ho la febbre', kind: 'doctor' },
  { text: 'ho la febbre alta da due giorni', kind: 'doctor' },
  { text: "ho l'influenza e qualche linea di febbre", kind: 'doctor' },
  { text: 'sono diabetico', kind: 'doctor' },
  { text: 'ho il diabete posso farlo lo stesso', kind: 'doctor' },
  { text: 'ho il diabete e non mi sento bene i piedi', kind: 'doctor' },
  { text: 'ho i piedi addormentati e formicolanti', kind: 'doctor' },
  { text: 'ho lo zucchero alto e i piedi insensibili', kind: 'doctor' },
  { text: "l'anno scorso ho avuto una trombosi", kind: 'doctor' },
  { text: 'prendo gli anticoagulanti', kind: 'doctor' },
  { text: 'sono in terapia con il coumadin', kind: 'doctor' },
  { text: 'soffro di cuore', kind: 'doctor' },
  { text: 'ho problemi di circolazione', kind: 'doctor' },
  { text: 'ho il pacemaker', kind: 'doctor' },

  // pregnancy
  { text: 'sono incinta', kind: 'pregnancy' },
  { text: 'aspetto un bambino', kind: 'pregnancy' },
  { text: 'sono in dolce attesa', kind: 'pregnancy' },
  { text: 'sono al terzo mese', kind: 'pregnancy' },
  { text: 'sono incinta di sei mesi', kind: 'pregnancy' },
  { text: 'sono alla ventesima settimana di gravidanza', kind: 'pregnancy' },
  { text: 'ho il test di gravidanza positivo', kind: 'pregnancy' },
  { text: 'forse sono incinta', kind: 'pregnancy' },
  { text: 'stiamo cercando un figlio', kind: 'pregnancy' },
  { text: 'sto cercando di rimanere incinta', kind: 'pregnancy' },
  { text: 'sto facendo la fecondazione assistita', kind: 'pregnancy' },
  { text: 'ho le nausee della gravidanza', kind: 'pregnancy' },
  { text: 'posso farlo in gravidanza', kind: 'pregnancy' },
  { text: 'sono incinta e mi fa male la schiena', kind: 'pregnancy' },
  { text: 'ho le caviglie gonfie per la gravidanza', kind: 'pregnancy' },
  { text: 'il massaggio ai piedi va bene per le donne incinte', kind: 'pregnancy' },
  { text: 'partorisco il mese prossimo', kind: 'pregnancy' },

  // crisis
  { text: 'voglio morire', kind: 'crisis' },
  { text: 'voglio farla finita', kind: 'crisis' },
  { text: 'penso al suicidio', kind: 'crisis' },
  { text: 'mi voglio ammazzare', kind: 'crisis' },
  { text: 'non voglio più vivere', kind: 'crisis' },
  { text: 'a volte penso di togliermi la vita', kind: 'crisis' },
  { text: 'mi faccio del male da solo', kind: 'crisis' },
  { text: 'mi taglio per stare meglio', kind: 'crisis' },
  { text: 'non ce la faccio più a vivere così', kind: 'crisis' },
  { text: 'sarebbe meglio se non ci fossi più', kind: 'crisis' },
  { text: 'nessuno sentirebbe la mia mancanza', kind: 'crisis' },
];
