/**
 * How people ask the knowledge questions, as carrier phrases for the interaction model
 * (`npm run sync:model`). The complaints, topics, body parts and points themselves are the slot
 * types in ./slot-types.ts, so a new complaint or synonym is heard in every carrier here. Not
 * imported by the skill at run time.
 */
import { expand, type ModelIntent } from '../phrasing/carriers';

/** The ways of working a point people name in a question. */
const PRESS = '(press|rub|push|massage)';
const MODAL = '(do|should|can)';
const HELPS = '(helps|is good|is best|works)';
const SPOT = '(point|points|pressure point|spot|zone|part of my foot)';
const REMEDY = '(acupressure|reflexology|foot massage|massage|pressure points)';
const EASE = '(treat|relieve|ease|help|get rid of|soothe|stop)';
const HAVE =
  "(i have|i've got|i got|i get|i keep getting|i'm getting|i'm having|i suffer from|i'm suffering from|i'm suffering with)";
const FEEL = "(i feel|i'm feeling|i've been feeling|i'm|i am|i've been|i'm so|i feel so)";
const QUESTION = '((what|where) (should|do|can) i (press|rub)|what can i do|what helps)';
// When and how long, said after the complaint (cramps "at night"), and how people
// close the question after naming it ("... anything for that"). Few openers: FindPointIntent is
// near Alexa's sample limit.
const WHEN = '(today|at night|sometimes|lately|all day|for days)';
const TAIL =
  '(anything for that|is there a point for that|what do you recommend|can you help with that)';

const FIND_POINT = expand(
  `(what|where) ${MODAL} i ${PRESS} (for|to help|to ease|to relieve|when i have|if i have) {complaint}`,
  `(what|where) ${MODAL} i ${PRESS} on my (foot|feet) for {complaint}`,
  `(what|which) ${SPOT} (do|should) i ${PRESS} for {complaint}`,
  `(what|which) ${SPOT} ${HELPS} (for|with|) {complaint}`,
  `(where|what) (is|are) the ${SPOT} for {complaint}`,
  `(where|what) (is|are) the ${SPOT} that helps (with|) {complaint}`,
  `(is there|are there|do you have|do you know) (a|any|) ${SPOT} for {complaint}`,
  `(what's|what is|what are|what) (good|best|helpful|the best thing) for {complaint}`,
  `(anything|something) (good|) for {complaint}`,
  `(is there|have you got|do you have|got|you got) (anything|something) (good|) for {complaint}`,
  `(is there|have you got|do you have) (anything|something) (i can do|i can press|to help|that helps|that would help) (for|with) {complaint}`,
  `(what|anything|something) (that|) (helps|would help|might help|can help|could help) (with|for|) {complaint}`,
  `what (helps|is good) when i have {complaint}`,
  `how (do|can) i ${EASE} (my|a|) {complaint} (with acupressure|with reflexology|)`,
  `how to ${EASE} (my|a|) {complaint}`,
  `(can|could|will|would) ${REMEDY} help (with|for|) {complaint}`,
  `(does|do) ${REMEDY} help (with|for|) {complaint}`,
  `(can|could) you (help me with|help with|do something for|help my) {complaint}`,
  `(help|help me) with (my|a|the|) {complaint}`,
  `(what do you|what would you|what can you|do you|can you) (recommend|suggest) for {complaint}`,
  `${REMEDY} for {complaint}`,
  `(which|what) pressure point for {complaint}`,
  `(press|rub|massage|work) for {complaint}`,
  `${HAVE} {complaint}`,
  `${HAVE} {complaint} ${QUESTION}`,
  `${HAVE} {complaint} (can you help|any ideas|any suggestions|help|please help)`,
  `(i get|i've got|i've had) {complaint} ${WHEN}`,
  `(i've got|i'm) {complaint} ${TAIL}`,
  `${FEEL} {complaint}`,
  `${FEEL} {complaint} ${QUESTION}`,
  `${FEEL} {complaint} (can you help|any ideas|any suggestions|help|please help)`,
  `my {complaint}`,
  `my {complaint} (is killing me|is bad|is terrible|is playing up|won't go away|again|today)`,
  `my {complaint} ${QUESTION}`,
  `my {complaint} (anything for that|what do you recommend|can you help with that)`,
  `(what|where) do i press to help me {complaint}`,
  `(i think|i feel like|it feels like) (i have|i've got|i'm getting|i'm having) {complaint}`,
  `{complaint} ${QUESTION}`,
  `{complaint} (what can i do|what do i press|where do i press|where should i press|which point helps|any ideas|help)`,
  `(what|how) about {complaint}`,
  `(and|and what about|what about for) {complaint}`,
  `(for|and for) {complaint}`,
  '{complaint}',
  `i {complaint}`,
  `(i just|i have just|i think i) {complaint}`,
);

