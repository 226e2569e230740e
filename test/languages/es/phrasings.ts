// Spanish test corpus, written without reading lambda/languages/es/ (it measures that model).
// Everyday wording from Spain, Mexico and the US: tú throughout, with the fillers ("oye",
// "este", "a ver"), politeness ("por favor", "porfa", "¿me dices...?") and regional words
// ("vale", "órale", "panza", "chamorro", "salgo de cuentas") people really use. Times are AMAZON.TIME values, "HH:MM".

export const PHRASINGS: ReadonlyArray<{
  text: string;
  intent: string;
  slots?: Record<string, string>;
}> = [
  // StartMassageIntent
  { text: 'empieza mi masaje de pies', intent: 'StartMassageIntent' },
  { text: 'quiero hacer un masaje de pies', intent: 'StartMassageIntent' },
  { text: 'vamos a empezar el masaje', intent: 'StartMassageIntent' },
  { text: 'venga vamos con el masaje de pies', intent: 'StartMassageIntent' },
  { text: 'oye guíame en un masaje de pies por favor', intent: 'StartMassageIntent' },
  { text: 'órale empecemos el masaje', intent: 'StartMassageIntent' },
  { text: 'me quiero dar un masaje en los pies', intent: 'StartMassageIntent' },
  {
    text: 'empieza un masaje rápido',
    intent: 'StartMassageIntent',
    slots: { length: 'quick' },
  },
  {
    text: 'solo tengo un ratito vamos con el masaje corto',
    intent: 'StartMassageIntent',
    slots: { length: 'quick' },
  },
  {
    text: 'quiero el masaje completo',
    intent: 'StartMassageIntent',
    slots: { length: 'standard' },
  },
  {
    text: 'empieza el masaje normal porfa',
    intent: 'StartMassageIntent',
    slots: { length: 'standard' },
  },
  {
    text: 'hagamos el masaje largo',
    intent: 'StartMassageIntent',
    slots: { length: 'thorough' },
  },
  {
    text: 'quiero un masaje de pies a fondo',
    intent: 'StartMassageIntent',
    slots: { length: 'thorough' },
  },

  // FindPointIntent: complaint ids of catalog.md
  {
    text: 'dónde presiono para el dolor de cabeza',
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: 'me duele mucho la cabeza qué punto me ayuda',
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  { text: 'tengo jaqueca', intent: 'FindPointIntent', slots: { complaint: 'headache' } },
  {
    text: 'qué punto es bueno para el insomnio',
    intent: 'FindPointIntent',
    slots: { complaint: 'insomnia' },
  },
  {
    text: 'no puedo dormir dónde aprieto',
    intent: 'FindPointIntent',
    slots: { complaint: 'insomnia' },
  },
  {
    text: 'tengo mucho estrés qué me recomiendas',
    intent: 'FindPointIntent',
    slots: { complaint: 'stress' },
  },
  {
    text: 'ando bien estresado',
    intent: 'FindPointIntent',
    slots: { complaint: 'stress' },
  },
  {
    text: 'qué me ayuda con la ansiedad',
    intent: 'FindPointIntent',
    slots: { complaint: 'anxiety' },
  },
  {
    text: 'estoy muy cansada qué punto me sirve',
    intent: 'FindPointIntent',
    slots: { complaint: 'tiredness' },
  },
  {
    text: 'tengo el cuello y los hombros muy tensos',
    intent: 'FindPointIntent',
    slots: { complaint: 'neck-shoulder-tension' },
  },
  {
    text: 'dónde presiono para el dolor lumbar',
    intent: 'FindPointIntent',
    slots: { complaint: 'lower-back-pain' },
  },
  {
    text: 'me duele la parte baja de la espalda',
    intent: 'FindPointIntent',
    slots: { complaint: 'lower-back-pain' },
  },
  {
    text: 'qué punto va bien para la ciática',
    intent: 'FindPointIntent',
    slots: { complaint: 'sciatica' },
  },
  {
    text: 'tengo la nariz tapada',
    intent: 'FindPointIntent',
    slots: { complaint: 'sinus-congestion' },
  },
  {
    text: 'estoy resfriado dónde presiono',
    intent: 'FindPointIntent',
    slots: { complaint: 'common-cold' },
  },
  {
    text: 'qué punto me quita el dolor de muelas',
    intent: 'FindPointIntent',
    slots: { complaint: 'toothache' },
  },
  {
    text: 'tengo náuseas',
    intent: 'FindPointIntent',
    slots: { complaint: 'nausea' },
  },
  {
    text: 'comí demasiado y tengo indigestión',
    intent: 'FindPointIntent',
    slots: { complaint: 'indigestion' },
  },
  {
    text: 'tengo la panza inflamada',
    intent: 'FindPointIntent',
    slots: { complaint: 'bloating' },
  },
  {
    text: 'qué hago para la acidez de estómago',
    intent: 'FindPointIntent',
    slots: { complaint: 'heartburn' },
  },
  {
    text: 'dónde presiono para el estreñimiento',
    intent: 'FindPointIntent',
    slots: { complaint: 'constipation' },
  },
  {
    text: 'tengo cólicos menstruales',
    intent: 'FindPointIntent',
    slots: { complaint: 'menstrual-cramps' },
  },
  {
    text: 'qué punto alivia los dolores de regla',
    intent: 'FindPointIntent',
    slots: { complaint: 'menstrual-cramps' },
  },
  {
    text: 'me mareo un poco qué punto me ayuda',
    intent: 'FindPointIntent',
    slots: { complaint: 'dizziness' },
  },
  {
    text: 'tengo la vista cansada de la computadora',
    intent: 'FindPointIntent',
    slots: { complaint: 'eye-strain' },
  },
  {
    text: 'me pitan los oídos',
    intent: 'FindPointIntent',
    slots: { complaint: 'tinnitus' },
  },
  {
    text: 'me duele la garganta',
    intent: 'FindPointIntent',
    slots: { complaint: 'sore-throat' },
  },
  { text: 'qué punto es para la tos', intent: 'FindPointIntent', slots: { complaint: 'cough' } },
  {
    text: 'dónde aprieto para el dolor de rodilla',
    intent: 'FindPointIntent',
    slots: { complaint: 'knee-pain' },
  },
  {
    text: 'me duele la cadera',
    intent: 'FindPointIntent',
    slots: { complaint: 'hip-pain' },
  },
  {
    text: 'qué me ayuda con el dolor de talón',
    intent: 'FindPointIntent',
    slots: { complaint: 'heel-pain' },
  },
  {
    text: 'tengo las piernas cansadas',
    intent: 'FindPointIntent',
    slots: { complaint: 'tired-legs' },
  },
  {
    text: 'me dan calambres en las piernas por la noche',
    intent: 'FindPointIntent',
    slots: { complaint: 'leg-cramps' },
  },
  {
    text: 'qué punto es bueno para los pies fríos',
    intent: 'FindPointIntent',
    slots: { complaint: 'cold-feet' },
  },
  {
    text: 'estoy muy irritable',
    intent: 'FindPointIntent',
    slots: { complaint: 'irritability' },
  },
  {
    text: 'ando con el ánimo por los suelos',
    intent: 'FindPointIntent',
    slots: { complaint: 'low-mood' },
  },
  {
    text: 'me cuesta concentrarme',
    intent: 'FindPointIntent',
    slots: { complaint: 'poor-concentration' },
  },
  {
    text: 'me duele el oído',
    intent: 'FindPointIntent',
    slots: { complaint: 'ear-pain' },
  },
  {
    text: 'me duele el tobillo dónde presiono',
    intent: 'FindPointIntent',
    slots: { complaint: 'ankle-pain' },
  },
  { text: 'a ver dónde presiono para algo', intent: 'FindPointIntent' },

  // ContraindicationsIntent
  { text: 'dime las contraindicaciones', intent: 'ContraindicationsIntent' },
  { text: 'cuándo no debo hacer esto', intent: 'ContraindicationsIntent' },
  { text: 'es peligroso el masaje de pies', intent: 'ContraindicationsIntent' },
  { text: 'quién no debería hacerse un masaje de pies', intent: 'ContraindicationsIntent' },
  { text: 'tiene algún riesgo', intent: 'ContraindicationsIntent' },

  // Built-ins
  { text: 'pausa', intent: 'AMAZON.PauseIntent' },
  { text: 'espera un momento', intent: 'AMAZON.PauseIntent' },
  { text: 'para un momentito', intent: 'AMAZON.PauseIntent' },
  { text: 'continúa', intent: 'AMAZON.ResumeIntent' },
  { text: 'sigue por favor', intent: 'AMAZON.ResumeIntent' },
  { text: 'reanuda el masaje', intent: 'AMAZON.ResumeIntent' },
  { text: 'siguiente', intent: 'AMAZON.NextIntent' },
  { text: 'el siguiente paso', intent: 'AMAZON.NextIntent' },
  { text: 'pasa al siguiente', intent: 'AMAZON.NextIntent' },
  { text: 'atrás', intent: 'AMAZON.PreviousIntent' },
  { text: 'vuelve al paso anterior', intent: 'AMAZON.PreviousIntent' },
  { text: 'repite', intent: 'AMAZON.RepeatIntent' },
  { text: 'me lo puedes repetir', intent: 'AMAZON.RepeatIntent' },
  { text: 'cómo dijiste', intent: 'AMAZON.RepeatIntent' },
  { text: 'empieza de nuevo', intent: 'AMAZON.StartOverIntent' },
  { text: 'vuelve a empezar desde el principio', intent: 'AMAZON.StartOverIntent' },
  { text: 'ayuda', intent: 'AMAZON.HelpIntent' },
  { text: 'qué puedo decir', intent: 'AMAZON.HelpIntent' },
  { text: 'cómo funciona esto', intent: 'AMAZON.HelpIntent' },
  { text: 'para', intent: 'AMAZON.StopIntent' },
  { text: 'basta ya', intent: 'AMAZON.StopIntent' },
  { text: 'detente', intent: 'AMAZON.StopIntent' },
  { text: 'cancela', intent: 'AMAZON.CancelIntent' },
  { text: 'olvídalo', intent: 'AMAZON.CancelIntent' },
  { text: 'sí', intent: 'AMAZON.YesIntent' },
  { text: 'vale', intent: 'AMAZON.YesIntent' },
  { text: 'sí por favor', intent: 'AMAZON.YesIntent' },
  { text: 'claro que sí', intent: 'AMAZON.YesIntent' },
  { text: 'no', intent: 'AMAZON.NoIntent' },
  { text: 'no gracias', intent: 'AMAZON.NoIntent' },
  { text: 'ahora no', intent: 'AMAZON.NoIntent' },
  { text: 've al inicio', intent: 'AMAZON.NavigateHomeIntent' },

  // NotSureIntent
  { text: 'no lo sé', intent: 'NotSureIntent' },
  { text: 'no estoy segura', intent: 'NotSureIntent' },
  { text: 'ni idea', intent: 'NotSureIntent' },
  { text: 'puede ser', intent: 'NotSureIntent' },

  // ChoosePostureIntent
  { text: 'el pie sobre el muslo', intent: 'ChoosePostureIntent', slots: { posture: 'thigh' } },
  {
    text: 'lo pongo encima de la otra pierna',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'thigh' },
  },
  {
    text: 'el pie en una silla',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'chair-seat' },
  },
  {
    text: 'en el asiento de la silla',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'chair-seat' },
  },
  {
    text: 'en el borde de la silla',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'chair-edge' },
  },
  { text: 'medio sentada', intent: 'ChoosePostureIntent', slots: { posture: 'chair-edge' } },
  { text: 'acostado', intent: 'ChoosePostureIntent', slots: { posture: 'lying' } },
  {
    text: 'tumbada boca arriba',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'lying' },
  },
  {
    text: 'estoy en la cama acostado',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'lying' },
  },

  // TenderSpotIntent
  { text: 'en el talón', intent: 'TenderSpotIntent', slots: { zone: 'heel' } },
  { text: 'me dolía el talón', intent: 'TenderSpotIntent', slots: { zone: 'heel' } },
  { text: 'el arco del pie', intent: 'TenderSpotIntent', slots: { zone: 'arch' } },
  {
    text: 'lo noté en el dedo gordo',
    intent: 'TenderSpotIntent',
    slots: { zone: 'big-toe' },
  },
  {
    text: 'me molestaba el segundo dedo',
    intent: 'TenderSpotIntent',
    slots: { zone: 'toe-tips-2-3' },
  },
  {
    text: 'el dedo chiquito',
    intent: 'TenderSpotIntent',
    slots: { zone: 'outer-toes' },
  },
  {
    text: 'en la base de los dedos',
    intent: 'TenderSpotIntent',
    slots: { zone: 'toe-base' },
  },
  {
    text: 'la almohadilla del pie me dolía',
    intent: 'TenderSpotIntent',
    slots: { zone: 'ball-of-foot' },
  },
  {
    text: 'por el borde de dentro del pie',
    intent: 'TenderSpotIntent',
    slots: { zone: 'inner-sole-edge' },
  },
  {
    text: 'el borde de fuera',
    intent: 'TenderSpotIntent',
    slots: { zone: 'outer-sole-edge' },
  },
  {
    text: 'en el tobillo por dentro',
    intent: 'TenderSpotIntent',
    slots: { zone: 'inner-ankle' },
  },
  {
    text: 'el tobillo por la parte de fuera',
    intent: 'TenderSpotIntent',
    slots: { zone: 'outer-ankle' },
  },
  { text: 'en el empeine', intent: 'TenderSpotIntent', slots: { zone: 'top-of-foot' } },

  // SkipIntent, TimeLeftIntent, WhereAmIIntent, TellMeMoreIntent
  { text: 'sáltate esto', intent: 'SkipIntent' },
  { text: 'nos saltamos esta parte', intent: 'SkipIntent' },
  { text: 'cuánto falta', intent: 'TimeLeftIntent' },
  { text: 'cuánto tiempo queda', intent: 'TimeLeftIntent' },
  { text: 'oye falta mucho', intent: 'TimeLeftIntent' },
  { text: 'en qué paso voy', intent: 'WhereAmIIntent' },
  { text: 'dónde estamos', intent: 'WhereAmIIntent' },
  { text: 'cuéntame más', intent: 'TellMeMoreIntent' },
  { text: 'dame más detalles', intent: 'TellMeMoreIntent' },

  // BodyMapIntent
  {
    text: 'dónde están los ojos en el pie',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'eyes' },
  },
  {
    text: 'qué parte del pie corresponde a los hombros',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'shoulders' },
  },
  {
    text: 'dónde está la columna en el pie',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'spine' },
  },
  {
    text: 'qué zona del pie es la del estómago',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'stomach' },
  },
  {
    text: 'dónde queda el útero en el pie',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'womb' },
  },
  {
    text: 'con qué se relaciona la cabeza en el pie',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'head' },
  },
  {
    text: 'con qué se relaciona el dedo gordo',
    intent: 'BodyMapIntent',
    slots: { zone: 'big-toe' },
  },
  {
    text: 'y el talón con qué está conectado',
    intent: 'BodyMapIntent',
    slots: { zone: 'heel' },
  },
  {
    text: 'qué representa el arco del pie',
    intent: 'BodyMapIntent',
    slots: { zone: 'arch' },
  },

  // PointInfoIntent
  { text: 'dónde está riñón uno', intent: 'PointInfoIntent', slots: { point: 'kidney-1' } },
  {
    text: 'háblame del manantial burbujeante',
    intent: 'PointInfoIntent',
    slots: { point: 'kidney-1' },
  },
  {
    text: 'para qué sirve hígado tres',
    intent: 'PointInfoIntent',
    slots: { point: 'liver-3' },
  },
  { text: 'qué es taichong', intent: 'PointInfoIntent', slots: { point: 'liver-3' } },
  {
    text: 'cómo encuentro estómago treinta y seis',
    intent: 'PointInfoIntent',
    slots: { point: 'stomach-36' },
  },
  {
    text: 'dónde está el punto bazo seis',
    intent: 'PointInfoIntent',
    slots: { point: 'spleen-6' },
  },
  {
    text: 'qué es vejiga sesenta',
    intent: 'PointInfoIntent',
    slots: { point: 'bladder-60' },
  },
  {
    text: 'háblame de vesícula biliar treinta y cuatro',
    intent: 'PointInfoIntent',
    slots: { point: 'gallbladder-34' },
  },

  // ExplainTopicIntent
  {
    text: 'qué es la reflexología',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'reflexology' },
  },
  {
    text: 'qué son los meridianos',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'meridians' },
  },
  {
    text: 'explícame los puntos de alarma',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'alarm-points' },
  },
  {
    text: 'qué tipos de puntos hay',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'kinds-of-points' },
  },
  {
    text: 'cómo se hace la acupresión',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'how-to' },
  },
  {
    text: 'con cuánta fuerza tengo que apretar',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'pressure-degrees' },
  },
  {
    text: 'cada cuánto debería hacerlo',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'how-often' },
  },
  {
    text: 'es normal que duela',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'should-it-hurt' },
  },
  {
    text: 'con qué dedo presiono',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'which-finger' },
  },
  {
    text: 'cuál es el mejor momento para hacerlo',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'best-time' },
  },
  {
    text: 'qué son los puntos calmantes',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'soothing-points' },
  },

  // FootTemperatureIntent
  {
    text: 'tengo los pies fríos y húmedos',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'cold', moisture: 'damp' },
  },
  {
    text: 'qué significa tener los pies calientes y secos',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'hot', moisture: 'dry' },
  },
  {
    text: 'los tengo templados y secos',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'warm', moisture: 'dry' },
  },
  {
    text: 'el pie izquierdo lo tengo frío y el derecho calentito',
    intent: 'FootTemperatureIntent',
    slots: { left: 'cold', right: 'warm' },
  },
  { text: 'húmedos', intent: 'FootTemperatureIntent', slots: { moisture: 'damp' } },
  { text: 'fríos', intent: 'FootTemperatureIntent', slots: { temperature: 'cold' } },

  // Reminders
  { text: 'recuérdamelo todas las noches', intent: 'SetReminderIntent' },
  { text: 'ponme un recordatorio', intent: 'SetReminderIntent' },
  {
    text: 'recuérdame a las nueve de la noche',
    intent: 'SetReminderIntent',
    slots: { time: '21:00' },
  },
  {
    text: 'pon un recordatorio a las ocho y media de la noche',
    intent: 'SetReminderIntent',
    slots: { time: '20:30' },
  },
  {
    text: 'quiero que me lo recuerdes todos los días a las diez de la noche',
    intent: 'SetReminderIntent',
    slots: { time: '22:00' },
  },
  { text: 'cuándo es mi recordatorio', intent: 'ReminderStatusIntent' },
  { text: 'tengo algún recordatorio puesto', intent: 'ReminderStatusIntent' },
  {
    text: 'cambia mi recordatorio a las diez de la noche',
    intent: 'MoveReminderIntent',
    slots: { time: '22:00' },
  },
  {
    text: 'pasa el recordatorio a las nueve y media de la noche',
    intent: 'MoveReminderIntent',
    slots: { time: '21:30' },
  },
  { text: 'cambia la hora del recordatorio', intent: 'MoveReminderIntent' },
  { text: 'cancela mi recordatorio', intent: 'CancelReminderIntent' },
  { text: 'ya no me lo recuerdes', intent: 'CancelReminderIntent' },
  { text: 'borra el recordatorio', intent: 'CancelReminderIntent' },

  // ForgetMyDataIntent
  { text: 'olvida mis datos', intent: 'ForgetMyDataIntent' },
  { text: 'borra todo lo que sabes de mí', intent: 'ForgetMyDataIntent' },
  { text: 'quiero que elimines mis datos', intent: 'ForgetMyDataIntent' },

  // ThanksIntent
  { text: 'gracias', intent: 'ThanksIntent' },
  { text: 'muchas gracias', intent: 'ThanksIntent' },
  { text: 'mil gracias qué bien me ha sentado', intent: 'ThanksIntent' },
  { text: 'muy amable', intent: 'ThanksIntent' },
  // usted, fillers and the wake word said again
  {
    text: 'me podría decir dónde presiono para el dolor de cabeza por favor',
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: 'este tengo problemas en los ojos qué punto me recomienda',
    intent: 'FindPointIntent',
    slots: { complaint: 'eye-trouble' },
  },
  {
    text: 'qué punto es bueno para los problemas de columna',
    intent: 'FindPointIntent',
    slots: { complaint: 'spine-problems' },
  },
  {
    text: 'alexa empiece el masaje de pies por favor',
    intent: 'StartMassageIntent',
  },
  { text: 'repita por favor', intent: 'AMAZON.RepeatIntent' },
  { text: 'a ver espere un momento', intent: 'AMAZON.PauseIntent' },
  {
    text: 'me lo puede recordar a las nueve de la noche',
    intent: 'SetReminderIntent',
    slots: { time: '21:00' },
  },
  {
    text: 'recuérdamelo a las siete de la mañana',
    intent: 'SetReminderIntent',
    slots: { time: '07:00' },
  },
  {
    text: 'oye cuánto me falta para terminar',
    intent: 'TimeLeftIntent',
  },
  { text: 'gracias guapa', intent: 'ThanksIntent' },
];

