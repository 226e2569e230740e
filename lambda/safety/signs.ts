import type { SafetySign } from './types';

/*
 * The signs that come before any pressure point, written against the normalised words of
 * normalise.ts ("i am", "can not"). Each is medical common sense for a foot-massage skill: what a
 * first-aider would want to hear about before anyone presses a foot. Patterns are deliberately
 * wide: an unneeded "please see a doctor" costs a little, a missed clot or crisis costs a lot.
 * Several ids are the knowledge base's red flags (knowledge/red-flags.ts), so their own lines are
 * reused; the rest have lines in safety.json.
 */

const w = (source: string): RegExp => new RegExp(`\\b(?:${source})\\b`);

// Building blocks.
const PAIN = 'pain|pains|painful|hurt|hurts|hurting|ache|aches|aching|sore|tender|throbbing';
const SWOLLEN = 'swollen|swelling|swelled|swell|swells|puffy|puffed up|bloated|inflamed';
const FOOT = 'foot|feet|toe|toes|heel|heels|sole|soles|ankle|ankles|arch|instep|toenail|nail';
const LEG = 'leg|legs|calf|calves|shin|thigh';
/** "Blood" that is no bleeding: a clot, a pressure reading, a test. */
const BLOOD_NOT_BLEEDING =
  'blood (?:pressure|thinner|thinners|thinning|sugar|sugars|test|tests|type|group|flow|circulation|orange|oranges|donor|count|clot|clots|vessels?)|bloodshot|blood ?shot';

