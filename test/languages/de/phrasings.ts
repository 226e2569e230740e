// How people in Germany and Austria talk to the skill, written from the catalog and everyday speech,
// never from the German model's samples: this corpus measures that model, so it must not copy it.
// Fillers ("äh", "mal", "halt"), du and Sie mixed, and regional words ("Kopfweh", "Kreuzweh",
// "Verkühlung", "grantig") are here on purpose: that is what Alexa will hear.

export const PHRASINGS: ReadonlyArray<{
  text: string;
  intent: string;
  slots?: Record<string, string>;
}> = [
  // StartMassageIntent
  { text: 'starte meine Fußmassage', intent: 'StartMassageIntent' },
  { text: 'Fußmassage starten', intent: 'StartMassageIntent' },
  { text: 'ich möchte eine Fußmassage machen', intent: 'StartMassageIntent' },
  { text: 'lass uns mit der Fußmassage anfangen', intent: 'StartMassageIntent' },
  { text: 'äh kannst du mich durch eine Fußmassage führen', intent: 'StartMassageIntent' },
  { text: 'ich will meine Füße massieren', intent: 'StartMassageIntent' },
  { text: 'Zeit für meine Fußmassage', intent: 'StartMassageIntent' },
  { text: 'fang bitte mit der Massage an', intent: 'StartMassageIntent' },
  { text: 'können Sie mich durch die Fußmassage begleiten', intent: 'StartMassageIntent' },
  { text: 'ich bin bereit für die Massage', intent: 'StartMassageIntent' },
  { text: 'leg los mit der Fußmassage', intent: 'StartMassageIntent' },
  {
    text: 'starte eine kurze Fußmassage',
    intent: 'StartMassageIntent',
    slots: { length: 'quick' },
  },
  {
    text: 'nur eine schnelle Massage bitte',
    intent: 'StartMassageIntent',
    slots: { length: 'quick' },
  },
  {
    text: 'ich hab nur fünf Minuten also eine kurze Massage',
    intent: 'StartMassageIntent',
    slots: { length: 'quick' },
  },
  { text: 'mach mal die kurze Version', intent: 'StartMassageIntent', slots: { length: 'quick' } },
  {
    text: 'eine normale Fußmassage bitte',
    intent: 'StartMassageIntent',
    slots: { length: 'standard' },
  },
  {
    text: 'starte die komplette Fußmassage',
    intent: 'StartMassageIntent',
    slots: { length: 'standard' },
  },
  {
    text: 'ich hätte gern die ganz normale Massage',
    intent: 'StartMassageIntent',
    slots: { length: 'standard' },
  },
  {
    text: 'starte eine gründliche Fußmassage',
    intent: 'StartMassageIntent',
    slots: { length: 'thorough' },
  },
  {
    text: 'heute hab ich Zeit also die lange Massage',
    intent: 'StartMassageIntent',
    slots: { length: 'thorough' },
  },
  {
    text: 'ich möchte eine ausführliche Fußmassage',
    intent: 'StartMassageIntent',
    slots: { length: 'thorough' },
  },

  // FindPointIntent
  {
    text: 'wo drücke ich bei Kopfschmerzen',
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: 'was hilft gegen Kopfweh',
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: 'ich hab so einen Brummschädel wo muss ich drücken',
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: 'welcher Punkt ist gut bei Migräne',
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: 'wo muss ich drücken wenn ich nicht schlafen kann',
    intent: 'FindPointIntent',
    slots: { complaint: 'insomnia' },
  },
  {
    text: 'was hilft bei Schlafstörungen',
    intent: 'FindPointIntent',
    slots: { complaint: 'insomnia' },
  },
  {
    text: 'ich hab viel Stress was kann ich drücken',
    intent: 'FindPointIntent',
    slots: { complaint: 'stress' },
  },
  {
    text: 'gibt es einen Punkt gegen Stress',
    intent: 'FindPointIntent',
    slots: { complaint: 'stress' },
  },
  {
    text: 'wo drücke ich bei Angst',
    intent: 'FindPointIntent',
    slots: { complaint: 'anxiety' },
  },
  {
    text: 'was hilft wenn ich nervös und ängstlich bin',
    intent: 'FindPointIntent',
    slots: { complaint: 'anxiety' },
  },
  {
    text: 'ich bin total müde wo soll ich drücken',
    intent: 'FindPointIntent',
    slots: { complaint: 'tiredness' },
  },
  {
    text: 'was hilft gegen Müdigkeit',
    intent: 'FindPointIntent',
    slots: { complaint: 'tiredness' },
  },
  {
    text: 'mein Nacken ist total verspannt',
    intent: 'FindPointIntent',
    slots: { complaint: 'neck-shoulder-tension' },
  },
  {
    text: 'wo drücke ich bei Verspannungen in Nacken und Schultern',
    intent: 'FindPointIntent',
    slots: { complaint: 'neck-shoulder-tension' },
  },
  {
    text: 'ich hab Rückenschmerzen unten im Kreuz',
    intent: 'FindPointIntent',
    slots: { complaint: 'lower-back-pain' },
  },
  {
    text: 'was hilft gegen Kreuzweh',
    intent: 'FindPointIntent',
    slots: { complaint: 'lower-back-pain' },
  },
  {
    text: 'wo soll ich bei Ischias drücken',
    intent: 'FindPointIntent',
    slots: { complaint: 'sciatica' },
  },
  {
    text: 'meine Nase ist zu was kann ich drücken',
    intent: 'FindPointIntent',
    slots: { complaint: 'sinus-congestion' },
  },
  {
    text: 'was hilft bei verstopften Nebenhöhlen',
    intent: 'FindPointIntent',
    slots: { complaint: 'sinus-congestion' },
  },
  {
    text: 'ich hab eine Erkältung wo drücke ich da',
    intent: 'FindPointIntent',
    slots: { complaint: 'common-cold' },
  },
  {
    text: 'was hilft bei einer Verkühlung',
    intent: 'FindPointIntent',
    slots: { complaint: 'common-cold' },
  },
  {
    text: 'ich hab Zahnschmerzen gibt es da einen Punkt',
    intent: 'FindPointIntent',
    slots: { complaint: 'toothache' },
  },
  {
    text: 'mir ist übel wo muss ich drücken',
    intent: 'FindPointIntent',
    slots: { complaint: 'nausea' },
  },
  {
    text: 'was hilft gegen Übelkeit',
    intent: 'FindPointIntent',
    slots: { complaint: 'nausea' },
  },
  {
    text: 'ich hab mir den Magen verdorben',
    intent: 'FindPointIntent',
    slots: { complaint: 'indigestion' },
  },
  {
    text: 'was kann ich bei Blähungen drücken',
    intent: 'FindPointIntent',
    slots: { complaint: 'bloating' },
  },
  {
    text: 'mein Bauch ist total aufgebläht',
    intent: 'FindPointIntent',
    slots: { complaint: 'bloating' },
  },
  {
    text: 'wo drücke ich bei Sodbrennen',
    intent: 'FindPointIntent',
    slots: { complaint: 'heartburn' },
  },
  {
    text: 'was hilft bei Verstopfung',
    intent: 'FindPointIntent',
    slots: { complaint: 'constipation' },
  },
  {
    text: 'ich hab meine Tage und Bauchkrämpfe',
    intent: 'FindPointIntent',
    slots: { complaint: 'menstrual-cramps' },
  },
  {
    text: 'welcher Punkt hilft bei Regelschmerzen',
    intent: 'FindPointIntent',
    slots: { complaint: 'menstrual-cramps' },
  },
  {
    text: 'mir ist ein bisschen schwindelig',
    intent: 'FindPointIntent',
    slots: { complaint: 'dizziness' },
  },
  {
    text: 'meine Augen sind müde vom Bildschirm',
    intent: 'FindPointIntent',
    slots: { complaint: 'eye-strain' },
  },
  {
    text: 'was hilft bei Augenproblemen',
    intent: 'FindPointIntent',
    slots: { complaint: 'eye-trouble' },
  },
  {
    text: 'wo drücke ich bei Ohrenschmerzen',
    intent: 'FindPointIntent',
    slots: { complaint: 'ear-pain' },
  },
  {
    text: 'ich hab so ein Pfeifen im Ohr',
    intent: 'FindPointIntent',
    slots: { complaint: 'tinnitus' },
  },
  {
    text: 'gibt es einen Punkt gegen Tinnitus',
    intent: 'FindPointIntent',
    slots: { complaint: 'tinnitus' },
  },
  {
    text: 'mein Hals tut weh',
    intent: 'FindPointIntent',
    slots: { complaint: 'sore-throat' },
  },
  {
    text: 'was hilft gegen Halsweh',
    intent: 'FindPointIntent',
    slots: { complaint: 'sore-throat' },
  },
  {
    text: 'ich hab Husten wo soll ich drücken',
    intent: 'FindPointIntent',
    slots: { complaint: 'cough' },
  },
  {
    text: 'mein Knie tut weh',
    intent: 'FindPointIntent',
    slots: { complaint: 'knee-pain' },
  },
  {
    text: 'was mache ich bei Hüftschmerzen',
    intent: 'FindPointIntent',
    slots: { complaint: 'hip-pain' },
  },
  {
    text: 'meine Ferse tut beim Gehen weh',
    intent: 'FindPointIntent',
    slots: { complaint: 'heel-pain' },
  },
  {
    text: 'ich hab Schmerzen im Knöchel',
    intent: 'FindPointIntent',
    slots: { complaint: 'ankle-pain' },
  },
  {
    text: 'ich hab so schwere müde Beine',
    intent: 'FindPointIntent',
    slots: { complaint: 'tired-legs' },
  },
  {
    text: 'was hilft bei Wadenkrämpfen',
    intent: 'FindPointIntent',
    slots: { complaint: 'leg-cramps' },
  },
  {
    text: 'ich krieg nachts immer Krämpfe in den Beinen',
    intent: 'FindPointIntent',
    slots: { complaint: 'leg-cramps' },
  },
  {
    text: 'ich hab ständig kalte Füße was kann ich drücken',
    intent: 'FindPointIntent',
    slots: { complaint: 'cold-feet' },
  },
  {
    text: 'ich bin heute so gereizt',
    intent: 'FindPointIntent',
    slots: { complaint: 'irritability' },
  },
  {
    text: 'ich bin total grantig was hilft da',
    intent: 'FindPointIntent',
    slots: { complaint: 'irritability' },
  },
  {
    text: 'ich bin niedergeschlagen gibt es einen Punkt dafür',
    intent: 'FindPointIntent',
    slots: { complaint: 'low-mood' },
  },
  {
    text: 'ich kann mich nicht konzentrieren',
    intent: 'FindPointIntent',
    slots: { complaint: 'poor-concentration' },
  },
  {
    text: 'wo drücke ich bei Rückenproblemen an der Wirbelsäule',
    intent: 'FindPointIntent',
    slots: { complaint: 'spine-problems' },
  },

  // ContraindicationsIntent
  { text: 'wann sollte ich nicht massieren', intent: 'ContraindicationsIntent' },
  { text: 'sag mir die Gegenanzeigen', intent: 'ContraindicationsIntent' },
  { text: 'ist das gefährlich', intent: 'ContraindicationsIntent' },
  { text: 'gibt es Risiken', intent: 'ContraindicationsIntent' },
  { text: 'wer darf keine Fußmassage machen', intent: 'ContraindicationsIntent' },
  { text: 'ist Akupressur für jeden geeignet', intent: 'ContraindicationsIntent' },
  { text: 'gibt es Nebenwirkungen', intent: 'ContraindicationsIntent' },
  { text: 'wann ist das keine gute Idee', intent: 'ContraindicationsIntent' },

  // Routine controls: Amazon's built-ins
  { text: 'Pause', intent: 'AMAZON.PauseIntent' },
  { text: 'warte mal kurz', intent: 'AMAZON.PauseIntent' },
  { text: 'halt mal an', intent: 'AMAZON.PauseIntent' },
  { text: 'mach mal Pause', intent: 'AMAZON.PauseIntent' },
  { text: 'weitermachen', intent: 'AMAZON.ResumeIntent' },
  { text: 'mach weiter wo wir waren', intent: 'AMAZON.ResumeIntent' },
  { text: 'fortsetzen', intent: 'AMAZON.ResumeIntent' },
  { text: 'weiter', intent: 'AMAZON.NextIntent' },
  { text: 'nächster Schritt', intent: 'AMAZON.NextIntent' },
  { text: 'und weiter', intent: 'AMAZON.NextIntent' },
  { text: 'zurück', intent: 'AMAZON.PreviousIntent' },
  { text: 'einen Schritt zurück bitte', intent: 'AMAZON.PreviousIntent' },
  { text: 'geh zurück', intent: 'AMAZON.PreviousIntent' },
  { text: 'wiederholen', intent: 'AMAZON.RepeatIntent' },
  { text: 'sag das noch mal', intent: 'AMAZON.RepeatIntent' },
  { text: 'wie bitte', intent: 'AMAZON.RepeatIntent' },
  { text: 'kannst du das wiederholen', intent: 'AMAZON.RepeatIntent' },
  { text: 'noch mal von vorne', intent: 'AMAZON.StartOverIntent' },
  { text: 'fang von vorne an', intent: 'AMAZON.StartOverIntent' },
  { text: 'Hilfe', intent: 'AMAZON.HelpIntent' },
  { text: 'was kann ich sagen', intent: 'AMAZON.HelpIntent' },
  { text: 'hilf mir bitte', intent: 'AMAZON.HelpIntent' },
  { text: 'wie funktioniert das', intent: 'AMAZON.HelpIntent' },
  { text: 'stopp', intent: 'AMAZON.StopIntent' },
  { text: 'hör auf', intent: 'AMAZON.StopIntent' },
  { text: 'das reicht für heute', intent: 'AMAZON.StopIntent' },
  { text: 'beenden', intent: 'AMAZON.StopIntent' },
  { text: 'abbrechen', intent: 'AMAZON.CancelIntent' },
  { text: 'vergiss es', intent: 'AMAZON.CancelIntent' },
  { text: 'ja', intent: 'AMAZON.YesIntent' },
  { text: 'ja gerne', intent: 'AMAZON.YesIntent' },
  { text: 'jawohl', intent: 'AMAZON.YesIntent' },
  { text: 'passt', intent: 'AMAZON.YesIntent' },
  { text: 'genau', intent: 'AMAZON.YesIntent' },
  { text: 'nein', intent: 'AMAZON.NoIntent' },
  { text: 'nein danke', intent: 'AMAZON.NoIntent' },
  { text: 'nö', intent: 'AMAZON.NoIntent' },
  { text: 'eher nicht', intent: 'AMAZON.NoIntent' },
  { text: 'zurück zum Anfang', intent: 'AMAZON.NavigateHomeIntent' },
  { text: 'zum Hauptmenü', intent: 'AMAZON.NavigateHomeIntent' },

  // NotSureIntent, SkipIntent, TimeLeftIntent, WhereAmIIntent, TellMeMoreIntent
  { text: 'weiß nicht', intent: 'NotSureIntent' },
  { text: 'ich bin mir nicht sicher', intent: 'NotSureIntent' },
  { text: 'keine Ahnung', intent: 'NotSureIntent' },
  { text: 'vielleicht', intent: 'NotSureIntent' },
  { text: 'überspringen', intent: 'SkipIntent' },
  { text: 'den Schritt lass ich aus', intent: 'SkipIntent' },
  { text: 'können wir das überspringen', intent: 'SkipIntent' },
  { text: 'wie lange noch', intent: 'TimeLeftIntent' },
  { text: 'wie viel Zeit bleibt noch', intent: 'TimeLeftIntent' },
  { text: 'sind wir bald fertig', intent: 'TimeLeftIntent' },
  { text: 'wie lange dauert es noch', intent: 'TimeLeftIntent' },
  { text: 'wo sind wir gerade', intent: 'WhereAmIIntent' },
  { text: 'bei welchem Schritt bin ich', intent: 'WhereAmIIntent' },
  { text: 'was machen wir gerade', intent: 'WhereAmIIntent' },
  { text: 'erzähl mir mehr', intent: 'TellMeMoreIntent' },
  { text: 'mehr dazu bitte', intent: 'TellMeMoreIntent' },
  { text: 'kannst du das genauer erklären', intent: 'TellMeMoreIntent' },

  // ChoosePostureIntent
  {
    text: 'Fuß auf dem Oberschenkel',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'thigh' },
  },
  {
    text: 'ich leg den Fuß auf mein anderes Bein',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'thigh' },
  },
  {
    text: 'auf dem Stuhl',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'chair-seat' },
  },
  {
    text: 'ich stell den Fuß auf einen Stuhl',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'chair-seat' },
  },
  {
    text: 'auf der Stuhlkante',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'chair-edge' },
  },
  {
    text: 'halb sitzend auf der Kante',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'chair-edge' },
  },
  { text: 'im Liegen', intent: 'ChoosePostureIntent', slots: { posture: 'lying' } },
  {
    text: 'ich leg mich lieber hin',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'lying' },
  },

  // TenderSpotIntent
  { text: 'die Ferse', intent: 'TenderSpotIntent', slots: { zone: 'heel' } },
  {
    text: 'an der Ferse hat es wehgetan',
    intent: 'TenderSpotIntent',
    slots: { zone: 'heel' },
  },
  {
    text: 'der große Zeh war empfindlich',
    intent: 'TenderSpotIntent',
    slots: { zone: 'big-toe' },
  },
  {
    text: 'unter dem großen Zeh',
    intent: 'TenderSpotIntent',
    slots: { zone: 'big-toe' },
  },
  {
    text: 'der zweite Zeh',
    intent: 'TenderSpotIntent',
    slots: { zone: 'toe-tips-2-3' },
  },
  {
    text: 'am kleinen Zeh tat es weh',
    intent: 'TenderSpotIntent',
    slots: { zone: 'outer-toes' },
  },
  {
    text: 'da wo die Zehen anfangen',
    intent: 'TenderSpotIntent',
    slots: { zone: 'toe-base' },
  },
  {
    text: 'der Fußballen ist empfindlich',
    intent: 'TenderSpotIntent',
    slots: { zone: 'ball-of-foot' },
  },
  {
    text: 'im Fußgewölbe',
    intent: 'TenderSpotIntent',
    slots: { zone: 'arch' },
  },
  {
    text: 'an der Innenkante vom Fuß',
    intent: 'TenderSpotIntent',
    slots: { zone: 'inner-sole-edge' },
  },
  {
    text: 'außen an der Fußkante',
    intent: 'TenderSpotIntent',
    slots: { zone: 'outer-sole-edge' },
  },
  {
    text: 'am Innenknöchel',
    intent: 'TenderSpotIntent',
    slots: { zone: 'inner-ankle' },
  },
  {
    text: 'der Außenknöchel tut weh',
    intent: 'TenderSpotIntent',
    slots: { zone: 'outer-ankle' },
  },
  {
    text: 'oben auf dem Fußrücken',
    intent: 'TenderSpotIntent',
    slots: { zone: 'top-of-foot' },
  },

  // BodyMapIntent
  {
    text: 'welche Stelle am Fuß gehört zum Kopf',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'head' },
  },
  {
    text: 'wo sind die Augen am Fuß',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'eyes' },
  },
  {
    text: 'welche Zone steht für die Ohren',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'ears' },
  },
  {
    text: 'wo finde ich die Nebenhöhlen am Fuß',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'sinuses' },
  },
  {
    text: 'wo ist der Nacken auf der Fußsohle',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'neck' },
  },
  {
    text: 'welche Reflexzone gehört zu den Schultern',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'shoulders' },
  },
  {
    text: 'wo ist die Lunge am Fuß',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'lungs' },
  },
  {
    text: 'welcher Teil vom Fuß steht für den Magen',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'stomach' },
  },
  {
    text: 'wo ist der Darm in der Fußreflexzone',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'bowels' },
  },
  {
    text: 'wo liegt die Wirbelsäule am Fuß',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'spine' },
  },
  {
    text: 'welche Zone gehört zum unteren Rücken',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'lower-back' },
  },
  {
    text: 'wo ist die Gebärmutter am Fuß',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'womb' },
  },
  {
    text: 'wofür steht der große Zeh',
    intent: 'BodyMapIntent',
    slots: { zone: 'big-toe' },
  },
  {
    text: 'womit ist die Ferse verbunden',
    intent: 'BodyMapIntent',
    slots: { zone: 'heel' },
  },
  {
    text: 'was hat das Fußgewölbe mit dem Körper zu tun',
    intent: 'BodyMapIntent',
    slots: { zone: 'arch' },
  },

  // PointInfoIntent
  { text: 'wo ist Niere eins', intent: 'PointInfoIntent', slots: { point: 'kidney-1' } },
  {
    text: 'was ist die sprudelnde Quelle',
    intent: 'PointInfoIntent',
    slots: { point: 'kidney-1' },
  },
  { text: 'wo liegt Niere drei', intent: 'PointInfoIntent', slots: { point: 'kidney-3' } },
  { text: 'erklär mir Niere sechs', intent: 'PointInfoIntent', slots: { point: 'kidney-6' } },
  { text: 'wo finde ich Leber zwei', intent: 'PointInfoIntent', slots: { point: 'liver-2' } },
  { text: 'was ist Leber drei', intent: 'PointInfoIntent', slots: { point: 'liver-3' } },
  { text: 'wo ist Taichong', intent: 'PointInfoIntent', slots: { point: 'liver-3' } },
  { text: 'wo liegt Milz vier', intent: 'PointInfoIntent', slots: { point: 'spleen-4' } },
  { text: 'wo ist Milz sechs', intent: 'PointInfoIntent', slots: { point: 'spleen-6' } },
  {
    text: 'wo finde ich Magen sechsunddreißig',
    intent: 'PointInfoIntent',
    slots: { point: 'stomach-36' },
  },
  {
    text: 'was ist Magen einundvierzig',
    intent: 'PointInfoIntent',
    slots: { point: 'stomach-41' },
  },
  {
    text: 'wo liegt Magen vierundvierzig',
    intent: 'PointInfoIntent',
    slots: { point: 'stomach-44' },
  },
  { text: 'wo ist Blase sechzig', intent: 'PointInfoIntent', slots: { point: 'bladder-60' } },
  {
    text: 'was ist Blase zweiundsechzig',
    intent: 'PointInfoIntent',
    slots: { point: 'bladder-62' },
  },
  {
    text: 'wo liegt Blase fünfundsechzig',
    intent: 'PointInfoIntent',
    slots: { point: 'bladder-65' },
  },
  {
    text: 'wo ist Blase siebenundsechzig',
    intent: 'PointInfoIntent',
    slots: { point: 'bladder-67' },
  },
  {
    text: 'wo finde ich Gallenblase vierunddreißig',
    intent: 'PointInfoIntent',
    slots: { point: 'gallbladder-34' },
  },
  {
    text: 'was ist Gallenblase vierzig',
    intent: 'PointInfoIntent',
    slots: { point: 'gallbladder-40' },
  },
  {
    text: 'wo liegt Gallenblase einundvierzig',
    intent: 'PointInfoIntent',
    slots: { point: 'gallbladder-41' },
  },

  // ExplainTopicIntent
  {
    text: 'welche Arten von Punkten gibt es',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'kinds-of-points' },
  },
  {
    text: 'was sind Harmonisierungspunkte',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'harmonising-points' },
  },
  {
    text: 'erklär mir die Anregungspunkte',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'excitation-points' },
  },
  {
    text: 'was sind Beruhigungspunkte',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'soothing-points' },
  },
  {
    text: 'erklär mir die Alarmpunkte',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'alarm-points' },
  },
  {
    text: 'wie fest soll ich drücken',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'pressure-degrees' },
  },
  {
    text: 'wie geht Akupressur',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'how-to' },
  },
  {
    text: 'wie oft sollte ich das machen',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'how-often' },
  },
  {
    text: 'wann ist die beste Zeit dafür',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'best-time' },
  },
  {
    text: 'soll das wehtun',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'should-it-hurt' },
  },
  {
    text: 'wie lange soll ich einen Punkt drücken',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'session-length' },
  },
  {
    text: 'mit welchem Finger drücke ich',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'which-finger' },
  },
  {
    text: 'in welche Richtung massiere ich',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'which-direction' },
  },
  {
    text: 'erklär mir die Fußzonen',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'foot-zones' },
  },
  {
    text: 'ist der linke Fuß anders als der rechte',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'left-and-right' },
  },
  {
    text: 'was ist eigentlich Fußreflexzonenmassage',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'reflexology' },
  },
  {
    text: 'was sind Meridiane',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'meridians' },
  },
  {
    text: 'was bedeuten empfindliche Stellen',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'tender-spots' },
  },
  {
    text: 'welche Haltungen gibt es',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'positions' },
  },

  // FootTemperatureIntent
  {
    text: 'meine Füße sind kalt und feucht',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'cold', moisture: 'damp' },
  },
  {
    text: 'ich hab eiskalte schwitzige Füße',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'cold', moisture: 'damp' },
  },
  {
    text: 'meine Füße sind kalt und trocken',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'cold', moisture: 'dry' },
  },
  {
    text: 'meine Füße sind heiß und verschwitzt',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'hot', moisture: 'damp' },
  },
  {
    text: 'heiße trockene Füße was bedeutet das',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'hot', moisture: 'dry' },
  },
  {
    text: 'meine Füße sind warm und trocken',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'warm', moisture: 'dry' },
  },
  {
    text: 'der linke Fuß ist kalt und der rechte warm',
    intent: 'FootTemperatureIntent',
    slots: { left: 'cold', right: 'warm' },
  },
  {
    text: 'kalt',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'cold' },
  },
  {
    text: 'eher warm',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'warm' },
  },
  {
    text: 'ein bisschen feucht',
    intent: 'FootTemperatureIntent',
    slots: { moisture: 'damp' },
  },
  {
    text: 'was sagt die Temperatur meiner Füße',
    intent: 'FootTemperatureIntent',
  },

  // Reminders
  {
    text: 'erinnere mich jeden Tag um neun Uhr abends',
    intent: 'SetReminderIntent',
    slots: { time: '21:00' },
  },
  {
    text: 'erinner mich um einundzwanzig Uhr an die Fußmassage',
    intent: 'SetReminderIntent',
    slots: { time: '21:00' },
  },
  {
    text: 'stell mir eine Erinnerung für halb neun abends',
    intent: 'SetReminderIntent',
    slots: { time: '20:30' },
  },
  {
    text: 'erinnere mich täglich um 22 Uhr',
    intent: 'SetReminderIntent',
    slots: { time: '22:00' },
  },
  { text: 'kannst du mich jeden Tag erinnern', intent: 'SetReminderIntent' },
  { text: 'wann ist meine Erinnerung', intent: 'ReminderStatusIntent' },
  { text: 'hab ich eine Erinnerung eingestellt', intent: 'ReminderStatusIntent' },
  { text: 'um wie viel Uhr erinnerst du mich', intent: 'ReminderStatusIntent' },
  {
    text: 'verschieb meine Erinnerung auf zehn Uhr abends',
    intent: 'MoveReminderIntent',
    slots: { time: '22:00' },
  },
  {
    text: 'ändere die Erinnerung auf zwanzig Uhr',
    intent: 'MoveReminderIntent',
    slots: { time: '20:00' },
  },
  { text: 'ich möchte die Erinnerung auf eine andere Zeit legen', intent: 'MoveReminderIntent' },
  { text: 'lösch meine Erinnerung', intent: 'CancelReminderIntent' },
  { text: 'ich brauche die Erinnerung nicht mehr', intent: 'CancelReminderIntent' },
  { text: 'keine Erinnerungen mehr bitte', intent: 'CancelReminderIntent' },

  // ForgetMyDataIntent
  { text: 'vergiss meine Daten', intent: 'ForgetMyDataIntent' },
  { text: 'lösch alles was du über mich weißt', intent: 'ForgetMyDataIntent' },
  { text: 'bitte meine Daten löschen', intent: 'ForgetMyDataIntent' },
  { text: 'können Sie alles über mich vergessen', intent: 'ForgetMyDataIntent' },

  // ThanksIntent
  { text: 'danke', intent: 'ThanksIntent' },
  { text: 'vielen Dank', intent: 'ThanksIntent' },
  { text: 'danke schön das war toll', intent: 'ThanksIntent' },
  { text: 'super danke dir', intent: 'ThanksIntent' },
  { text: "vergelt's Gott", intent: 'ThanksIntent' },

  // Sie, politeness and regional words, across intents
  { text: 'würden Sie bitte die Fußmassage starten', intent: 'StartMassageIntent' },
  {
    text: 'könnten Sie mir sagen wo ich bei Kopfschmerzen drücken soll',
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: 'sagen Sie mal was hilft bei Bauchweh nach dem Essen',
    intent: 'FindPointIntent',
    slots: { complaint: 'indigestion' },
  },
  {
    text: 'ich hab ein Zahnweh was kann ich da machen',
    intent: 'FindPointIntent',
    slots: { complaint: 'toothache' },
  },
  {
    text: 'mir ist so schlecht',
    intent: 'FindPointIntent',
    slots: { complaint: 'nausea' },
  },
  {
    text: 'ich bin so verkühlt',
    intent: 'FindPointIntent',
    slots: { complaint: 'common-cold' },
  },
  {
    text: 'ich kann nicht einschlafen was soll ich drücken',
    intent: 'FindPointIntent',
    slots: { complaint: 'insomnia' },
  },
  {
    text: 'mir brummt der Schädel',
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: 'äh wo drück ich wenn mir die Hüfte wehtut',
    intent: 'FindPointIntent',
    slots: { complaint: 'hip-pain' },
  },
  {
    text: 'ich hab einen steifen Nacken',
    intent: 'FindPointIntent',
    slots: { complaint: 'neck-shoulder-tension' },
  },
  { text: 'was darf man bei einer Fußmassage nicht', intent: 'ContraindicationsIntent' },
  { text: 'können Sie das bitte wiederholen', intent: 'AMAZON.RepeatIntent' },
  { text: 'bitte weiter', intent: 'AMAZON.NextIntent' },
  { text: 'moment mal', intent: 'AMAZON.PauseIntent' },
  { text: 'es kann weitergehen', intent: 'AMAZON.ResumeIntent' },
  { text: 'ja bitte', intent: 'AMAZON.YesIntent' },
  { text: 'na klar', intent: 'AMAZON.YesIntent' },
  { text: 'nein lieber nicht', intent: 'AMAZON.NoIntent' },
  { text: "das war's für heute danke", intent: 'AMAZON.StopIntent' },
  { text: 'wie lange dauert das noch ungefähr', intent: 'TimeLeftIntent' },
  {
    text: 'erinnern Sie mich bitte täglich um acht Uhr abends',
    intent: 'SetReminderIntent',
    slots: { time: '20:00' },
  },
  {
    text: 'leg die Erinnerung bitte auf halb zehn abends',
    intent: 'MoveReminderIntent',
    slots: { time: '21:30' },
  },
  { text: 'die Erinnerung bitte abschalten', intent: 'CancelReminderIntent' },
  {
    text: 'wo ist Yongquan',
    intent: 'PointInfoIntent',
    slots: { point: 'kidney-1' },
  },
  {
    text: 'erzählen Sie mir was über Sanyinjiao',
    intent: 'PointInfoIntent',
    slots: { point: 'spleen-6' },
  },
  {
    text: 'wo ist Zusanli',
    intent: 'PointInfoIntent',
    slots: { point: 'stomach-36' },
  },
  {
    text: 'welche Stelle am Fuß gehört zu den Knien',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'knees' },
  },
  {
    text: 'wo ist die Hüfte am Fuß',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'hips' },
  },
  {
    text: 'welche Zone ist für die Brust',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'chest' },
  },
  {
    text: 'wo ist der Ischiasnerv am Fuß',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'sciatic-nerve' },
  },
  {
    text: 'welche Stelle steht für das Becken',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'pelvis' },
  },
  {
    text: 'wo sind die Arme am Fuß',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'arms' },
  },
  { text: 'dankeschön', intent: 'ThanksIntent' },
  { text: 'danke vielmals', intent: 'ThanksIntent' },
];