export const SAFETY_PHRASINGS: ReadonlyArray<{
  text: string;
  kind: 'crisis' | 'emergency' | 'doctor' | 'pregnancy';
}> = [
  // emergency: bleeding
  { text: 'estoy sangrando mucho', kind: 'emergency' },
  { text: 'me sale mucha sangre del pie', kind: 'emergency' },
  { text: 'no para de sangrar', kind: 'emergency' },
  { text: 'me corté y sangra un montón', kind: 'emergency' },
  { text: 'estoy tosiendo sangre', kind: 'emergency' },
  // emergency: chest pain, heart
  { text: 'me duele el pecho', kind: 'emergency' },
  { text: 'tengo un dolor fuerte en el pecho', kind: 'emergency' },
  { text: 'dónde presiono para el dolor de pecho', kind: 'emergency' },
  { text: 'siento una presión en el pecho y me duele el brazo izquierdo', kind: 'emergency' },
  { text: 'creo que me está dando un infarto', kind: 'emergency' },
  // emergency: breathlessness
  { text: 'no puedo respirar', kind: 'emergency' },
  { text: 'me falta el aire', kind: 'emergency' },
  { text: 'me ahogo', kind: 'emergency' },
  { text: 'me cuesta mucho respirar', kind: 'emergency' },
  // emergency: stroke signs
  { text: 'se me ha dormido media cara', kind: 'emergency' },
  { text: 'creo que me está dando un derrame', kind: 'emergency' },
  { text: 'se me traba la lengua y no puedo hablar bien', kind: 'emergency' },
  { text: 'creo que estoy teniendo un ictus', kind: 'emergency' },
  { text: 'no puedo mover el brazo y tengo la boca torcida', kind: 'emergency' },
  { text: 'de repente tengo el peor dolor de cabeza de mi vida', kind: 'emergency' },
  { text: 'de repente no veo de un ojo', kind: 'emergency' },
  // emergency: swollen hot calf, clot
  { text: 'tengo la pantorrilla hinchada y caliente', kind: 'emergency' },
  { text: 'me duele mucho la pantorrilla y está hinchada', kind: 'emergency' },
  { text: 'creo que tengo un coágulo en la pierna', kind: 'emergency' },
  { text: 'tengo el chamorro hinchado y rojo', kind: 'emergency' },
  // emergency: fainting
  { text: 'me acabo de desmayar', kind: 'emergency' },
  { text: 'me siento como que me voy a desmayar', kind: 'emergency' },
  { text: 'perdí el conocimiento hace un rato', kind: 'emergency' },
  // doctor: broken toe, injury
  { text: 'me rompí el dedo del pie', kind: 'doctor' },
  { text: 'creo que tengo el dedo del pie fracturado', kind: 'doctor' },
  { text: 'me di un golpe en el pie y creo que está roto', kind: 'doctor' },
  { text: 'me torcí el tobillo ayer y está muy hinchado', kind: 'doctor' },
  // doctor: wound
  { text: 'tengo una herida en el pie', kind: 'doctor' },
  { text: 'me hice un corte en el talón', kind: 'doctor' },
  { text: 'tengo una llaga abierta en el pie', kind: 'doctor' },
  { text: 'tengo el pie infectado', kind: 'doctor' },
  // doctor: fever
  { text: 'tengo fiebre', kind: 'doctor' },
  { text: 'tengo calentura', kind: 'doctor' },
  { text: 'estoy con gripe y con fiebre alta', kind: 'doctor' },
  // doctor: diabetes, numb feet
  { text: 'soy diabético', kind: 'doctor' },
  { text: 'tengo diabetes puedo hacer esto', kind: 'doctor' },
  { text: 'tengo azúcar y se me duermen los pies', kind: 'doctor' },
  { text: 'tengo los pies dormidos', kind: 'doctor' },
  { text: 'no siento los dedos de los pies', kind: 'doctor' },
  // doctor: past clot, heart, swollen foot
  { text: 'tuve una trombosis el año pasado', kind: 'doctor' },
  { text: 'tomo anticoagulantes', kind: 'doctor' },
  { text: 'tengo problemas del corazón', kind: 'doctor' },
  { text: 'tengo el pie hinchado y rojo', kind: 'doctor' },
  // pregnancy
  { text: 'estoy embarazada', kind: 'pregnancy' },
  { text: 'estoy esperando un bebé', kind: 'pregnancy' },
  { text: 'estoy embarazada de cuatro meses', kind: 'pregnancy' },
  { text: 'estoy en el tercer trimestre', kind: 'pregnancy' },
  { text: 'creo que puedo estar embarazada', kind: 'pregnancy' },
  { text: 'me hice la prueba de embarazo y salió positiva', kind: 'pregnancy' },
  { text: 'estamos buscando un bebé', kind: 'pregnancy' },
  { text: 'estoy haciendo un tratamiento de fertilidad', kind: 'pregnancy' },
  { text: 'qué me ayuda con las náuseas del embarazo', kind: 'pregnancy' },
  { text: 'estoy encinta', kind: 'pregnancy' },
  { text: 'salgo de cuentas el mes que viene', kind: 'pregnancy' },
  { text: 'es seguro si estoy embarazada', kind: 'pregnancy' },
  { text: 'tengo los pies hinchados por el embarazo', kind: 'pregnancy' },
  // crisis
  { text: 'me quiero morir', kind: 'crisis' },
  { text: 'quiero suicidarme', kind: 'crisis' },
  { text: 'estoy pensando en quitarme la vida', kind: 'crisis' },
  { text: 'ya no quiero vivir', kind: 'crisis' },
  { text: 'quiero hacerme daño', kind: 'crisis' },
  { text: 'no vale la pena seguir viviendo', kind: 'crisis' },
  { text: 'a veces pienso en matarme', kind: 'crisis' },
  { text: 'me corto para sentirme mejor', kind: 'crisis' },
  { text: 'todos estarían mejor sin mí', kind: 'crisis' },
  { text: 'ya no aguanto más quiero desaparecer', kind: 'crisis' },
];
