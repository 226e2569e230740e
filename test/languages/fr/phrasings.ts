// French test corpus, written without reading the French model (lambda/languages/fr/), so it
// measures that model. Phrasings mix "tu" and "vous" to Alexa, colloquial dropped "ne", fillers
// and politeness, as people in France and Quebec speak. Feet that are "chauds" are warm, and
// "brûlants" hot: "tiède" sounds lukewarm and people rarely say it of their feet.

export const PHRASINGS: ReadonlyArray<{
  text: string;
  intent: string;
  slots?: Record<string, string>;
}> = [
  // StartMassageIntent
  { text: 'commence mon massage des pieds', intent: 'StartMassageIntent' },
  { text: 'lance le massage', intent: 'StartMassageIntent' },
  { text: "je voudrais un massage des pieds s'il te plaît", intent: 'StartMassageIntent' },
  { text: 'euh on peut faire le massage des pieds', intent: 'StartMassageIntent' },
  { text: 'démarre la séance de massage', intent: 'StartMassageIntent' },
  { text: 'guide-moi pour masser mes pieds', intent: 'StartMassageIntent' },
  { text: 'fais-moi un massage rapide', intent: 'StartMassageIntent', slots: { length: 'quick' } },
  {
    text: 'lance un massage rapide des pieds',
    intent: 'StartMassageIntent',
    slots: { length: 'quick' },
  },
  {
    text: "j'ai pas beaucoup de temps fais-moi la version courte",
    intent: 'StartMassageIntent',
    slots: { length: 'quick' },
  },
  { text: 'le massage complet', intent: 'StartMassageIntent', slots: { length: 'standard' } },
  {
    text: "je veux le massage normal s'il vous plaît",
    intent: 'StartMassageIntent',
    slots: { length: 'standard' },
  },
  {
    text: 'démarre le massage des pieds classique',
    intent: 'StartMassageIntent',
    slots: { length: 'standard' },
  },
  {
    text: 'je veux le massage long',
    intent: 'StartMassageIntent',
    slots: { length: 'thorough' },
  },
  {
    text: 'fais-moi un massage approfondi',
    intent: 'StartMassageIntent',
    slots: { length: 'thorough' },
  },
  {
    text: "j'ai du temps ce soir on fait la version longue",
    intent: 'StartMassageIntent',
    slots: { length: 'thorough' },
  },

  // FindPointIntent
  {
    text: "où est-ce que j'appuie pour le mal de tête",
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: "j'ai mal à la tête où est-ce que je dois appuyer",
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: 'quel point contre la migraine',
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: 'où appuyer pour mieux dormir',
    intent: 'FindPointIntent',
    slots: { complaint: 'insomnia' },
  },
  {
    text: "j'arrive pas à dormir tu as un point pour ça",
    intent: 'FindPointIntent',
    slots: { complaint: 'insomnia' },
  },
  {
    text: "qu'est-ce qui aide contre le stress",
    intent: 'FindPointIntent',
    slots: { complaint: 'stress' },
  },
  {
    text: 'je suis super stressé en ce moment où je masse',
    intent: 'FindPointIntent',
    slots: { complaint: 'stress' },
  },
  {
    text: "y a un point pour l'anxiété",
    intent: 'FindPointIntent',
    slots: { complaint: 'anxiety' },
  },
  {
    text: 'je suis crevée quel point je peux masser',
    intent: 'FindPointIntent',
    slots: { complaint: 'tiredness' },
  },
  {
    text: 'contre la fatigue on appuie où',
    intent: 'FindPointIntent',
    slots: { complaint: 'tiredness' },
  },
  {
    text: "j'ai la nuque raide et les épaules tendues",
    intent: 'FindPointIntent',
    slots: { complaint: 'neck-shoulder-tension' },
  },
  {
    text: "j'ai mal au bas du dos où appuyer",
    intent: 'FindPointIntent',
    slots: { complaint: 'lower-back-pain' },
  },
  {
    text: 'quel point pour les lombaires',
    intent: 'FindPointIntent',
    slots: { complaint: 'lower-back-pain' },
  },
  {
    text: 'quel point pour la sciatique',
    intent: 'FindPointIntent',
    slots: { complaint: 'sciatica' },
  },
  {
    text: "j'ai le nez bouché qu'est-ce que je peux masser",
    intent: 'FindPointIntent',
    slots: { complaint: 'sinus-congestion' },
  },
  {
    text: 'un point contre le rhume',
    intent: 'FindPointIntent',
    slots: { complaint: 'common-cold' },
  },
  {
    text: "j'ai mal aux dents où est-ce que j'appuie",
    intent: 'FindPointIntent',
    slots: { complaint: 'toothache' },
  },
  { text: "j'ai la nausée", intent: 'FindPointIntent', slots: { complaint: 'nausea' } },
  {
    text: "j'ai mal au cœur depuis ce matin quel point aide",
    intent: 'FindPointIntent',
    slots: { complaint: 'nausea' },
  },
  {
    text: "j'ai trop mangé et je digère mal",
    intent: 'FindPointIntent',
    slots: { complaint: 'indigestion' },
  },
  {
    text: "j'ai le ventre tout gonflé",
    intent: 'FindPointIntent',
    slots: { complaint: 'bloating' },
  },
  {
    text: "où appuyer pour les brûlures d'estomac",
    intent: 'FindPointIntent',
    slots: { complaint: 'heartburn' },
  },
  {
    text: "j'ai des remontées acides",
    intent: 'FindPointIntent',
    slots: { complaint: 'heartburn' },
  },
  {
    text: 'je suis constipé depuis trois jours',
    intent: 'FindPointIntent',
    slots: { complaint: 'constipation' },
  },
  {
    text: "j'ai mes règles et j'ai des crampes",
    intent: 'FindPointIntent',
    slots: { complaint: 'menstrual-cramps' },
  },
  {
    text: 'quel point pour les douleurs de règles',
    intent: 'FindPointIntent',
    slots: { complaint: 'menstrual-cramps' },
  },
  { text: "j'ai des vertiges", intent: 'FindPointIntent', slots: { complaint: 'dizziness' } },
  {
    text: 'mes yeux sont fatigués à force des écrans',
    intent: 'FindPointIntent',
    slots: { complaint: 'eye-strain' },
  },
  {
    text: 'ça siffle dans mes oreilles',
    intent: 'FindPointIntent',
    slots: { complaint: 'tinnitus' },
  },
  {
    text: "qu'est-ce qui marche contre les acouphènes",
    intent: 'FindPointIntent',
    slots: { complaint: 'tinnitus' },
  },
  {
    text: "j'ai mal à la gorge",
    intent: 'FindPointIntent',
    slots: { complaint: 'sore-throat' },
  },
  {
    text: 'je tousse beaucoup un point pour la toux',
    intent: 'FindPointIntent',
    slots: { complaint: 'cough' },
  },
  { text: "j'ai mal au genou", intent: 'FindPointIntent', slots: { complaint: 'knee-pain' } },
  { text: "j'ai mal à la hanche", intent: 'FindPointIntent', slots: { complaint: 'hip-pain' } },
  {
    text: 'où appuyer quand on a mal au talon',
    intent: 'FindPointIntent',
    slots: { complaint: 'heel-pain' },
  },
  {
    text: "j'ai mal à la cheville",
    intent: 'FindPointIntent',
    slots: { complaint: 'ankle-pain' },
  },
  {
    text: "j'ai les jambes lourdes le soir",
    intent: 'FindPointIntent',
    slots: { complaint: 'tired-legs' },
  },
  {
    text: "j'ai des crampes dans les mollets la nuit",
    intent: 'FindPointIntent',
    slots: { complaint: 'leg-cramps' },
  },
  {
    text: 'quel point pour les pieds froids',
    intent: 'FindPointIntent',
    slots: { complaint: 'cold-feet' },
  },
  {
    text: "je m'énerve pour un rien en ce moment",
    intent: 'FindPointIntent',
    slots: { complaint: 'irritability' },
  },
  {
    text: "j'ai le moral à zéro",
    intent: 'FindPointIntent',
    slots: { complaint: 'low-mood' },
  },
  {
    text: "j'arrive pas à me concentrer",
    intent: 'FindPointIntent',
    slots: { complaint: 'poor-concentration' },
  },
  { text: "j'ai mal à l'oreille", intent: 'FindPointIntent', slots: { complaint: 'ear-pain' } },
  {
    text: "qu'est-ce que je masse pour les yeux qui piquent",
    intent: 'FindPointIntent',
    slots: { complaint: 'eye-trouble' },
  },
  {
    text: "j'ai des problèmes de colonne vertébrale",
    intent: 'FindPointIntent',
    slots: { complaint: 'spine-problems' },
  },

  // Quebec wording
  {
    text: "j'ai mal en bas du dos",
    intent: 'FindPointIntent',
    slots: { complaint: 'lower-back-pain' },
  },
  { text: "j'ai le rhume", intent: 'FindPointIntent', slots: { complaint: 'common-cold' } },

  // ContraindicationsIntent
  { text: 'quelles sont les contre-indications', intent: 'ContraindicationsIntent' },
  { text: "c'est dangereux pour qui", intent: 'ContraindicationsIntent' },
  { text: "quand est-ce qu'il ne faut pas masser", intent: 'ContraindicationsIntent' },
  { text: "dis-moi les contre-indications s'il te plaît", intent: 'ContraindicationsIntent' },
  { text: 'dans quels cas je dois éviter le massage', intent: 'ContraindicationsIntent' },

  // ForgetMyDataIntent
  { text: 'oublie mes données', intent: 'ForgetMyDataIntent' },
  { text: 'efface tout ce que tu sais sur moi', intent: 'ForgetMyDataIntent' },
  { text: 'supprime mes informations personnelles', intent: 'ForgetMyDataIntent' },

  // NotSureIntent
  { text: 'je ne sais pas', intent: 'NotSureIntent' },
  { text: 'chais pas trop', intent: 'NotSureIntent' },
  { text: 'je suis pas sûre', intent: 'NotSureIntent' },
  { text: 'aucune idée', intent: 'NotSureIntent' },

  // ChoosePostureIntent
  { text: 'le pied sur la cuisse', intent: 'ChoosePostureIntent', slots: { posture: 'thigh' } },
  {
    text: 'je vais poser mon pied sur mon autre cuisse',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'thigh' },
  },
  { text: 'sur une chaise', intent: 'ChoosePostureIntent', slots: { posture: 'chair-seat' } },
  {
    text: 'je mets le pied sur le siège de la chaise',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'chair-seat' },
  },
  {
    text: 'à moitié assise au bord de la chaise',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'chair-edge' },
  },
  { text: 'au bord de la chaise', intent: 'ChoosePostureIntent', slots: { posture: 'chair-edge' } },
  { text: 'allongée', intent: 'ChoosePostureIntent', slots: { posture: 'lying' } },
  {
    text: 'je préfère être couché sur le dos',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'lying' },
  },

  // TenderSpotIntent
  {
    text: 'mon gros orteil est sensible',
    intent: 'TenderSpotIntent',
    slots: { zone: 'big-toe' },
  },
  {
    text: 'le deuxième orteil me fait mal',
    intent: 'TenderSpotIntent',
    slots: { zone: 'toe-tips-2-3' },
  },
  {
    text: 'ça tire au niveau du petit orteil',
    intent: 'TenderSpotIntent',
    slots: { zone: 'outer-toes' },
  },
  { text: 'à la base des orteils', intent: 'TenderSpotIntent', slots: { zone: 'toe-base' } },
  {
    text: 'juste sous les orteils sur le coussinet',
    intent: 'TenderSpotIntent',
    slots: { zone: 'ball-of-foot' },
  },
  {
    text: "oui la voûte plantaire c'était douloureux",
    intent: 'TenderSpotIntent',
    slots: { zone: 'arch' },
  },
  { text: 'au creux du pied', intent: 'TenderSpotIntent', slots: { zone: 'arch' } },
  {
    text: 'le bord intérieur du pied',
    intent: 'TenderSpotIntent',
    slots: { zone: 'inner-sole-edge' },
  },
  {
    text: "sur le côté extérieur du pied ça m'a fait mal",
    intent: 'TenderSpotIntent',
    slots: { zone: 'outer-sole-edge' },
  },
  { text: 'mon talon est sensible', intent: 'TenderSpotIntent', slots: { zone: 'heel' } },
  {
    text: "à l'intérieur de la cheville",
    intent: 'TenderSpotIntent',
    slots: { zone: 'inner-ankle' },
  },
  {
    text: 'autour de la malléole extérieure',
    intent: 'TenderSpotIntent',
    slots: { zone: 'outer-ankle' },
  },
  {
    text: 'le dessus du pied était sensible',
    intent: 'TenderSpotIntent',
    slots: { zone: 'top-of-foot' },
  },

  // SkipIntent
  { text: 'saute cette étape', intent: 'SkipIntent' },
  { text: 'on zappe cette partie', intent: 'SkipIntent' },
  { text: "passe cet exercice s'il te plaît", intent: 'SkipIntent' },

  // TimeLeftIntent
  { text: 'il reste combien de temps', intent: 'TimeLeftIntent' },
  { text: 'ça dure encore longtemps', intent: 'TimeLeftIntent' },
  { text: "c'est bientôt fini", intent: 'TimeLeftIntent' },

  // WhereAmIIntent
  { text: 'on en est où', intent: 'WhereAmIIntent' },
  { text: "c'est quelle étape là", intent: 'WhereAmIIntent' },
  { text: "où est-ce que j'en suis", intent: 'WhereAmIIntent' },

  // TellMeMoreIntent
  { text: "dis-m'en plus", intent: 'TellMeMoreIntent' },
  { text: "tu peux m'en dire un peu plus", intent: 'TellMeMoreIntent' },
  { text: "plus de détails s'il vous plaît", intent: 'TellMeMoreIntent' },

  // FootTemperatureIntent
  {
    text: "j'ai les pieds froids et moites",
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'cold', moisture: 'damp' },
  },
  {
    text: 'mes pieds sont gelés et tout secs',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'cold', moisture: 'dry' },
  },
  {
    text: 'mes pieds sont chauds et secs',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'warm', moisture: 'dry' },
  },
  {
    text: "j'ai les pieds brûlants et qui transpirent",
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'hot', moisture: 'damp' },
  },
  {
    text: 'mes pieds sont brûlants',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'hot' },
  },
  {
    text: 'le pied gauche est froid et le droit est chaud',
    intent: 'FootTemperatureIntent',
    slots: { left: 'cold', right: 'warm' },
  },

  {
    text: "j'ai les pieds frettes",
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'cold' },
  },

  // ExplainTopicIntent
  {
    text: "c'est quoi les points d'alarme",
    intent: 'ExplainTopicIntent',
    slots: { topic: 'alarm-points' },
  },
  {
    text: 'explique-moi les méridiens',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'meridians' },
  },
  {
    text: "c'est quoi la réflexologie",
    intent: 'ExplainTopicIntent',
    slots: { topic: 'reflexology' },
  },
  {
    text: 'je peux le faire combien de fois par jour',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'how-often' },
  },
  {
    text: 'quel est le meilleur moment pour se masser les pieds',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'best-time' },
  },
  {
    text: "est-ce que c'est normal que ça fasse mal",
    intent: 'ExplainTopicIntent',
    slots: { topic: 'should-it-hurt' },
  },
  {
    text: 'une séance doit durer combien de temps',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'session-length' },
  },
  {
    text: "j'appuie avec quel doigt",
    intent: 'ExplainTopicIntent',
    slots: { topic: 'which-finger' },
  },
  {
    text: 'dans quel sens on masse le pied',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'which-direction' },
  },
  {
    text: 'explique-moi les zones du pied',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'foot-zones' },
  },
  {
    text: 'pourquoi il faut masser les deux pieds',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'left-and-right' },
  },
  {
    text: 'comment on fait une acupression',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'how-to' },
  },
  {
    text: 'quelles sont les sortes de points',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'kinds-of-points' },
  },
  {
    text: 'il faut appuyer fort ou doucement',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'pressure-degrees' },
  },
  {
    text: 'quelles positions je peux prendre pour me masser',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'positions' },
  },
  {
    text: 'ça veut dire quoi les points sensibles',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'tender-spots' },
  },

  // SetReminderIntent
  { text: 'rappelle-moi tous les soirs', intent: 'SetReminderIntent' },
  { text: 'tu peux me mettre un rappel quotidien', intent: 'SetReminderIntent' },
  {
    text: 'mets-moi un rappel à 21 heures',
    intent: 'SetReminderIntent',
    slots: { time: '21:00' },
  },
  {
    text: 'rappelle-moi à neuf heures du soir',
    intent: 'SetReminderIntent',
    slots: { time: '21:00' },
  },
  {
    text: 'un rappel tous les jours à vingt heures trente',
    intent: 'SetReminderIntent',
    slots: { time: '20:30' },
  },
  {
    text: 'programme un rappel à sept heures du matin',
    intent: 'SetReminderIntent',
    slots: { time: '07:00' },
  },

  // ReminderStatusIntent
  { text: 'à quelle heure est mon rappel', intent: 'ReminderStatusIntent' },
  { text: "est-ce que j'ai un rappel", intent: 'ReminderStatusIntent' },

  // MoveReminderIntent
  {
    text: 'déplace mon rappel à 22 heures',
    intent: 'MoveReminderIntent',
    slots: { time: '22:00' },
  },
  {
    text: "change l'heure de mon rappel à dix heures du soir",
    intent: 'MoveReminderIntent',
    slots: { time: '22:00' },
  },
  { text: 'décale mon rappel', intent: 'MoveReminderIntent' },

  // CancelReminderIntent
  { text: 'annule mon rappel', intent: 'CancelReminderIntent' },
  { text: 'supprime le rappel du massage', intent: 'CancelReminderIntent' },
  { text: 'je veux plus de rappel', intent: 'CancelReminderIntent' },

  // BodyMapIntent
  {
    text: 'où sont les yeux sur le pied',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'eyes' },
  },
  {
    text: "quelle zone du pied correspond à l'estomac",
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'stomach' },
  },
  {
    text: 'où se trouve la colonne vertébrale sur le pied',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'spine' },
  },
  {
    text: 'où sont les épaules sur la carte du pied',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'shoulders' },
  },
  {
    text: 'quelle partie du pied pour les poumons',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'lungs' },
  },
  {
    text: "où est l'utérus sur le pied",
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'womb' },
  },
  {
    text: 'où est la zone des sinus',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'sinuses' },
  },
  {
    text: 'mon talon correspond à quoi',
    intent: 'BodyMapIntent',
    slots: { zone: 'heel' },
  },
  {
    text: "le gros orteil c'est relié à quoi",
    intent: 'BodyMapIntent',
    slots: { zone: 'big-toe' },
  },

  // PointInfoIntent
  { text: "c'est quoi rein un", intent: 'PointInfoIntent', slots: { point: 'kidney-1' } },
  { text: 'où se trouve foie trois', intent: 'PointInfoIntent', slots: { point: 'liver-3' } },
  {
    text: 'parle-moi du point estomac trente-six',
    intent: 'PointInfoIntent',
    slots: { point: 'stomach-36' },
  },
  {
    text: "c'est où le point vessie soixante",
    intent: 'PointInfoIntent',
    slots: { point: 'bladder-60' },
  },
  { text: 'à quoi sert rate six', intent: 'PointInfoIntent', slots: { point: 'spleen-6' } },
  {
    text: 'vésicule biliaire trente-quatre ça sert à quoi',
    intent: 'PointInfoIntent',
    slots: { point: 'gallbladder-34' },
  },
  { text: 'où est yongquan', intent: 'PointInfoIntent', slots: { point: 'kidney-1' } },
  { text: "c'est quoi taichong", intent: 'PointInfoIntent', slots: { point: 'liver-3' } },
  { text: 'zusanli il est où', intent: 'PointInfoIntent', slots: { point: 'stomach-36' } },

  // ThanksIntent
  { text: 'merci', intent: 'ThanksIntent' },
  { text: 'merci beaucoup', intent: 'ThanksIntent' },
  { text: "c'est gentil merci", intent: 'ThanksIntent' },
  { text: "super merci c'était top", intent: 'ThanksIntent' },
  { text: 'merci bien', intent: 'ThanksIntent' },

  { text: 'merci infiniment', intent: 'ThanksIntent' },

  // AMAZON.HelpIntent
  { text: 'aide', intent: 'AMAZON.HelpIntent' },
  { text: "qu'est-ce que je peux dire", intent: 'AMAZON.HelpIntent' },
  { text: 'comment ça marche', intent: 'AMAZON.HelpIntent' },

  // AMAZON.StopIntent
  { text: 'stop', intent: 'AMAZON.StopIntent' },
  { text: 'arrête', intent: 'AMAZON.StopIntent' },
  { text: 'ça suffit pour ce soir', intent: 'AMAZON.StopIntent' },

  // AMAZON.CancelIntent
  { text: 'annule', intent: 'AMAZON.CancelIntent' },
  { text: 'laisse tomber', intent: 'AMAZON.CancelIntent' },

  // AMAZON.PauseIntent
  { text: 'pause', intent: 'AMAZON.PauseIntent' },
  { text: 'mets en pause', intent: 'AMAZON.PauseIntent' },
  { text: 'attends deux secondes', intent: 'AMAZON.PauseIntent' },

  // AMAZON.ResumeIntent
  { text: 'reprends', intent: 'AMAZON.ResumeIntent' },
  { text: 'on reprend le massage', intent: 'AMAZON.ResumeIntent' },

  // AMAZON.NextIntent
  { text: 'suivant', intent: 'AMAZON.NextIntent' },
  { text: 'étape suivante', intent: 'AMAZON.NextIntent' },
  { text: 'la suite', intent: 'AMAZON.NextIntent' },

  // AMAZON.PreviousIntent
  { text: 'retour', intent: 'AMAZON.PreviousIntent' },
  { text: "reviens à l'étape d'avant", intent: 'AMAZON.PreviousIntent' },

  // AMAZON.RepeatIntent
  { text: 'répète', intent: 'AMAZON.RepeatIntent' },
  { text: 'tu peux répéter', intent: 'AMAZON.RepeatIntent' },
  { text: "pardon j'ai pas entendu", intent: 'AMAZON.RepeatIntent' },

  // AMAZON.StartOverIntent
  { text: 'recommence', intent: 'AMAZON.StartOverIntent' },
  { text: 'reprends depuis le début', intent: 'AMAZON.StartOverIntent' },

  // AMAZON.YesIntent
  { text: 'oui', intent: 'AMAZON.YesIntent' },
  { text: "oui s'il te plaît", intent: 'AMAZON.YesIntent' },
  { text: "d'accord", intent: 'AMAZON.YesIntent' },
  { text: 'ouais vas-y', intent: 'AMAZON.YesIntent' },

  { text: "c'est correct vas-y", intent: 'AMAZON.YesIntent' },

  // AMAZON.NoIntent
  { text: 'non', intent: 'AMAZON.NoIntent' },
  { text: 'non merci', intent: 'AMAZON.NoIntent' },
  { text: 'non aucun', intent: 'AMAZON.NoIntent' },
  { text: 'pas du tout', intent: 'AMAZON.NoIntent' },

  { text: 'non pantoute', intent: 'AMAZON.NoIntent' },

  // AMAZON.NavigateHomeIntent
  { text: "retour à l'accueil", intent: 'AMAZON.NavigateHomeIntent' },
];