const CONTRAINDICATIONS = expand(
  '(hear|tell me|what are|read|list|give me|read me) the contraindications',
  '(the|) contraindications',
  "(when|why) (shouldn't i|should i not|must i not|can't i|can i not) (do this|do it|massage my feet|press|do acupressure|do reflexology|use this)",
  '(when|in what cases) (is it|is foot massage|is this|is acupressure|is reflexology) (not safe|unsafe|dangerous|a bad idea)',
  '(is it|is this|is foot massage|is acupressure|is reflexology|is this massage) (safe|safe for me|safe for everyone|dangerous|risky)',
  '(is it|is this) safe to (do|do this|massage my feet|press these points|use)',
  '(any|are there any) (side effects|risks|dangers)',
  "(are there|is there) any (reasons|reason) (i shouldn't|i should not|not to) (do it|do this)",
  'what are the safety (warnings|rules)',
  "(who|which people) (shouldn't|should not|can't|cannot|must not) (do this|do it|do foot massage|use this|do acupressure|do reflexology|have a foot massage|try this)",
  '(who|when) should (avoid|not do|not use) (this|it|acupressure|reflexology|foot massage)',
  'when should i avoid (this|it|acupressure|reflexology|foot massage)',
  '(is there|are there) (any|) (risks|dangers|side effects|reasons not to do this|times i should not do this)',
  '(what are|tell me) the (risks|dangers|side effects|warnings|safety rules|precautions)',
  '(can|could) (anyone|everyone|everybody) do (this|it|foot massage|acupressure)',
  '(safety|safety information|safety rules|precautions|warnings)',
  '(tell me|hear|give me) (about|) (the|) (safety|safety information|warnings|precautions)',
  'when not to (do it|massage|do this|press)',
);

const EXPLAIN_TOPIC = expand(
  '{topic}',
  'what (does|do) (a|the) {topic} (do|mean)',
  '{topic} (do i|should i|can i) (use|press with|rub|stroke|go|sit|press|massage my feet)',
  'what {topic} (can|should|do) i use',
  "(so|) (what's|what is) {topic} all about (then|)",
  'when is {topic}',
  '(do i|should i) use {topic}',
  'what (do|does) {topic} (stand for|represent|mean)',
  '(could you|can you) explain what (the|) {topic} (are|is)',
  '(explain|describe|define) (the|) {topic}',
  '(tell me|teach me|talk me through|talk about|remind me|tell me all|tell me more) (about|) (the|) {topic}',
  "(what are|what is|what's|what about|and what about) (the|) {topic}",
  '(how does|how do|how does the|how do the) {topic} work',
  "(i want to|i'd like to|i would like to|can i|can you help me) (learn|know|hear|understand) (about|) (the|) {topic}",
  '(information|info) (about|on) (the|) {topic}',
  '(can you|could you) (explain|tell me about|describe) (the|) {topic}',
  "(i don't understand|i do not understand|i'm confused about) (the|) {topic}",
  'what do you mean by (the|) {topic}',
  '(question about|a question about) (the|) {topic}',
);