export const SIGNS: readonly SafetySign[] = [
  // --- crisis: a kind line, where to get help now, and nothing else ---
  {
    id: 'self-harm',
    kind: 'crisis',
    patterns: [
      w('would miss me if|miss me if i (?:was|were) gone'),
      w(
        '(?:would|will) be better off without me|(?:would not|will not|would never) miss me|(?:is not|not) worth living|^suicide$|^(?:to )?die$',
      ),
      w(
        'kill (?:herself|himself|themselves)|hurt (?:herself|himself|themselves)|(?:wants|wanting) to (?:die|end it)|i am not safe|not safe (?:right now|at the moment|with myself|tonight)|do something (?:stupid|silly|bad|terrible) to (?:myself|me)',
      ),
      w('suicid\\w*'),
      // "My back is killing me" is pain, said every day; "killing myself" never is.
      w('kill(?:ing)? my ?self|kill me|(?<!(?:is|are|was|were|keeps|keep|been) )killing me'),
      w('end(?:ing)? (?:it all|my life|my own life|everything|things|it)'),
      w('(?:take|taking|took|end|ending) (?:my|my own) life'),
      w('(?:want|wanted|wanting|wish|wishing|going|ready|like) to die'),
      w(
        '(?:no|not see the|not see any|do not see the|do not see any|can not see the|can not see any) point (?:of|in) (?:going on|living|carrying on|life|anything|being here)',
      ),
      w(
        'nothing (?:left )?to live for|(?:want|need) (?:it all|everything|the pain|this|it) to (?:stop|end) (?:forever|for good|permanently)',
      ),
      w(
        'goodbye (?:note|letter)|suicide note|jump\\w* (?:off|in front of) (?:a |the )?(?:bridge|building|train|roof|cliff)|hang\\w* myself',
      ),
      w(
        '(?:took|taken|take|taking|swallowed|swallow) (?:too many|all (?:of )?my|all the|a lot of|loads of|a bunch of|the whole (?:bottle|packet) of) (?:\\w+ )?(?:pills|tablets|meds|medication|medicine|paracetamol|painkillers)',
      ),
      w('(?:want|wanted|wish|wishing) (?:i was|i were|to be|i could be) dead'),
      w('(?:better off|rather be) dead'),
      w(
        '(?:do not|no longer|not) (?:want|wanna|wish) to (?:live|be alive|be here|exist|wake up|go on)',
      ),
      w(
        '(?:no|not any) (?:reason|point) (?:to|in|of) (?:live|living|being alive|going on|carrying on|life)',
      ),
      w('(?:life|living) is not worth|not worth living|life is pointless|life is meaningless'),
      w(
        'can not (?:go on|carry on|keep going|cope|take it|take this|do this any more|do this anymore|bear it|live like this)',
      ),
      w(
        '(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|punish|punishing) (?:my ?self|myself on purpose)',
      ),
      w('self ?harm\\w*'),
      w(
        'overdos\\w*|took too many pills|take all my pills|swallow(?:ed)? (?:all )?(?:the|my) pills',
      ),
      w('give up on (?:life|everything|living)|given up on (?:life|everything|living)'),
      w('(?:disappear|vanish) for ever|disappear forever|never wake up'),
      w('(?:nobody|no one) would (?:miss|care if) me|everyone would be better off without me'),
      w(
        'i am a burden|hopeless and|feel hopeless|feeling hopeless|i feel like dying|feel like dying',
      ),
    ],
    // "I cut myself on the toenail scissors" is a wound, not self-harm.
    unless: [
      w(
        '(?:cut|burn|burnt|burned) my ?self (?:on (?!purpose)|with|shaving|while|by accident|accidentally|cooking|badly|deeply|quite badly|really badly|and it)',
      ),
    ],
  },

  // --- emergency: help now ---
  {
    id: 'chest-pain',
    kind: 'emergency',
    patterns: [
      w(
        `chest(?: \\w+){0,4} (?:${PAIN}|tight|tightness|heavy|heaviness|crushing|squeezing|pressure)|(?:${PAIN}|tight|tightness|heavy|heaviness|crushing|squeezing|pressure)(?: \\w+){0,3} chest`,
      ),
      w(
        `chest (?:${PAIN}|tight|tightness|pressure|cramp|cramps|cramping|crushing|heavy|heaviness|squeezing|burning|burns|discomfort|is killing me)`,
      ),
      w(
        `(?:${PAIN}|tightness|tight|pressure|cramp|cramps|cramping|crushing|heaviness|squeezing|squeeze|burning|weight|discomfort|stabbing|band) (?:in|on|across|around|of) (?:my|the) chest`,
      ),
      w(
        '(?:tight|painful|heavy|sore|crushing|aching|hurting) chest|chest (?:is )?(?:killing|hurting)',
      ),
      w('heart (?:attack|attacks|pain|pains|hurts|hurting|is hurting|ache)|cardiac arrest|angina'),
      w(`(?:${PAIN}|tightness) (?:in|up) my jaw and|jaw (?:${PAIN}) and (?:my )?(?:chest|arm)`),
    ],
    unless: [w('had (?:a )?heart attack|heart attack (?:\\w+ ){0,3}ago|heart attack last')],
  },
  {
    id: 'arm-pain',
    kind: 'emergency',
    patterns: [
      w(
        `left arm (?:is |feels |has gone |went )?(?:${PAIN}|numb|tingling|tingly|heavy|weak|dead)|(?:${PAIN}|numbness|tingling|heaviness) (?:in|down|along) (?:my |the )?left arm`,
      ),
    ],
  },
  {
    id: 'breathlessness',
    kind: 'emergency',
    patterns: [
      w(
        '(?:hardly|barely|could not|unable to) (?:breathe|breath)|breathing (?:is |has )?(?:\\w+ ){0,2}(?:bad|hard|difficult|laboured|labored|noisy|fast|shallow|strange|weird|worse)',
      ),
      w(
        '(?:face|lips|tongue|throat|mouth) (?:is |are )?(?:swelling|swollen|puffing up|blowing up)|can not swallow',
      ),
      w('(?:lips|face|fingers|skin) (?:\\w+ ){0,2}(?:blue|grey|gray)'),
      w('can not (?:breathe|breath|get my breath|catch my breath|get air|get enough air)'),
      w(
        '(?:trouble|difficulty|difficulties|problems?|hard|struggling|struggle|fighting|labou?red) (?:to |with |when |while )?(?:breathe|breath|breathing)',
      ),
      w(
        'short(?:ness)? of breath|out of breath|breathless\\w*|gasping|wheez\\w*|choking|suffocat\\w*',
      ),
      w(
        '(?:not|stopped|stop) breathing|breathing is (?:bad|hard|difficult|fast|shallow|strange|weird)',
      ),
      w('(?:lips|face|fingers|skin) (?:are |is |turning |going |gone |went )?(?:blue|grey|gray)'),
      w(
        'asthma attack|anaphyla\\w*|allergic reaction|throat (?:is )?(?:closing|swelling|swollen|tight)|tongue (?:is )?(?:swelling|swollen)',
      ),
    ],
  },
  {
    id: 'stroke-signs',
    kind: 'emergency',
    patterns: [
      w(
        '(?:can not|could not|unable to) (?:move|feel|lift) (?:one side|one arm|one leg|my left side|my right side|the left side|the right side)|one side of my (?:body|face)',
      ),
      w('^stroke$|^stroke signs$|numb (?:face|mouth|lip|lips|cheek)'),
      w(
        '(?:a|mini|had|having|have|signs of|symptoms of|think it is|maybe|possible|suffering) (?:a )?stroke|stroke (?:signs|symptoms)',
      ),
      w('(?:i|he|she|they) (?:had|has|have|am having|is having) (?:had )?(?:a )?stroke'),
      w(
        'face (?:is |has |went |gone |has gone |feels )?(?:drooping|droops|droopy|drooped|lopsided|fallen|numb|dropped|twisted)|drooping (?:face|mouth|eye)|droopy (?:face|mouth)|drooping',
      ),
      w(
        'slur\\w*|(?:can not|trouble|hard to|struggling to) (?:speak|talk|get my words out|find my words|say words)|speech is (?:slurred|strange|weird|garbled|funny)',
      ),
      w(
        '(?:one|left|right) side of (?:my|the|his|her) (?:body|face) (?:is |went |feels |has gone )?(?:numb|weak|heavy|dead|paralysed|paralyzed)',
      ),
      w(
        '(?:can not|unable to) (?:lift|raise|move) (?:my|one) (?:arm|hand)|arm (?:is |went |has gone )?(?:weak|limp|dead)|weak arm|arm weakness',
      ),
      w('paraly[sz]\\w*|sudden (?:confusion|numbness|weakness)|suddenly (?:confused|numb|weak)'),
    ],
    // "stroke the foot" and "a long stroke" are the massage's own technique.
    unless: [
      w(
        '(?:how|should|do|can) (?:i|you|we) stroke|stroke (?:my|the|your|each|both|it|them|up|down|along)|stroking|strokes|(?:light|gentle|long|soft|firm|slow|few|each|one|every|the) stroke',
      ),
    ],
  },
  {
    id: 'sudden-severe-headache',
    kind: 'emergency',
    patterns: [
      w(
        'head (?:\\w+ ){0,2}(?:exploded|explode|exploding|explosion)|(?:sudden|suddenly) (?:\\w+ ){0,3}(?:head|headache)',
      ),
      w(
        '(?:sudden|suddenly|worst|thunderclap|explosive|blinding|splitting sudden|excruciating|unbearable|agonising|agonizing) (?:\\w+ )?(?:headache|head ache|migraine|pain in my head)',
      ),
      w(
        '(?:headache|head ache|migraine) (?:came on |that came on )?(?:suddenly|out of nowhere|like never before)|worst (?:headache|head ache|migraine) (?:of my life|ever|i have ever had)',
      ),
      w(
        '(?:hit|hitting|banged|banging|bumped|bumping|knocked|knocking|smacked|whacked|cracked|hurt|injured|struck) (?:my|his|her|the back of my) head|head injury|concussion|concussed|fell on my head|landed on my head',
      ),
      w(
        '(?:headache|head ache|migraine) (?:after|since) (?:a |the |my )?(?:fall|knock|blow|bump|accident|hitting|crash|banging|falling)',
      ),
      w(
        'headache (?:and|with) (?:a )?(?:stiff neck|vomiting|being sick|confusion|fever|rash)|stiff neck and (?:a )?(?:fever|headache|rash)',
      ),
    ],
  },
  {
    id: 'sudden-vision-loss',
    kind: 'emergency',
    patterns: [
      w(
        'seeing double|(?:gone|went|going) (?:black|dark|blurry|grey) in (?:one|my|an) eye|(?:sight|vision) (?:went|has gone|is gone|is going|suddenly)|sudden\\w* (?:\\w+ ){0,4}(?:sight|vision|blind\\w*)',
      ),
      w('(?:sudden|suddenly) (?:\\w+ )?(?:vision|sight|blind|blurry|blurred|can not see|lost)'),
      w(
        '(?:lost|losing|loss of|lose) (?:my |the )?(?:sight|vision)|gone blind|going blind|went blind|blind in one eye|can not see (?:out of|anything|properly|with)|double vision|curtain over my eye',
      ),
    ],
  },
  {
    id: 'coughing-blood',
    kind: 'emergency',
    patterns: [
      w(
        '(?:cough\\w*|vomit\\w*|throw\\w* up|threw up|spit\\w*|puk\\w*|sick|bring\\w* up|brought up|hawk\\w*) (?:up )?(?:some |a lot of |lots of |bright red )?blood',
      ),
      w(
        'blood (?:in|with) (?:my |the )?(?:vomit|sick|spit|phlegm|mucus|cough|stool|stools|poo|poop|urine|pee|wee)|bloody (?:vomit|phlegm|cough|stool|stools|diarrh\\w*)',
      ),
      w('(?:black|tarry) (?:stool|stools|poo|poop)'),
    ],
  },
  {
    id: 'heavy-bleeding',
    kind: 'emergency',
    patterns: [
      w(
        '(?:bleeding|bleed|bleeds|bled) (?:heavily|a lot|badly|lots|everywhere|loads|profusely|non stop|and (?:it )?will not stop|that will not stop)|(?:will not|can not|does not|is not going to) stop (?:bleeding|the bleeding)',
      ),
      w(
        '(?:heavy|heavily|lots of|a lot of|loads of|so much|pouring|gushing|spurting) (?:\\w+ )?(?:bleeding|blood)|blood (?:everywhere|is pouring|pouring|gushing|spurting)',
      ),
      w('haemorrhag\\w*|hemorrhag\\w*'),
      // Bleeding with no place named: "I'm bleeding" may be anything, so it is treated as the worst.
      w(
        '^(?:still |now |really |badly )?(?:bleeding|bleed)|(?:i am|i have been|been|started|keep|keeps|kept|still|it is|it keeps|he is|she is) bleeding|bleeding (?:inside|internally)|i bleed',
      ),
    ],
  },
  {
    // Blood with no place named ("there's blood everywhere", "I see blood") is treated as the worst.
    id: 'blood',
    kind: 'emergency',
    patterns: [w('blood|bloody|bleed\\w*|bled')],
    unless: [w(BLOOD_NOT_BLEEDING), w(FOOT), w(LEG)],
  },
  {
    id: 'swollen-calf',
    kind: 'emergency',
    patterns: [
      w('leg (?:is )?(?:\\w+ )?(?:bigger|fatter|larger|thicker|more swollen) than the other'),
      w(`(?:leg|legs)(?: \\w+){0,3} (?:hot|red|painful) and (?:${SWOLLEN})`),
      w(`(?:calf|calves)(?: \\w+){0,5} (?:${SWOLLEN}|hot|red|warm|bigger|huge)`),
      w(`(?:${SWOLLEN}|hot|red) (?:(?:and )?\\w+ )?(?:calf|calves)`),
      w(
        `(?:leg|legs)(?: \\w+){0,4} (?:${SWOLLEN})(?: \\w+){0,3} (?:hot|red|painful|warm|tender|sore)|(?:hot|red|painful) (?:and )?(?:${SWOLLEN}) (?:leg|legs)`,
      ),
      w('one leg (?:is )?(?:\\w+ )?(?:bigger|fatter|larger|thicker)'),
      w(
        `(?:${PAIN}|cramp|cramping) (?:and|with) (?:${SWOLLEN})(?: in)? (?:my |the )?(?:calf|calves|leg)|one leg (?:is )?(?:bigger|fatter|${SWOLLEN})`,
      ),
      w(`(?:calf|calves|leg) (?:${PAIN}) (?:and|with) (?:${SWOLLEN}|redness|heat)`),
      w('(?:a |the |my )?(?:blood )?clot|clots|thrombo\\w*|dvt|deep vein|embolism'),
    ],
    // A clot in the past, or blood thinners now, is a doctor's question, not an emergency.
    unless: [
      w(
        '(?:had|have had|history of|years ago|last year|in the past|ago|used to have|previous|before) (?:a |an )?(?:blood )?(?:clot|clots|dvt|thrombosis)|(?:clot|clots|dvt|thrombosis) (?:last year|years ago|in the past|before|once)',
      ),
    ],
  },
  {
    id: 'fainting',
    kind: 'emergency',
    patterns: [
      w(
        '(?:will not|would not|does not|can not|is not|are not) wak\\w* up|not waking up|unresponsive|not responding',
      ),
      w(
        'faint\\w*|pass(?:ed|ing|es)? out|black(?:ed|ing)? out|blackouts?|collaps\\w*|lost consciousness|losing consciousness|unconscious|keel\\w* over|(?:nearly|almost) fell over|the room is spinning and',
      ),
      w('seizure\\w*|convuls\\w*|having a fit|had a fit|epileptic fit'),
    ],
    unless: [w('faint (?:smell|sound|line|mark|trace|tingle|tingling|taste)|point of collapse')],
  },
  {
    id: 'emergency-call',
    kind: 'emergency',
    patterns: [
      w('^(?:an )?emergency$|^(?:an )?ambulance$'),
      w(
        'ambulance|paramedic\\w*|nine one one|nine nine nine|one one two|(?:this is|it is|having|i have) an emergency|emergency room|i am dying|i am going to die|(?:really|very|seriously|terribly) (?:unwell|ill)',
      ),
    ],
    unless: [w('dying (?:for|to)|in an emergency')],
  },
  {
    id: 'poisoning',
    kind: 'emergency',
    patterns: [w('poison\\w*|swallowed (?:bleach|something)')],
  },

  // --- doctor: no massage today; see a doctor soon ---
  {
    id: 'swollen-leg',
    kind: 'doctor',
    patterns: [w(`(?:leg|legs)(?: \\w+){0,4} (?:${SWOLLEN})|(?:${SWOLLEN}) (?:leg|legs)`)],
  },
  {
    id: 'heavy-exhaustion',
    kind: 'doctor',
    patterns: [
      w(
        '(?:completely|totally|utterly|so|extremely|absolutely|heavily|severely) (?:exhausted|worn out|drained|shattered)|exhausted (?:i|and) can (?:barely|hardly)|can (?:barely|hardly) stand|point of collapse|burnt out|burned out|chronic fatigue',
      ),
    ],
  },
  {
    id: 'skin-problem',
    kind: 'doctor',
    patterns: [
      w(
        'eczema|psoriasis|rash|rashes|verruca\\w*|warts?|athlete s foot|athlete foot|athletes foot|fungal|fungus|blister\\w*|burn on|burnt my|burned my|scald\\w*|lump|red streak|toenail (?:came|fell|come) off|lost (?:a|my) toenail|broken skin|cracked skin',
      ),
    ],
  },
  {
    id: 'past-clot',
    kind: 'doctor',
    patterns: [
      w(
        '(?:had|have had|history of|years ago|last year|in the past|ago|used to have|previous|before) (?:a |an )?(?:blood )?(?:clot|clots|dvt|thrombosis)|(?:clot|clots|dvt|thrombosis) (?:last year|years ago|in the past|before|once)',
      ),
      w(
        'blood thinn\\w*|anticoagula\\w*|warfarin|heparin|apixaban|rivaroxaban|eliquis|xarelto|coumadin',
      ),
    ],
  },
  {
    id: 'high-fever',
    kind: 'doctor',
    patterns: [
      w('^(?:a )?(?:high )?temperature$'),
      w(
        '(?<!hay )fever\\w*|(?:high|a|running a|have a|got a|with a) temperature|burning up|the chills|chills and|shivering and (?:hot|sweating)|covid',
      ),
    ],
  },
  {
    id: 'diabetic-foot',
    kind: 'doctor',
    patterns: [
      w('^(?:numb|numbness|gone numb|pins and needles)$'),
      w('(?:lost|losing|lose) (?:the |all )?(?:feeling|sensation)'),
      w('diabet\\w*|neuropath\\w*|blood sugar'),
      w(
        `(?:${FOOT}|${LEG}|legs?) (?:is |are |has |have |feel |feels |gone |went |going |go |goes |get |gets |sometimes |often |always |keeps? going )*(?:numb|dead|tingly|tingling|asleep all the time|without feeling)`,
      ),
      w(
        `(?:numb|numbness|no feeling|lost feeling|loss of feeling|can not feel|no sensation|pins and needles|tingling|burning) (?:in|of|on) (?:my |the |both )?(?:${FOOT}|${LEG})|numb (?:${FOOT}|${LEG})|numbness|can not feel my (?:${FOOT})`,
      ),
    ],
  },
  {
    id: 'foot-wound',
    kind: 'doctor',
    patterns: [
      w(
        `(?:stood|stepped|trod) on (?:a |some )?(?:glass|nail|pin|needle|something sharp|tack|thorn)`,
      ),
      w(
        `veins? (?:are |is )?(?:\\w+ ){0,2}(?:bulg\\w*|swollen|twisted|lumpy|knotted|popping)|(?:${FOOT}|joint) (?:\\w+ ){0,3}(?:red|hot) and (?:\\w+ ){0,2}(?:painful|sore|swollen|tender)`,
      ),
      w(
        `cut (?:on|in|under|across) (?:my |the )?(?:\\w+ )?(?:${FOOT}|${LEG})|(?:cut|gashed|sliced|split|stabbed|ripped) (?:open )?(?:my |the )?(?:\\w+ )?(?:${FOOT}|${LEG})|(?:deep|bad|nasty|open) (?:cut|wound|gash|sore)|wound|gash|lacerat\\w*|stitches|stepped on (?:a |some )?(?:glass|nail|something sharp|a pin|a needle)|puncture\\w*|splinter`,
      ),
      w(
        'infect\\w*|pus|oozing|weeping|abscess|cellulitis|gangren\\w*|ulcer\\w*|(?:sore|wound|cut|blister)(?: on my (?:\\w+))? (?:that |which )?(?:will not|does not|is not|has not|never) (?:heal|healing|healed|going away|gone away)|not healing|black (?:toe|toes|skin|spot)',
      ),
      w(
        `(?:${FOOT}|${LEG}) (?:is |are |looks |feels |has gone |went |got |gone )*(?:red|hot|warm|burning|angry) (?:and|,)? ?(?:${SWOLLEN}|${PAIN}|hot|red)|(?:red|hot) (?:and )?(?:${SWOLLEN}|hot|red) (?:${FOOT})|(?:red|hot) (?:${SWOLLEN}) (?:${FOOT})`,
      ),
      w('gout|bunion is (?:red|hot|swollen|infected)|ingrown (?:toe ?nail|nail)'),
    ],
  },
  {
    id: 'swollen-foot',
    kind: 'doctor',
    patterns: [
      w(
        `(?:${FOOT}) (?:is |are |has |have |looks |feels |gone |got |all |really |very |so )*(?:${SWOLLEN})|(?:${SWOLLEN}) (?:${FOOT})|(?:${FOOT}) .*(?:${SWOLLEN})`,
      ),
    ],
    unless: [w('pregnan\\w*|expecting|trimester')],
  },
  {
    id: 'foot-bleeding',
    kind: 'emergency',
    patterns: [
      w(
        `(?:bleed\\w*|bled|blood) .*(?:${FOOT}|${LEG})|(?:${FOOT}|${LEG}) .*(?:bleed\\w*|bled|blood)`,
      ),
    ],
    unless: [w(BLOOD_NOT_BLEEDING)],
  },
  {
    id: 'injury',
    kind: 'doctor',
    unless: [
      w(
        'broke up|broken (?:sleep|heart|hearted|nights?)|heart ?broken|fall(?:ing|en)? asleep|fell asleep|fall back to sleep|waters',
      ),
    ],
    patterns: [
      w(
        'torn|tore|pulled (?:a )?(?:muscle|tendon|ligament|hamstring|calf)|strain(?:ed)? (?:a |my )?(?:muscle|tendon|ligament|calf|ankle|foot)|surgery|operation|operated',
      ),
      w('(?:can not|could not|unable to) (?:put|bear|take) (?:any )?weight'),
      w(
        'broke|broken|break (?:in|of) (?:my|the)|fractur\\w*|cracked (?:a |my )?(?:bone|toe|heel|ankle|foot)|sprain\\w*|dislocat\\w*|torn (?:a )?(?:ligament|tendon|muscle|achilles)|tore (?:a |my )?(?:ligament|tendon|muscle|achilles)|ruptur\\w*',
      ),
      w(
        `(?:twisted|rolled|turned|went over on|injured|hurt|bashed|crushed|smashed|stubbed|jammed|banged|dropped \\w+ on) (?:my |the )?(?:${FOOT}|${LEG}|knee|knees)`,
      ),
      w(
        '(?:i|just|have|had a|bad|nasty) (?:fell|fall)|fell (?:down|over|off|on)|(?:fresh|recent|new|sports|bad) injur\\w*|injur\\w* (?:my|it|last|yesterday|today)|(?:had|have had|after|recovering from) (?:an? )?(?:surgery|operation|op)|(?:surgery|operation) (?:on|last|yesterday|recently|this)',
      ),
    ],
  },
  {
    id: 'heart-circulation',
    kind: 'doctor',
    patterns: [
      w(
        'heart (?:disease|condition|problem|problems|trouble|failure|murmur|surgery|bypass|valve|issues|is racing|is pounding|is skipping|keeps skipping)|palpitations|irregular heart ?beat|pacemaker|stent|bypass|poor circulation|bad circulation|high blood pressure|low blood pressure|hypertension|circulation (?:problem|problems|disease|trouble|issues|condition)|peripheral (?:arterial|artery|vascular)|had (?:a )?heart attack|heart attack (?:\\w+ ){0,3}ago|varicose|phlebitis|vein (?:problem|problems|disease)|thrombophlebitis|lymph\\w*edema|lymphoedema|oedema|edema',
      ),
      w(
        'cancer|chemo\\w*|radiotherapy|tumou?r|osteoporosis|kidney (?:disease|failure|problems?|condition|issues?)|dialysis|epilepsy|epileptic',
      ),
    ],
  },

  // --- pregnancy: the pregnancy answer, and a "yes" at the safety question ---
  {
    id: 'pregnancy',
    kind: 'pregnancy',
    patterns: [
      w('^(?:\\w+ ){1,2}weeks(?: pregnant| along| gone| now)?$'),
      w(
        '(?:months|weeks) (?:gone|pregnant|along)|^i am (?:\\w+ ){0,2}weeks$|carrying (?:twins|triplets|a baby|a child)|baby on the way|hyperemesis|waters? (?:have |has )?(?:broken|broke|gone)|contractions?|labou?r|overdue|induc\\w*|expecting|baby (?:is |s )?due|due (?:in|next) (?:the )?(?:spring|summer|autumn|fall|winter|month|week|january|february|march|april|may|june|july|august|september|october|november|december)',
      ),
      w(
        '^expecting|pregnan\\w*|preggers|preggo|with child|expectant mother|mum to be|mom to be|mother to be|morning sickness|trimester\\w*|weeks along|months along|baby bump|my bump(?! on)|bun in the oven|my midwife|a midwife|due date|ivf|fertility treatment|conceiv\\w*|ttc',
      ),
      w(
        '(?:i am|we are|she is|i am currently|currently|i think i am|might be|may be|could be) expecting(?: (?:a baby|a child|twins|our first|my first|a little one|in|again|\\w+))?$|expecting (?:a baby|a child|twins|our first baby|my first baby|a little one)',
      ),
      w(
        '(?:having|had|going to have|carrying|trying for|trying to have|want|wanting) (?:a|another|our|my) (?:baby|child)(?! (?:shower|sitter))',
      ),
      w(
        'trying (?:to|for) (?:get pregnant|conceive|a baby|a family|for a baby)|trying for (?:a |another )?(?:baby|family)|baby is due|(?:am|is) due (?:in|next)|the baby (?:is|kicks|kicking|moving)',
      ),
    ],
  },
];
