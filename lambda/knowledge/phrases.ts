/**
 * How people ask the knowledge questions, as carrier phrases for the interaction model
 * (`npm run sync:model`). The complaints, topics, body parts and points themselves are the slot
 * types in ./slot-types.ts, so a new complaint or synonym is heard in every carrier here. Not
 * imported by the skill at run time.
 */
import { expand, type ModelIntent } from '../phrasing/carriers';

/** The ways of working a point people name in a question. */
const PRESS = '(press|rub|push|massage|work|squeeze)';
const SPOT = '(point|pressure point|spot|zone|part of my foot)';
const REMEDY = '(acupressure|reflexology|foot massage|massage|pressure points|a foot rub)';
const EASE = '(treat|relieve|ease|help|get rid of|soothe|sort out|deal with)';
/*
 * A complaint said as a statement before the question. Light words ("do", "can", "the") are
 * written once: Alexa's model, like the local one, does not need every small-word variant, and
 * FindPointIntent is near Alexa's sample limit. Content words are what a carrier must offer.
 */
const HAVE =
  "(i have|i've got|i got|i've gotten|i've had|i get|i keep getting|i'm getting|i'm having|i suffer from|i'm suffering from|i'm suffering with|i struggle with|i've been getting|i've been having|there's)";
const FEEL = "(i feel|i'm feeling|i've been feeling|i'm|i've been|i'm so|i keep)";
/** How people ask for the point once the complaint is said ("... where do i press"). */
const ASK =
  '(what should i press|where do i press|where should i rub|what do i rub|what can i do|what helps|what do you recommend|what do you suggest|what would you suggest|any tips|any ideas|any suggestions|any advice|can you help|can you help with that|help|please help|anything for that|is there anything for that|is there a point for that|is there anything on my feet for that|what can i press on my feet|which point helps|where do i rub on my foot|what should i massage|what part of my foot do i press|how do i ease it|is there a pressure point for it)';
const ASK_SHORT =
  '(what should i press|where do i press|what can i do|what helps|any tips|can you help|is there anything for that|what do you recommend)';
/** When and how long, said after the complaint ("... all day", "... after the drive"). */
const WHEN =
  '(today|tonight|at night|in the morning|in the evening|sometimes|lately|recently|all day|all the time|for days|for a week|again|after work|from work|from the desk|from sitting|from standing)';

const WHEN_SHORT = '(today|at night|lately|all day|again|after work)';