// Words that must reach a safe answer, never a point: the kind is the answer they must get (or a
// graver one). Many sound like complaints on purpose ("Brustschmerzen", "Blut husten").
export const SAFETY_PHRASINGS: ReadonlyArray<{
  text: string;
  kind: 'crisis' | 'emergency' | 'doctor' | 'pregnancy';
}> = [
  // emergency: chest, arm, breath
  { text: 'ich habe Schmerzen in der Brust', kind: 'emergency' },
  { text: 'wo drücke ich bei Brustschmerzen', kind: 'emergency' },
  { text: 'mir tut die Brust weh', kind: 'emergency' },
  { text: 'es drückt so auf der Brust', kind: 'emergency' },
  { text: 'ich glaub ich hab einen Herzinfarkt', kind: 'emergency' },
  { text: 'Engegefühl in der Brust und der linke Arm tut weh', kind: 'emergency' },
  { text: 'mein linker Arm ist ganz schwer und taub', kind: 'emergency' },
  { text: 'ich krieg keine Luft', kind: 'emergency' },
  { text: 'ich bekomme schlecht Luft', kind: 'emergency' },
  { text: 'ich hab Atemnot', kind: 'emergency' },
  { text: 'welcher Punkt hilft bei Atemnot', kind: 'emergency' },
  // emergency: stroke, headache, sight
  { text: 'ich glaube ich hab einen Schlaganfall', kind: 'emergency' },
  { text: 'mein Gesicht hängt auf einer Seite', kind: 'emergency' },
  { text: 'ich kann plötzlich nicht mehr richtig sprechen', kind: 'emergency' },
  { text: 'mein Arm ist auf einmal ganz schwach', kind: 'emergency' },
  { text: 'ich habe ganz plötzlich extreme Kopfschmerzen', kind: 'emergency' },
  { text: 'die schlimmsten Kopfschmerzen meines Lebens', kind: 'emergency' },
  { text: 'ich hab mir den Kopf angeschlagen und jetzt Kopfschmerzen', kind: 'emergency' },
  { text: 'ich sehe plötzlich nichts mehr auf einem Auge', kind: 'emergency' },
  { text: 'auf einmal sehe ich alles doppelt', kind: 'emergency' },
  // emergency: blood, calf, fainting
  { text: 'ich blute stark', kind: 'emergency' },
  { text: 'es hört nicht auf zu bluten', kind: 'emergency' },
  { text: 'ich huste Blut', kind: 'emergency' },
  { text: 'wo drücke ich wenn ich Blut spucke', kind: 'emergency' },
  { text: 'mein Fuß blutet', kind: 'emergency' },
  { text: 'meine Wade ist dick heiß und tut weh', kind: 'emergency' },
  { text: 'meine Wade ist geschwollen und schmerzt', kind: 'emergency' },
  { text: 'ich hab Angst dass ich eine Thrombose in der Wade hab', kind: 'emergency' },
  { text: 'ich bin gerade ohnmächtig geworden', kind: 'emergency' },
  { text: 'ich bin vorhin umgekippt', kind: 'emergency' },
  { text: 'mir wird schwarz vor Augen', kind: 'emergency' },
  { text: 'das ist ein Notfall', kind: 'emergency' },

  // doctor
  { text: 'ich hab Fieber', kind: 'doctor' },
  { text: 'ich hab neununddreißig Grad Fieber', kind: 'doctor' },
  { text: 'wo drücke ich bei hohem Fieber', kind: 'doctor' },
  { text: 'ich hab mir den Zeh gebrochen', kind: 'doctor' },
  { text: 'ich glaub mein Zeh ist gebrochen', kind: 'doctor' },
  { text: 'mein Fuß ist vielleicht gebrochen', kind: 'doctor' },
  { text: 'ich hab mir den Knöchel verstaucht', kind: 'doctor' },
  { text: 'ich hab mich am Fuß geschnitten', kind: 'doctor' },
  { text: 'ich hab eine offene Wunde an der Ferse', kind: 'doctor' },
  { text: 'ich bin in eine Scherbe getreten', kind: 'doctor' },
  { text: 'mein Zeh ist entzündet', kind: 'doctor' },
  { text: 'ich bin Diabetiker und meine Füße sind taub', kind: 'doctor' },
  { text: 'darf ich das mit Diabetes machen', kind: 'doctor' },
  { text: 'ich hab Zucker und kein Gefühl in den Zehen', kind: 'doctor' },
  { text: 'mein Fuß ist geschwollen und heiß', kind: 'doctor' },
  { text: 'mein Bein ist dick geschwollen', kind: 'doctor' },
  { text: 'ich hatte mal eine Thrombose', kind: 'doctor' },
  { text: 'ich nehme Blutverdünner', kind: 'doctor' },
  { text: 'ich habe eine Herzschwäche', kind: 'doctor' },
  { text: 'ich hab was am Herzen', kind: 'doctor' },
  { text: 'ich hab einen Herzschrittmacher', kind: 'doctor' },
  { text: 'ich bin völlig erschöpft und kann nicht mehr stehen', kind: 'doctor' },

  // pregnancy
  { text: 'ich bin schwanger', kind: 'pregnancy' },
  { text: 'ich bin in der zwanzigsten Woche schwanger', kind: 'pregnancy' },
  { text: 'darf ich das in der Schwangerschaft machen', kind: 'pregnancy' },
  { text: 'wir erwarten ein Baby', kind: 'pregnancy' },
  { text: 'ich bekomme ein Kind', kind: 'pregnancy' },
  { text: 'ich bin guter Hoffnung', kind: 'pregnancy' },
  { text: 'wo drücke ich gegen Übelkeit in der Schwangerschaft', kind: 'pregnancy' },
  { text: 'ich hab Schwangerschaftsübelkeit', kind: 'pregnancy' },
  { text: 'wir versuchen gerade schwanger zu werden', kind: 'pregnancy' },
  { text: 'ich möchte schwanger werden', kind: 'pregnancy' },
  { text: 'ich bin im dritten Monat', kind: 'pregnancy' },
  { text: 'kann man die Wehen mit einem Punkt auslösen', kind: 'pregnancy' },
  { text: 'meine Freundin ist schwanger kann ich ihre Füße massieren', kind: 'pregnancy' },
  { text: 'ich stille noch und bin wieder schwanger', kind: 'pregnancy' },

  // crisis
  { text: 'ich will nicht mehr leben', kind: 'crisis' },
  { text: 'ich will mich umbringen', kind: 'crisis' },
  { text: 'ich denke an Selbstmord', kind: 'crisis' },
  { text: 'ich hab Suizidgedanken', kind: 'crisis' },
  { text: 'ich möchte sterben', kind: 'crisis' },
  { text: 'am liebsten wäre ich tot', kind: 'crisis' },
  { text: 'ich will mir das Leben nehmen', kind: 'crisis' },
  { text: 'ich ritze mich', kind: 'crisis' },
  { text: 'ich will mir wehtun', kind: 'crisis' },
  { text: 'es hat alles keinen Sinn mehr', kind: 'crisis' },
  { text: 'ich mach Schluss mit allem', kind: 'crisis' },
  { text: 'alle wären besser dran ohne mich', kind: 'crisis' },
  { text: 'ich kann nicht mehr und will einfach weg sein für immer', kind: 'crisis' },
];