const FOOT_TEMPERATURE_LEGACY = [
  '{temperature} and {moisture}',
  '{moisture} and {temperature}',
  '{temperature}',
  '{moisture}',
];

const FEET = '(my feet|my foot|both my feet)';
const FOOT_TEMPERATURE = expand(
  ...FOOT_TEMPERATURE_LEGACY,
  `${FEET} (are|is|feel|feels|get|are always|are often|are really|always feel) {temperature}`,
  `${FEET} (are|is|feel|feels|get|are always|are often|are really|always feel) {moisture}`,
  `${FEET} (are|is|feel|feels|get|are always|are often) {temperature} and {moisture}`,
  `${FEET} (are|is|feel|feels|get|are always|are often) {moisture} and {temperature}`,
  `${FEET} (are|is|feel|feels) {temperature} (but|and yet|and also) {moisture}`,
  `(what does it mean|what does that mean|what is it telling me|what's it telling me) (when|if|that) (my feet are|my feet feel|my foot is) {temperature}`,
  `(what does it mean|what does that mean|what is it telling me) (when|if|that) (my feet are|my feet feel|my foot is) {moisture}`,
  `(what does it mean|what does that mean) (when|if|that) (my feet are|my feet feel) {temperature} and {moisture}`,
  `(what does it mean|what does that mean) (when|if|that) (my feet are|my feet feel) {moisture} and {temperature}`,
  `${FEET} (are|feel) {temperature} (and {moisture}|) (what does that mean|what does it mean|why is that|is that bad|is that normal)`,
  `${FEET} (are|feel) {moisture} (what does that mean|what does it mean|why is that|is that bad|is that normal)`,
  `${FEET} (are|feel) {moisture} and {temperature} (what does that mean|what does it mean)`,
  `what (do|does) {temperature} (feet|foot) (mean|tell me|say)`,
  `what (do|does) {moisture} (feet|foot) (mean|tell me|say)`,
  `what do {temperature} and {moisture} feet mean`,
  `what (do|does) {temperature} {moisture} (feet|foot) (mean|tell me|say|say about me)`,
  `${FEET} (are|feel) {temperature} and {moisture} (is that good|is that bad|is that normal|is that ok)`,
  `why (are|is) my (feet|foot) (always|so|) {temperature}`,
  `why (are|is) my (feet|foot) (always|so|) {moisture}`,
  `why are my feet {temperature} and {moisture}`,
  `({temperature}|{temperature} and {moisture}|{moisture}) feet`,
  `(i have|i've got|i get) ({temperature}|{moisture}|{temperature} and {moisture}|{moisture} and {temperature}) feet`,
  `(they are|they're|they feel|they're always|they are always) ({temperature}|{moisture}|{temperature} and {moisture})`,
  `my left foot is {left} and my right (foot|one|) is {right}`,
  `my right foot is {right} and my left (foot|one|) is {left}`,
  `my left foot is {left} and the right one is {right}`,
  `my right foot is {right} and the left one is {left}`,
  `my left (foot|one) (is|feels) {left} (but|and|while) my right (foot|one) (is|feels) {right}`,
  `(the|my) left (foot|one) (is|feels) {left} (but|and) the right (foot|one|) (is|feels) {right}`,
  `one (foot|of my feet) is {left} and the other (one|) is {right}`,
  'one foot {left} one foot {right}',
  'one foot is {left} the other {right}',
  `what does it mean when one foot is {left} and the other is {right}`,
  'what (does|do) (foot temperature|the temperature of my feet|my foot temperature) (mean|tell me|say)',
  "my (right foot's|right foot is) {right} (but|and) my left (one|foot) is {left}",
  "my (left foot's|left foot is) {left} (but|and) my right (one|foot) is {right}",
  'what do my feet tell me',
  'read my feet',
  'foot temperature',
);