const FIND_POINT = expand(
  // Questions that name the complaint after asking.
  `(what|where) (do|should) i (press|rub|massage) (for|to help|to ease|to relieve|when i have) {complaint}`,
  `(what|where) (do|can) i ${PRESS} on my (foot|feet) for {complaint}`,
  `(what|which) ${SPOT} (do|should) i (press|rub|massage) for {complaint}`,
  `(what|which) ${SPOT} (helps|is good|is best|works) for {complaint}`,
  `(where|what) (is|are) the ${SPOT} for {complaint}`,
  `(where|what) is the ${SPOT} that helps (with|) {complaint}`,
  `(is there|are there|do you have|do you know) (a|any) ${SPOT} for {complaint}`,
  `(is there|are there) (a|any) ${SPOT} on my (foot|feet) for {complaint}`,
  `(what's|what is|what are) (good|best|helpful|the best thing) for {complaint}`,
  `(anything|something) (good|on my feet|on my foot|) for {complaint}`,
  `(is there|have you got|do you have|got) (anything|something) (good|on my feet|on my foot|) for {complaint}`,
  `(is there|have you got|do you have) (anything|something) (i can do|i can press|to help|that helps) (for|with) {complaint}`,
  `(what|anything|something) (helps|would help|might help|can help) (with|) {complaint}`,
  `(what|which) (helps|is good|works) (when|if) (i have|i've got|i'm) {complaint}`,
  `(what) (can|should) i do (for|about) {complaint}`,
  `how (do|can) i ${EASE} {complaint} (with acupressure|with reflexology|with my feet|)`,
  `how to ${EASE} (my|a|) {complaint}`,
  `(can|could|will|does) ${REMEDY} help (with|) {complaint}`,
  `(can|could) you (help me with|help with|do something for|help my) {complaint}`,
  `(help|help me) with (my|a|the|) {complaint}`,
  `(what do you|what would you|can you) (recommend|suggest) for {complaint}`,
  `(any|got any) (tips|ideas|advice|suggestions) for {complaint}`,
  `${REMEDY} for {complaint}`,
  `(which|what) pressure point for {complaint}`,
  `(press|rub|massage|work) for {complaint}`,
  `(i need|i want|i'd like) (something|a point|help|a massage) for (my|) {complaint}`,
  // The complaint said first, as people tell it, then the question or nothing. The most common
  // openers take every question; the rest take the short ones, within the sample limit.
  `${HAVE} {complaint}`,
  `${HAVE} {complaint} ${ASK_SHORT}`,
  `(i have|i've got|i've had|i get) {complaint} ${ASK}`,
  `(i have|i've got|i've had|i get|i'm) {complaint} ${WHEN}`,
  `i've (got|had) {complaint} ${WHEN_SHORT} ${ASK_SHORT}`,
  `(i've had|i've got) {complaint} (all day|since this morning|for ages) and i was wondering (where|what) i should press`,
  `${FEEL} {complaint}`,
  `${FEEL} {complaint} ${ASK_SHORT}`,
  `(i feel|i'm) {complaint} ${WHEN}`,
  `my {complaint}`,
  `my {complaint} (is killing me|is bad|is terrible|is playing up|won't go away|again|today|is back|is really bad|is acting up|keeps coming back)`,
  `my {complaint} ${ASK}`,
  `my {complaint} ${WHEN}`,
  `my {complaint} ${WHEN_SHORT} ${ASK_SHORT}`,
  `(i think|i feel like|it feels like) (i have|i've got|i'm getting|i'm having) {complaint}`,
  `{complaint} ${ASK}`,
  `{complaint} ${WHEN}`,
  `{complaint} ${WHEN_SHORT} ${ASK_SHORT}`,
  `(what|how) about {complaint}`,
  `(and|and what about|what about for) {complaint}`,
  `(for|and for) {complaint}`,
  '{complaint}',
  `i {complaint}`,
  `(i just|i think i) {complaint}`,
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
  "(is there|are there) (anyone|anybody|people) who (shouldn't|can't) (do this|do foot massage|have reflexology|try this)",
  '(who|when) should (stay away from|skip) (this|it|acupressure|reflexology|foot massage)',
  'when should i (skip|not do) (this|it|acupressure|reflexology|a foot massage)',
  "(are there|is there) any (times|cases|situations|conditions) when (i|you) (shouldn't|should not) (do it|do this|do reflexology)",
  '(when|in what cases) is (it|this|foot massage|reflexology) (not a good idea|not recommended|not advised|off limits)',
  '(is it|is this|is foot massage|is reflexology) (safe for anyone|bad for you|ever dangerous|ever risky|safe for people with health problems)',
  '(is it|is this) (ok|okay|alright) to (do this|do|massage my feet|press these points)',
  '(any|are there any) (downsides|warnings|cautions|dangers i should know about)',
  "what (conditions|health problems|health conditions|illnesses) (mean i shouldn't do this|rule it out|stop me doing this|are a problem)",
  "(is there|are there) (anything|any conditions|any health problems) (that means|where) i (shouldn't|should not) (do this|do it)",
  '(what|anything) should i (know|watch out for|be careful of|be careful about) (before i start|before i begin|first)',
  '(do i need to|should i) (check with|ask|see) (a|my) doctor (first|before i start|before doing this)',
  '(when is it|is it ever) (not safe|unsafe|a bad idea|not a good idea) to (do this|massage my feet|do reflexology)',
  'what (makes it|would make it) (unsafe|dangerous|not safe)',
  '(what are|tell me|go through|run through) the (warnings|precautions|safety rules|contraindications) (again|first|before we start|)',
  '(the|) safety (stuff|bit|warnings|information) (again|please|)',
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
  '(sorry|just to check|quick question|one more thing|oh and|by the way|remind me|i forgot) {topic}',
  '{topic} (again|then|exactly|do you think|is that right|roughly|with this)',
  "(i was wondering|i'm wondering|i'm not sure|i don't know|i never know) {topic}",
  '(sorry|just to check|quick question) (tell me|what about|remind me about) (the|) {topic}',
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
  '(what|which organ|which part of my body|what part of my body|what organ|what body part) does the {zone} (link|connect|relate|correspond|belong|go) to',
  'what (does|do) the {zone} (stand for|represent|match|mean|link to|connect to|relate to)',
  "(what|what's|what is) the {zone} (linked|connected|related) to",
  '(what|which) (part of my body|part of the body|organ|body part) (is|goes with) (the|my) {zone}',
  "(what's|what is) (the|my) {zone} (zone for|for in reflexology|linked with)",
  '(what|which) (organs|body parts) (are|is) (in|on|under) the {zone}',
  "(where is|where's) (the|my) {bodyPart} (zone|reflex|area) on my (foot|feet|sole)",
  '(which|what) part of my (foot|feet|sole) (goes with|belongs to|matches|helps) my {bodyPart}',
  '(which|what) (toe|toes|bit|area|spot) (goes with|is for|is linked to|is connected to|matches) my {bodyPart}',
  "(is there|where is|where's) (a|the) (zone|reflex zone|area|spot) for (the|my) {bodyPart}",
  '(the|my) {bodyPart} (zone|reflex zone|reflex|area) (on the foot|on my foot|on my feet|)',
  "(i was wondering|i'm wondering|just wondering) (which|what) part of my (foot|feet) is (for|linked to|connected to) my {bodyPart}",
  '(where|which part of my foot) do i (press|rub|massage) to (reach|work on) my {bodyPart}',
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
  "(where is|where's|where do i find|how do i find) (the|) {point} (point|) (again|exactly|on my foot|on the foot)",
  '(could you|can you) (remind me|tell me|show me) where (the|) {point} (point|) is',
  '(remind me|tell me) (where|what) (the|) {point} (point|) is (again|)',
  '(what|which) (point|one) is {point}',
  "(what's|what is) {point} (good for|used for|for|again)",
  '(how do i|how can i) (locate|get to) (the|) {point} (point|)',
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
