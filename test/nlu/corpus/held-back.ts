import type { CorpusEntry } from './types';

// HELD BACK: never used to write samples, never read while writing the model. It stays the honest
// measure of how the model copes with wordings nobody tuned it for; a phrasing that fails here is
// fixed by a better carrier or synonym in general, never by copying this line into the model.
export const heldBack: CorpusEntry[] = [
  // StartMassageIntent
  { text: 'could you walk me through massaging my feet', intent: 'StartMassageIntent' },
  { text: "I was hoping to do my feet now if that's alright", intent: 'StartMassageIntent' },
  { text: "right let's get this foot massage going", intent: 'StartMassageIntent' },
  { text: 'my feet need some attention can we start', intent: 'StartMassageIntent' },
  { text: 'I fancy a foot massage', intent: 'StartMassageIntent' },
  { text: 'kick off the massage routine', intent: 'StartMassageIntent' },
  {
    text: "I haven't got long so something brief",
    intent: 'StartMassageIntent',
    slots: { length: 'quick' },
  },
  {
    text: 'a short and sweet one please',
    intent: 'StartMassageIntent',
    slots: { length: 'quick' },
  },
  {
    text: 'can we do a fast version tonight',
    intent: 'StartMassageIntent',
    slots: { length: 'quick' },
  },
  {
    text: 'just the usual length please',
    intent: 'StartMassageIntent',
    slots: { length: 'standard' },
  },
  { text: 'the medium one', intent: 'StartMassageIntent', slots: { length: 'standard' } },
  {
    text: "I've got plenty of time so the longest one you have",
    intent: 'StartMassageIntent',
    slots: { length: 'thorough' },
  },
  {
    text: 'a proper in depth foot massage',
    intent: 'StartMassageIntent',
    slots: { length: 'thorough' },
  },
  {
    text: "let's do the full half hour",
    intent: 'StartMassageIntent',
    slots: { length: 'thorough' },
  },

  // FindPointIntent
  {
    text: "my head's killing me is there anything I can press on my feet",
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: 'I keep getting migraines what would you suggest',
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: "my vision's been a bit poor lately",
    intent: 'FindPointIntent',
    slots: { complaint: 'eye-trouble' },
  },
  {
    text: "I've had an earache since yesterday what can I massage",
    intent: 'FindPointIntent',
    slots: { complaint: 'ear-pain' },
  },
  {
    text: 'my back is out of line what should I work on',
    intent: 'FindPointIntent',
    slots: { complaint: 'spine-problems' },
  },
  {
    text: "I've been lying awake half the night",
    intent: 'FindPointIntent',
    slots: { complaint: 'insomnia' },
  },
  {
    text: 'is there something for sleepless nights',
    intent: 'FindPointIntent',
    slots: { complaint: 'insomnia' },
  },
  {
    text: 'work has me completely frazzled',
    intent: 'FindPointIntent',
    slots: { complaint: 'stress' },
  },
  {
    text: "I'm under a lot of pressure at the moment which point calms that",
    intent: 'FindPointIntent',
    slots: { complaint: 'stress' },
  },
  {
    text: "I've got butterflies and I'm worried all the time",
    intent: 'FindPointIntent',
    slots: { complaint: 'anxiety' },
  },
  { text: "I'm knackered", intent: 'FindPointIntent', slots: { complaint: 'tiredness' } },
  {
    text: "I'm worn out is there a point for more energy",
    intent: 'FindPointIntent',
    slots: { complaint: 'tiredness' },
  },
  {
    text: "I've got a crick in my neck",
    intent: 'FindPointIntent',
    slots: { complaint: 'neck-shoulder-tension' },
  },
  {
    text: 'my shoulders are up round my ears with tension',
    intent: 'FindPointIntent',
    slots: { complaint: 'neck-shoulder-tension' },
  },
  {
    text: "my lower back's been aching since I did the gardening",
    intent: 'FindPointIntent',
    slots: { complaint: 'lower-back-pain' },
  },
  {
    text: 'I have a pain shooting down the back of my leg from my bum',
    intent: 'FindPointIntent',
    slots: { complaint: 'sciatica' },
  },
  {
    text: 'my sinuses are all bunged up',
    intent: 'FindPointIntent',
    slots: { complaint: 'sinus-congestion' },
  },
  {
    text: 'my nose is completely stuffed up',
    intent: 'FindPointIntent',
    slots: { complaint: 'sinus-congestion' },
  },
  {
    text: "I've caught a chill and I'm all sniffly",
    intent: 'FindPointIntent',
    slots: { complaint: 'common-cold' },
  },
  {
    text: 'one of my back teeth is throbbing',
    intent: 'FindPointIntent',
    slots: { complaint: 'toothache' },
  },
  {
    text: "my stomach's churning and I feel like throwing up",
    intent: 'FindPointIntent',
    slots: { complaint: 'nausea' },
  },
  {
    text: 'I ate too much and now my stomach is uncomfortable',
    intent: 'FindPointIntent',
    slots: { complaint: 'indigestion' },
  },
  {
    text: 'my belly is so bloated after dinner',
    intent: 'FindPointIntent',
    slots: { complaint: 'bloating' },
  },
  {
    text: "I've got that burning feeling after eating spicy food",
    intent: 'FindPointIntent',
    slots: { complaint: 'heartburn' },
  },
  {
    text: "I'm a bit blocked up if you know what I mean",
    intent: 'FindPointIntent',
    slots: { complaint: 'constipation' },
  },
  {
    text: "it's that time of the month and I'm cramping",
    intent: 'FindPointIntent',
    slots: { complaint: 'menstrual-cramps' },
  },
  {
    text: 'the room keeps spinning when I stand up',
    intent: 'FindPointIntent',
    slots: { complaint: 'dizziness' },
  },
  {
    text: 'my eyes feel strained after reading all evening',
    intent: 'FindPointIntent',
    slots: { complaint: 'eye-strain' },
  },
  {
    text: "there's a constant whistling in my ears",
    intent: 'FindPointIntent',
    slots: { complaint: 'tinnitus' },
  },
  {
    text: "my throat's really raw today",
    intent: 'FindPointIntent',
    slots: { complaint: 'sore-throat' },
  },
  {
    text: "I can't stop coughing at night",
    intent: 'FindPointIntent',
    slots: { complaint: 'cough' },
  },
  {
    text: 'my knees creak and ache going up the stairs',
    intent: 'FindPointIntent',
    slots: { complaint: 'knee-pain' },
  },
  {
    text: "I've got an achy hip from sitting all day",
    intent: 'FindPointIntent',
    slots: { complaint: 'hip-pain' },
  },
  {
    text: 'the bottom of my heel is tender first thing in the morning',
    intent: 'FindPointIntent',
    slots: { complaint: 'heel-pain' },
  },
  {
    text: 'my ankles have been niggling me',
    intent: 'FindPointIntent',
    slots: { complaint: 'ankle-pain' },
  },
  {
    text: 'my legs feel like lead after my shift',
    intent: 'FindPointIntent',
    slots: { complaint: 'tired-legs' },
  },
  {
    text: 'I woke up with a charley horse',
    intent: 'FindPointIntent',
    slots: { complaint: 'leg-cramps' },
  },
  {
    text: 'my toes are like ice blocks every evening',
    intent: 'FindPointIntent',
    slots: { complaint: 'cold-feet' },
  },
  {
    text: "I'm in a really grumpy mood",
    intent: 'FindPointIntent',
    slots: { complaint: 'irritability' },
  },
  {
    text: 'everything is getting on my nerves today',
    intent: 'FindPointIntent',
    slots: { complaint: 'irritability' },
  },
  {
    text: "I've been feeling a bit blue",
    intent: 'FindPointIntent',
    slots: { complaint: 'low-mood' },
  },
  {
    text: "my mind keeps wandering and I can't focus on my work",
    intent: 'FindPointIntent',
    slots: { complaint: 'poor-concentration' },
  },
  {
    text: "I've got brain fog",
    intent: 'FindPointIntent',
    slots: { complaint: 'poor-concentration' },
  },
  {
    text: 'hi there I was wondering which point is good for a tension headache',
    intent: 'FindPointIntent',
    slots: { complaint: 'headache' },
  },
  {
    text: 'could you tell me what to press for a tummy ache from overeating',
    intent: 'FindPointIntent',
    slots: { complaint: 'indigestion' },
  },
  {
    text: 'any tips for gas and a puffy belly',
    intent: 'FindPointIntent',
    slots: { complaint: 'bloating' },
  },
  {
    text: 'is there a spot on the foot that settles a queasy stomach',
    intent: 'FindPointIntent',
    slots: { complaint: 'nausea' },
  },
  {
    text: "I've got a runny nose and sneezing",
    intent: 'FindPointIntent',
    slots: { complaint: 'common-cold' },
  },
  {
    text: 'my ears keep ringing after the concert',
    intent: 'FindPointIntent',
    slots: { complaint: 'tinnitus' },
  },
  {
    text: 'my achy knees could do with some help',
    intent: 'FindPointIntent',
    slots: { complaint: 'knee-pain' },
  },

  // ExplainTopicIntent
  {
    text: 'what sorts of acupressure points are there',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'kinds-of-points' },
  },
  {
    text: "what's the deal with the points at the start and end of a meridian",
    intent: 'ExplainTopicIntent',
    slots: { topic: 'harmonising-points' },
  },
  {
    text: 'which point wakes the organs up',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'excitation-points' },
  },
  {
    text: 'which point is the calming one',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'soothing-points' },
  },
  {
    text: 'what are these moon points',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'alarm-points' },
  },
  {
    text: 'should I press gently or really firmly',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'pressure-degrees' },
  },
  {
    text: 'light medium or strong pressure which one',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'pressure-degrees' },
  },
  {
    text: 'can you explain the method step by step',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'how-to' },
  },
  {
    text: 'is it alright to do it every single day',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'how-often' },
  },
  {
    text: "I've never heard of reflexology what is it",
    intent: 'ExplainTopicIntent',
    slots: { topic: 'reflexology' },
  },
  {
    text: 'what are these energy channels you talk about',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'meridians' },
  },
  {
    text: 'one bit felt really tender what does that tell me',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'tender-spots' },
  },
  {
    text: 'do I need to sit a particular way',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'positions' },
  },
  {
    text: 'it hurts a little when I press is that okay',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'should-it-hurt' },
  },
  {
    text: 'how many seconds do I keep pressing',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'session-length' },
  },
  {
    text: 'how long should the whole thing take',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'session-length' },
  },
  {
    text: 'is the thumb better than a fingertip',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'which-finger' },
  },
  {
    text: 'should my strokes go up towards the toes or down to the heel',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'which-direction' },
  },
  {
    text: 'what does each area of the sole correspond to',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'foot-zones' },
  },
  {
    text: 'is my right foot linked to the right half of my body',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'left-and-right' },
  },
  {
    text: 'should I do it before bed or after I get up',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'best-time' },
  },
  {
    text: 'what are the three kinds you mentioned',
    intent: 'ExplainTopicIntent',
    slots: { topic: 'kinds-of-points' },
  },

  // PointInfoIntent
  {
    text: 'can you tell me where to find kidney one',
    intent: 'PointInfoIntent',
    slots: { point: 'kidney-1' },
  },
  { text: "what's the yongquan point", intent: 'PointInfoIntent', slots: { point: 'kidney-1' } },
  {
    text: 'whereabouts is the great stream point',
    intent: 'PointInfoIntent',
    slots: { point: 'kidney-3' },
  },
  { text: 'what is kidney six used for', intent: 'PointInfoIntent', slots: { point: 'kidney-6' } },
  { text: 'explain liver two to me', intent: 'PointInfoIntent', slots: { point: 'liver-2' } },
  {
    text: "I've heard of liver three where exactly is it",
    intent: 'PointInfoIntent',
    slots: { point: 'liver-3' },
  },
  { text: 'how do I locate spleen four', intent: 'PointInfoIntent', slots: { point: 'spleen-4' } },
  { text: 'what does sanyinjiao do', intent: 'PointInfoIntent', slots: { point: 'spleen-6' } },
  { text: 'what is zusanli', intent: 'PointInfoIntent', slots: { point: 'stomach-36' } },
  {
    text: 'tell me about the point stomach thirty six',
    intent: 'PointInfoIntent',
    slots: { point: 'stomach-36' },
  },
  {
    text: "what's stomach forty one good for",
    intent: 'PointInfoIntent',
    slots: { point: 'stomach-41' },
  },
  {
    text: 'where can I find the inner court point',
    intent: 'PointInfoIntent',
    slots: { point: 'stomach-44' },
  },
  {
    text: 'what are the kunlun mountains point for',
    intent: 'PointInfoIntent',
    slots: { point: 'bladder-60' },
  },
  {
    text: "what's bladder sixty two for",
    intent: 'PointInfoIntent',
    slots: { point: 'bladder-62' },
  },
  {
    text: 'where exactly is binding bone',
    intent: 'PointInfoIntent',
    slots: { point: 'bladder-65' },
  },
  {
    text: 'tell me about bladder sixty seven',
    intent: 'PointInfoIntent',
    slots: { point: 'bladder-67' },
  },
  {
    text: "what's gallbladder thirty four used for",
    intent: 'PointInfoIntent',
    slots: { point: 'gallbladder-34' },
  },
  {
    text: 'where do I find gallbladder forty',
    intent: 'PointInfoIntent',
    slots: { point: 'gallbladder-40' },
  },
  {
    text: 'what is the foot above tears point',
    intent: 'PointInfoIntent',
    slots: { point: 'gallbladder-41' },
  },

  // BodyMapIntent
  {
    text: 'if I want to work on my head which bit of the foot do I use',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'head' },
  },
  { text: 'which toes relate to the eyes', intent: 'BodyMapIntent', slots: { bodyPart: 'eyes' } },
  {
    text: 'where on my foot would the ears be',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'ears' },
  },
  {
    text: 'what area corresponds to the sinuses',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'sinuses' },
  },
  {
    text: 'which part matches up with my neck',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'neck' },
  },
  {
    text: 'where do the shoulders show up on the foot',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'shoulders' },
  },
  {
    text: 'what area of the sole relates to the chest',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'chest' },
  },
  {
    text: 'whereabouts on the foot are the lungs',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'lungs' },
  },
  {
    text: 'which bit of my sole is my tummy',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'stomach' },
  },
  {
    text: 'what part of the foot maps to the gut',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'bowels' },
  },
  {
    text: 'where does the backbone show up on the foot',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'spine' },
  },
  {
    text: 'which area is for the small of my back',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'lower-back' },
  },
  {
    text: 'what part corresponds to my pelvis',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'pelvis' },
  },
  {
    text: "where's the sciatic nerve zone",
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'sciatic-nerve' },
  },
  {
    text: 'which bit of the foot relates to my arms',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'arms' },
  },
  { text: 'which area matches my knees', intent: 'BodyMapIntent', slots: { bodyPart: 'knees' } },
  {
    text: 'whereabouts on my foot would the hips be',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'hips' },
  },
  {
    text: 'what part of the foot is linked with the uterus',
    intent: 'BodyMapIntent',
    slots: { bodyPart: 'womb' },
  },
  { text: 'what organ does my heel relate to', intent: 'BodyMapIntent', slots: { zone: 'heel' } },
  {
    text: "the ball of the foot what's that linked with",
    intent: 'BodyMapIntent',
    slots: { zone: 'ball-of-foot' },
  },
  {
    text: 'what does the arch of my foot correspond to',
    intent: 'BodyMapIntent',
    slots: { zone: 'arch' },
  },

  // TenderSpotIntent
  {
    text: "ooh that's sore right under the big toe",
    intent: 'TenderSpotIntent',
    slots: { zone: 'big-toe' },
  },
  {
    text: 'it was tender on the middle two toes',
    intent: 'TenderSpotIntent',
    slots: { zone: 'toe-tips-2-3' },
  },
  { text: 'my pinky toe felt sore', intent: 'TenderSpotIntent', slots: { zone: 'outer-toes' } },
  {
    text: 'along the crease under my toes',
    intent: 'TenderSpotIntent',
    slots: { zone: 'toe-base' },
  },
  {
    text: 'the padded bit just behind my toes is achy',
    intent: 'TenderSpotIntent',
    slots: { zone: 'ball-of-foot' },
  },
  {
    text: 'yes the hollow in the middle of my foot',
    intent: 'TenderSpotIntent',
    slots: { zone: 'arch' },
  },
  {
    text: 'on the inside edge near the big toe joint',
    intent: 'TenderSpotIntent',
    slots: { zone: 'inner-sole-edge' },
  },
  {
    text: 'down the outside of my foot by the little toe side',
    intent: 'TenderSpotIntent',
    slots: { zone: 'outer-sole-edge' },
  },
  { text: 'my heel was really tender', intent: 'TenderSpotIntent', slots: { zone: 'heel' } },
  { text: 'yes the back of my heel', intent: 'TenderSpotIntent', slots: { zone: 'heel' } },
  {
    text: 'round the bone on the inside of the ankle',
    intent: 'TenderSpotIntent',
    slots: { zone: 'inner-ankle' },
  },
  {
    text: 'the bony bit on the outside of my ankle was tender',
    intent: 'TenderSpotIntent',
    slots: { zone: 'outer-ankle' },
  },
  {
    text: 'on the upper side of my foot behind the toes',
    intent: 'TenderSpotIntent',
    slots: { zone: 'top-of-foot' },
  },
  {
    text: "it's a bit achy at the root of my toes",
    intent: 'TenderSpotIntent',
    slots: { zone: 'toe-base' },
  },

  // ChoosePostureIntent
  {
    text: "I'll rest my foot across my knee on my other leg",
    intent: 'ChoosePostureIntent',
    slots: { posture: 'thigh' },
  },
  {
    text: 'the first one with the foot on the thigh',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'thigh' },
  },
  {
    text: "I'll prop my foot up on a chair in front of me",
    intent: 'ChoosePostureIntent',
    slots: { posture: 'chair-seat' },
  },
  {
    text: 'put it on the chair seat',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'chair-seat' },
  },
  {
    text: 'sitting right at the front edge of the chair',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'chair-edge' },
  },
  { text: 'the chair edge one', intent: 'ChoosePostureIntent', slots: { posture: 'chair-edge' } },
  {
    text: "I'm flat on my back on the bed",
    intent: 'ChoosePostureIntent',
    slots: { posture: 'lying' },
  },
  {
    text: 'lying down with my knee bent',
    intent: 'ChoosePostureIntent',
    slots: { posture: 'lying' },
  },

  // FootTemperatureIntent
  {
    text: 'my feet always feel chilly and a bit clammy',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'cold', moisture: 'damp' },
  },
  {
    text: 'my feet are icy but bone dry what does that mean',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'cold', moisture: 'dry' },
  },
  {
    text: 'my feet get really hot and sweaty at night',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'hot', moisture: 'damp' },
  },
  {
    text: "they're burning hot and dry",
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'hot', moisture: 'dry' },
  },
  {
    text: 'my feet are nice and warm and dry',
    intent: 'FootTemperatureIntent',
    slots: { temperature: 'warm', moisture: 'dry' },
  },
  {
    text: 'the right one is warm and the left one is freezing',
    intent: 'FootTemperatureIntent',
    slots: { left: 'cold', right: 'warm' },
  },
  { text: 'pretty cold actually', intent: 'FootTemperatureIntent', slots: { temperature: 'cold' } },
  { text: "they're a little moist", intent: 'FootTemperatureIntent', slots: { moisture: 'damp' } },
  { text: 'warm I think', intent: 'FootTemperatureIntent', slots: { temperature: 'warm' } },

  // ContraindicationsIntent
  { text: "is there anyone who shouldn't try this", intent: 'ContraindicationsIntent' },
  { text: 'what are the reasons not to do acupressure', intent: 'ContraindicationsIntent' },
  { text: 'could this do me any harm', intent: 'ContraindicationsIntent' },
  { text: 'are there any precautions I should know about', intent: 'ContraindicationsIntent' },
  { text: 'when is foot massage not advised', intent: 'ContraindicationsIntent' },
  {
    text: "list the conditions where I shouldn't massage my feet",
    intent: 'ContraindicationsIntent',
  },
  { text: 'is there any risk to doing this', intent: 'ContraindicationsIntent' },

  // ForgetMyDataIntent
  { text: "I'd like you to forget everything about me please", intent: 'ForgetMyDataIntent' },
  { text: 'wipe all my stored info', intent: 'ForgetMyDataIntent' },
  { text: "can you clear out what you've saved on me", intent: 'ForgetMyDataIntent' },
  { text: 'delete my personal data', intent: 'ForgetMyDataIntent' },
  { text: 'erase all memory of me', intent: 'ForgetMyDataIntent' },

  // NotSureIntent
  { text: "hmm I'm not sure about that", intent: 'NotSureIntent' },
  { text: "I couldn't tell you", intent: 'NotSureIntent' },
  { text: "I don't know what counts", intent: 'NotSureIntent' },
  { text: 'unsure', intent: 'NotSureIntent' },
  { text: "I'm not too sure really", intent: 'NotSureIntent' },
  { text: "perhaps I don't know", intent: 'NotSureIntent' },

  // SkipIntent
  { text: "let's skip over this step", intent: 'SkipIntent' },
  { text: "I don't want to do this bit skip it", intent: 'SkipIntent' },
  { text: 'pass on this one', intent: 'SkipIntent' },
  { text: 'jump past this part', intent: 'SkipIntent' },
  { text: 'skip the foot bath', intent: 'SkipIntent' },

  // TimeLeftIntent
  { text: 'how much more is there to go', intent: 'TimeLeftIntent' },
  { text: "how long till we're finished", intent: 'TimeLeftIntent' },
  { text: "what's the time remaining", intent: 'TimeLeftIntent' },
  { text: 'are we nearly there', intent: 'TimeLeftIntent' },
  { text: 'how many more minutes', intent: 'TimeLeftIntent' },

  // WhereAmIIntent
  { text: 'what bit of the massage are we doing', intent: 'WhereAmIIntent' },
  { text: 'I lost track which part is this', intent: 'WhereAmIIntent' },
  { text: 'where have we got to', intent: 'WhereAmIIntent' },
  { text: 'which stage are we at', intent: 'WhereAmIIntent' },
  { text: 'is this still the first foot', intent: 'WhereAmIIntent' },

  // TellMeMoreIntent
  { text: 'can you elaborate', intent: 'TellMeMoreIntent' },
  { text: "I'd love to hear more about that", intent: 'TellMeMoreIntent' },
  { text: 'what else is there to know', intent: 'TellMeMoreIntent' },
  { text: 'go into a bit more depth', intent: 'TellMeMoreIntent' },
  { text: 'say more about it', intent: 'TellMeMoreIntent' },
  { text: 'ooh interesting go on', intent: 'TellMeMoreIntent' },

  // ThanksIntent
  { text: 'thanks ever so much', intent: 'ThanksIntent' },
  { text: 'that was brilliant thanks', intent: 'ThanksIntent' },
  { text: 'thank you my feet feel great', intent: 'ThanksIntent' },
  { text: 'many thanks', intent: 'ThanksIntent' },
  { text: 'I appreciate it', intent: 'ThanksIntent' },
  { text: 'thank you kindly', intent: 'ThanksIntent' },

  // SetReminderIntent
  { text: 'could you give me a daily reminder for my feet', intent: 'SetReminderIntent' },
  { text: 'I always forget so please remind me each evening', intent: 'SetReminderIntent' },
  {
    text: 'nudge me at nine thirty every night',
    intent: 'SetReminderIntent',
    slots: { time: '21:30' },
  },
  {
    text: 'put a reminder in for eight fifteen pm',
    intent: 'SetReminderIntent',
    slots: { time: '20:15' },
  },
  {
    text: 'schedule a reminder at ten at night',
    intent: 'SetReminderIntent',
    slots: { time: '22:00' },
  },
  {
    text: 'remind me daily at six thirty in the morning',
    intent: 'SetReminderIntent',
    slots: { time: '06:30' },
  },
  { text: 'set me up a nightly reminder', intent: 'SetReminderIntent' },

  // ReminderStatusIntent
  { text: 'what time are you reminding me', intent: 'ReminderStatusIntent' },
  { text: 'have I got any reminders from you', intent: 'ReminderStatusIntent' },
  { text: 'is there a reminder set', intent: 'ReminderStatusIntent' },
  { text: "when's my foot massage reminder", intent: 'ReminderStatusIntent' },
  { text: 'remind me when my reminder is', intent: 'ReminderStatusIntent' },

  // MoveReminderIntent
  { text: 'can my reminder be an hour earlier', intent: 'MoveReminderIntent' },
  {
    text: 'shift the reminder to nine pm instead',
    intent: 'MoveReminderIntent',
    slots: { time: '21:00' },
  },
  {
    text: "I'd prefer the reminder at ten thirty pm",
    intent: 'MoveReminderIntent',
    slots: { time: '22:30' },
  },
  { text: 'update my reminder time', intent: 'MoveReminderIntent' },
  { text: 'set my reminder for a different time', intent: 'MoveReminderIntent' },

  // CancelReminderIntent
  { text: "I don't need reminding any more", intent: 'CancelReminderIntent' },
  { text: 'switch off my reminder', intent: 'CancelReminderIntent' },
  { text: 'scrap the daily reminder', intent: 'CancelReminderIntent' },
  { text: "please don't remind me again", intent: 'CancelReminderIntent' },
  { text: 'turn my reminders off', intent: 'CancelReminderIntent' },

  // AMAZON.HelpIntent
  { text: "I'm lost what do I say", intent: 'AMAZON.HelpIntent' },
  { text: 'how do I work this', intent: 'AMAZON.HelpIntent' },
  { text: 'what am I supposed to say', intent: 'AMAZON.HelpIntent' },
  { text: 'give me some help please', intent: 'AMAZON.HelpIntent' },
  { text: 'what commands are there', intent: 'AMAZON.HelpIntent' },
  { text: 'ok what can I ask you', intent: 'AMAZON.HelpIntent' },

  // AMAZON.StopIntent
  { text: "I think that's enough now", intent: 'AMAZON.StopIntent' },
  { text: "okay we're done here", intent: 'AMAZON.StopIntent' },
  { text: 'stop now please', intent: 'AMAZON.StopIntent' },
  { text: "I've had enough", intent: 'AMAZON.StopIntent' },
  { text: 'cheerio', intent: 'AMAZON.StopIntent' },
  { text: 'good night', intent: 'AMAZON.StopIntent' },
  { text: "um that's everything", intent: 'AMAZON.StopIntent' },
  { text: 'close foot massage coach', intent: 'AMAZON.StopIntent' },

  // AMAZON.CancelIntent
  { text: 'scratch that', intent: 'AMAZON.CancelIntent' },
  { text: 'no cancel that please', intent: 'AMAZON.CancelIntent' },
  { text: 'actually never mind', intent: 'AMAZON.CancelIntent' },
  { text: 'forget I asked', intent: 'AMAZON.CancelIntent' },

  // AMAZON.PauseIntent
  { text: 'hold on a second', intent: 'AMAZON.PauseIntent' },
  { text: 'wait please', intent: 'AMAZON.PauseIntent' },
  { text: 'just a moment', intent: 'AMAZON.PauseIntent' },
  { text: 'can we pause for a bit', intent: 'AMAZON.PauseIntent' },
  { text: "hang on someone's at the door", intent: 'AMAZON.PauseIntent' },

  // AMAZON.ResumeIntent
  { text: "okay I'm back now", intent: 'AMAZON.ResumeIntent' },
  { text: "let's carry on please", intent: 'AMAZON.ResumeIntent' },
  { text: 'keep going', intent: 'AMAZON.ResumeIntent' },
  { text: 'continue the massage', intent: 'AMAZON.ResumeIntent' },
  { text: "right where were we let's continue", intent: 'AMAZON.ResumeIntent' },

  // AMAZON.NextIntent
  { text: 'right next one', intent: 'AMAZON.NextIntent' },
  { text: 'go on to the next bit', intent: 'AMAZON.NextIntent' },
  { text: 'on to the next step please', intent: 'AMAZON.NextIntent' },
  { text: 'what comes next', intent: 'AMAZON.NextIntent' },
  { text: 'next part', intent: 'AMAZON.NextIntent' },
  { text: "I've finished that one next", intent: 'AMAZON.NextIntent' },

  // AMAZON.PreviousIntent
  { text: 'can we go back a step', intent: 'AMAZON.PreviousIntent' },
  { text: 'back one please', intent: 'AMAZON.PreviousIntent' },
  { text: 'previous one', intent: 'AMAZON.PreviousIntent' },
  { text: 'the one before please', intent: 'AMAZON.PreviousIntent' },

  // AMAZON.RepeatIntent
  { text: 'sorry what did you say', intent: 'AMAZON.RepeatIntent' },
  { text: 'could you say that one more time', intent: 'AMAZON.RepeatIntent' },
  { text: 'I missed that', intent: 'AMAZON.RepeatIntent' },
  { text: 'once more please', intent: 'AMAZON.RepeatIntent' },
  { text: 'repeat that please', intent: 'AMAZON.RepeatIntent' },

  // AMAZON.StartOverIntent
  { text: 'can we start from scratch', intent: 'AMAZON.StartOverIntent' },
  { text: 'go back to the very beginning', intent: 'AMAZON.StartOverIntent' },
  { text: 'restart the massage', intent: 'AMAZON.StartOverIntent' },
  { text: 'begin all over again', intent: 'AMAZON.StartOverIntent' },

  // AMAZON.YesIntent
  { text: 'yes go ahead', intent: 'AMAZON.YesIntent' },
  { text: 'that would be lovely', intent: 'AMAZON.YesIntent' },
  { text: 'yeah go on', intent: 'AMAZON.YesIntent' },
  { text: 'of course', intent: 'AMAZON.YesIntent' },
  { text: 'definitely', intent: 'AMAZON.YesIntent' },
  { text: "yes I'd like that", intent: 'AMAZON.YesIntent' },
  { text: 'alright then', intent: 'AMAZON.YesIntent' },
  { text: 'yup', intent: 'AMAZON.YesIntent' },

  // AMAZON.NoIntent
  { text: "no that's fine", intent: 'AMAZON.NoIntent' },
  { text: "no I don't", intent: 'AMAZON.NoIntent' },
  { text: 'none of them', intent: 'AMAZON.NoIntent' },
  { text: 'nothing like that', intent: 'AMAZON.NoIntent' },
  { text: "no I'll skip it thanks", intent: 'AMAZON.NoIntent' },
  { text: 'not this time', intent: 'AMAZON.NoIntent' },
  { text: 'no it all felt fine', intent: 'AMAZON.NoIntent' },
  { text: "I'm okay thanks", intent: 'AMAZON.NoIntent' },

  // AMAZON.NavigateHomeIntent
  { text: 'take me back to the beginning screen', intent: 'AMAZON.NavigateHomeIntent' },
  { text: 'home please', intent: 'AMAZON.NavigateHomeIntent' },
  { text: 'go to the main screen', intent: 'AMAZON.NavigateHomeIntent' },

  // AMAZON.FallbackIntent
  { text: "what's on telly tonight", intent: 'AMAZON.FallbackIntent' },
  { text: 'tell me a joke about penguins', intent: 'AMAZON.FallbackIntent' },
  { text: 'how do I bake sourdough', intent: 'AMAZON.FallbackIntent' },
];