// "my" before a slot is the carrier's only article: the slot value itself may carry "the" or "my".
const LINKED = '(linked|connected|related)';
const BODY_MAP = expand(
  `(which|what) part of (my|the) (foot|feet) (is|are) ${LINKED} to my {bodyPart}`,
  '(which|what) part of (my|the) (foot|feet) (is for|matches|corresponds to|stands for|relates to|is) my {bodyPart}',
  `(which|what) (zone|area|spot|point|reflex zone) on (my|the) (foot|feet) is ${LINKED} to my {bodyPart}`,
  `(which|what) (zone|area|spot|point|reflex zone) is (for|linked to|connected to) my {bodyPart}`,
  `(which|what) (zone|area|spot|point|reflex zone) (is|are) ${LINKED} to my {bodyPart}`,
  '(where|where on my foot|where on my feet) (is|are) my {bodyPart} (zone|reflex zone|area|)',
  '(where|where on my foot|where on my feet) (is|are) the (zone|reflex zone|area|point) for my {bodyPart}',
  'where (do|can) i find (the|my) {bodyPart} (zone|reflex zone|area) (on my foot|on my feet|)',
  `(what|what part) (of my foot|of the foot|) (is|are) ${LINKED} to my {bodyPart}`,
  'how (is|are) my (feet|foot) (linked|connected) to my {bodyPart}',
  `(what|which organ|which part of my body|what part of my body|what organ) (is|are) my {zone} ${LINKED} to`,
  '(what|which organ|which part of my body|what part of my body|what organ) (does|do) my {zone} (link|connect|relate|correspond|belong) to',
  '(what|which organ|which part of my body|what part of my body) (does|do) my {zone} (stand for|represent|match|mean)',
  `what's my {zone} ${LINKED} to`,
  `what (is|are) the {zone} ${LINKED} to`,
  '(where|where abouts) (is|are) (my|the) {bodyPart} on (my|the) (foot|feet)',
  "where's (my|the) {bodyPart} (zone|reflex|) on (my|the) (foot|feet)",
  '(which|what) (toe|bit|part|zone) (of the foot|of my foot|) (goes with|is for|is linked to|stands for|is connected to) (the|my) {bodyPart}',
  '(what|which) part of the foot is (for|connected to|linked to) the {bodyPart}',
  '(what|which) (body part|organ|part of the body) (is|are) (at|under|on) my {zone}',
);

const POINT_INFO = expand(
  "(where is|where's|where do i find|how do i find|where can i find|find me|show me) (the|) {point} (point|)",
  "(what is|what's|tell me about|tell me more about|explain|describe) (the|) {point} (point|)",
  "(what is|what's) (the|) {point} (point|) (for|good for|used for)",
  '(what does|what do) (the|) {point} (point|) (do|help with|treat)',
  '(how do i|how should i|how can i) (press|use|find|work|massage|rub|hold) (the|) {point} (point|)',
  '(where|what) (is|are) (point|) {point}',
  "(i want to|i'd like to|can i|let's) (press|find|work on|try|learn about) (the|) {point} (point|)",
  '(the|) {point} point',
  "(what is|what's) (the|) {point}",
  '(where|tell me where|show me where) (the|) {point} (point|) is',
  'what (the|) {point} (point|) is (for|good for)',
);

const BODY_PART = [{ name: 'bodyPart', type: 'BodyPartType' }];

export const KNOWLEDGE_INTENTS: readonly ModelIntent[] = [
  {
    name: 'FindPointIntent',
    slots: [{ name: 'complaint', type: 'AilmentType' }],
    samples: FIND_POINT,
  },
  { name: 'ContraindicationsIntent', samples: CONTRAINDICATIONS },
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
    name: 'BodyMapIntent',
    slots: [...BODY_PART, { name: 'zone', type: 'TenderZoneType' }],
    samples: BODY_MAP,
  },
  { name: 'PointInfoIntent', slots: [{ name: 'point', type: 'PointType' }], samples: POINT_INFO },
];