export const SAFETY_PHRASINGS: ReadonlyArray<{
  text: string;
  kind: 'crisis' | 'emergency' | 'doctor' | 'pregnancy';
}> = [
  // emergency: help now
  { text: 'je saigne beaucoup', kind: 'emergency' },
  { text: "ça saigne et ça ne s'arrête pas", kind: 'emergency' },
  { text: 'mon pied saigne beaucoup', kind: 'emergency' },
  { text: "j'ai une douleur dans la poitrine", kind: 'emergency' },
  { text: "j'ai mal à la poitrine", kind: 'emergency' },
  { text: 'où appuyer pour une douleur à la poitrine', kind: 'emergency' },
  { text: "j'ai la poitrine serrée et mal dans le bras gauche", kind: 'emergency' },
  { text: 'je crois que je fais une crise cardiaque', kind: 'emergency' },
  { text: 'je fais un infarctus', kind: 'emergency' },
  { text: "j'arrive plus à respirer", kind: 'emergency' },
  { text: "j'étouffe", kind: 'emergency' },
  { text: "je manque d'air je suis essoufflé sans rien faire", kind: 'emergency' },
  { text: 'je crois que je fais un avc', kind: 'emergency' },
  { text: "j'ai la bouche de travers et j'arrive plus à parler", kind: 'emergency' },
  { text: 'mon bras est tout faible et je parle mal', kind: 'emergency' },
  { text: "j'ai le visage qui tombe d'un côté", kind: 'emergency' },
  { text: 'le pire mal de tête de ma vie', kind: 'emergency' },
  { text: "j'ai eu un mal de tête violent d'un coup", kind: 'emergency' },
  { text: "je me suis cogné la tête et maintenant j'ai mal au crâne", kind: 'emergency' },
  { text: "d'un coup je ne vois plus rien d'un œil", kind: 'emergency' },
  { text: 'je crache du sang', kind: 'emergency' },
  { text: 'je tousse du sang', kind: 'emergency' },
  { text: 'mon mollet est gonflé et douloureux', kind: 'emergency' },
  { text: "j'ai le mollet chaud et enflé", kind: 'emergency' },
  { text: "je crois que j'ai une phlébite", kind: 'emergency' },
  { text: "j'ai peut-être un caillot dans la jambe", kind: 'emergency' },
  { text: 'je me suis évanoui', kind: 'emergency' },
  { text: "j'ai fait un malaise tout à l'heure", kind: 'emergency' },
  { text: 'je sens que je vais tomber dans les pommes', kind: 'emergency' },

  // doctor: see a doctor, no massage
  { text: "je me suis cassé l'orteil", kind: 'doctor' },
  { text: "je crois que j'ai l'orteil fracturé", kind: 'doctor' },
  { text: 'où appuyer pour un orteil cassé', kind: 'doctor' },
  { text: 'je me suis tordu la cheville elle est peut-être cassée', kind: 'doctor' },
  { text: "j'ai une plaie ouverte sous le pied", kind: 'doctor' },
  { text: "je me suis coupé au pied et c'est tout rouge", kind: 'doctor' },
  { text: "j'ai une ampoule infectée au talon", kind: 'doctor' },
  { text: "j'ai de la fièvre", kind: 'doctor' },
  { text: "j'ai trente-neuf de fièvre", kind: 'doctor' },
  { text: "j'ai la grippe et je suis fiévreux", kind: 'doctor' },
  { text: 'je suis diabétique', kind: 'doctor' },
  { text: "j'ai du diabète et je sens plus mes pieds", kind: 'doctor' },
  { text: 'est-ce que je peux le faire si je suis diabétique', kind: 'doctor' },
  { text: 'mon pied est enflé et tout chaud', kind: 'doctor' },
  { text: 'ma jambe est gonflée', kind: 'doctor' },
  { text: "j'ai eu une phlébite l'an dernier", kind: 'doctor' },
  { text: 'je prends des anticoagulants', kind: 'doctor' },
  { text: "j'ai des problèmes de cœur", kind: 'doctor' },
  { text: "j'ai une insuffisance cardiaque", kind: 'doctor' },
  { text: 'je suis complètement épuisé à bout de forces', kind: 'doctor' },

  // pregnancy
  { text: 'je suis enceinte', kind: 'pregnancy' },
  { text: 'je suis enceinte de cinq mois', kind: 'pregnancy' },
  { text: "j'attends un bébé", kind: 'pregnancy' },
  { text: "j'attends un heureux événement", kind: 'pregnancy' },
  { text: "on essaie d'avoir un enfant", kind: 'pregnancy' },
  { text: 'je suis en début de grossesse', kind: 'pregnancy' },
  { text: 'est-ce que la réflexologie est sans danger pendant la grossesse', kind: 'pregnancy' },
  { text: 'où appuyer pour déclencher le travail', kind: 'pregnancy' },
  { text: "j'ai les pieds gonflés parce que je suis enceinte", kind: 'pregnancy' },
  { text: 'je dois accoucher dans deux mois', kind: 'pregnancy' },
  { text: "j'ai des nausées de grossesse", kind: 'pregnancy' },
  { text: "je suis enceinte et j'ai des crampes aux jambes", kind: 'pregnancy' },

  // crisis
  { text: 'je veux mourir', kind: 'crisis' },
  { text: "j'ai envie de me suicider", kind: 'crisis' },
  { text: 'je pense au suicide', kind: 'crisis' },
  { text: 'je veux en finir', kind: 'crisis' },
  { text: "j'ai plus envie de vivre", kind: 'crisis' },
  { text: 'je veux me faire du mal', kind: 'crisis' },
  { text: 'je me scarifie', kind: 'crisis' },
  { text: 'ça ne sert à rien que je sois là je veux disparaître', kind: 'crisis' },
  { text: "j'ai des idées noires et je pense à me tuer", kind: 'crisis' },
  { text: 'je vais mettre fin à mes jours', kind: 'crisis' },
];
