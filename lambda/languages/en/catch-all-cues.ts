import type { CatchAllCues } from '../types';

/*
 * English cues for the catch-all's words, against the safety reading's normal form ("i'm" reads
 * "i am", "can't" reads "can not", "let's" reads "let"). Each is a few words a request of its
 * kind cannot do without; whatever else is said around them is the person talking.
 */

const b = (source: string): RegExp => new RegExp(`\\b(?:${source})\\b`);

export const CATCH_ALL_CUES: CatchAllCues = {
  asks: {
    start: [
      b(
        '(?:start|begin|do|give me|guide me through|walk me through|take me through|run through|have|go for) (?:a |an |my |the |our |that |some )?(?:(?:quick|short|long|full|little|proper|nice) )?(?:foot |feet )?(?:massage|routine|session|rub)',
      ),
      b('massage my feet|rub my feet|foot massage|feet massage'),
    ],
    pause: [
      b(
        'pause|hold on|hang on|wait a (?:sec|second|minute|moment|bit)|give me a (?:sec|second|minute|moment)|one (?:sec|second|moment)|just a (?:sec|second|minute|moment)|stop for a (?:sec|second|minute|moment|bit)|take a break|have a break|break for a (?:sec|second|minute|moment|bit)',
      ),
    ],
    resume: [
      b(
        'resume|carry on|keep going|continue|pick up where|back to (?:it|the massage|the routine)|where we left off|unpause|ready to go on|go on again|start again from where',
      ),
    ],
    next: [
      b(
        'next (?:step|one|bit|part|toe|foot|point)|next|move on|go on to the next|on to the next|done with this (?:one|step|bit|part)',
      ),
    ],
    skip: [
      b(
        'skip|leave (?:this|that) (?:one |bit |step |part )?out|miss (?:this|that) (?:one|bit|step|part) out|jump ahead',
      ),
    ],
    back: [
      b(
        'go back|previous|back (?:a|one) step|the step before|the last step|the one before|back to the last',
      ),
    ],
    repeat: [
      b(
        'repeat|say (?:that|it|this) again|once more|what did you (?:just )?say|come again|pardon|did not (?:catch|hear) (?:that|you|it)|missed (?:that|what you said)|one more time',
      ),
    ],
    'start-over': [
      b(
        'start (?:again|over|afresh)|from the (?:beginning|start|top)|restart|begin again|all over again',
      ),
    ],
    stop: [
      b(
        'stop|quit|exit|end (?:it|this|the massage|the session)|that is enough|i am done|i am finished|finish (?:it|now|here|up)|call it a day|leave it there|close (?:it|the skill)',
      ),
    ],
    help: [
      b(
        'help|what can (?:i|you) (?:say|do|ask)|how does (?:this|it) work|what do i say|i am lost|confused',
      ),
    ],
    home: [b('main menu|home screen|go home|the start screen|the menu')],
    'time-left': [
      b(
        '(?:how (?:much|many)|what) (?:time|minutes|seconds|longer)(?: is| are)? left|time left|how much longer|how long (?:is )?(?:left|to go|remaining)|nearly (?:done|finished|there)|how long until',
      ),
    ],
    'where-am-i': [
      b(
        'where (?:are|were) we|where am i|which (?:step|part|bit) (?:are we|is this|am i)|what (?:step|part|bit) (?:are we|is this|am i)|what are we doing|what is this step|up to',
      ),
    ],
    'tell-me-more': [
      b(
        'tell me more|more (?:about|detail|details|info|information)|explain (?:more|that|further)|go into (?:more )?detail|say more',
      ),
    ],
    thanks: [b('thanks|thank you|thank u|cheers|much appreciated|ta')],
    contraindications: [
      b(
        'contraindications?|when (?:not to|should i not|shouldn t i)|who should not|not do (?:it|this)|should i avoid|safe (?:to do|for me)|is it safe|risks|dangers|side effects|when to avoid',
      ),
    ],
    'forget-me': [
      b(
        '(?:forget|delete|erase|wipe|remove|clear) (?:me|my|everything|all|what you)|my data|my history|my information|my progress',
      ),
    ],
    'reminder-cancel': [
      b(
        '(?:cancel|delete|remove|stop|turn off|switch off|get rid of|no more|do not want) (?:the |my |that |this |a )?(?:daily |evening |nightly )?reminders?|reminders? off|stop reminding',
      ),
    ],
    'reminder-move': [
      b(
        '(?:change|move|shift|push|reschedule|put back|bring forward) (?:the |my |that |this )?(?:daily |evening )?reminders?|reminders? (?:later|earlier|to a different time|at a different time)|different time for (?:the |my )?reminder',
      ),
    ],
    'reminder-status': [
      b(
        '(?:what|which|any|do i have|have i got|is there|are there|when is|check)(?: \\w+){0,3} reminders?|reminders? (?:set|on|do i have)',
      ),
    ],
    'reminder-set': [
      b(
        'remind me|set (?:a |me a |up a |an )?(?:daily |evening )?reminder|reminders? (?:every|each|at)',
      ),
      // Longer than the routine it names, so "remind me to do a foot massage" is no start.
      b('(?:remind|reminding) me (?:to|about) (?:\\w+ ){0,6}(?:massage|routine|feet|it|this)'),
    ],
  },
  tender: b(
    'tender|sore|hurts?|hurting|painful|aches?|aching|sensitive|ouch|ow|twinge|stings?|gritty|crunchy|lumpy',
  ),
  linked: b(
    'linked|link|connected|connect|connects|correspond|corresponds|stand for|stands for|relate|relates|related|goes with|go with|tied to|map to|maps to|represent|represents|for what|which part of (?:my|the) foot|where on (?:my|the) foot|what part of (?:my|the) foot',
  ),
  routine: b('massage|routine|session|one|version|rub|go'),
};
