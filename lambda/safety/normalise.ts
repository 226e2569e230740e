/**
 * Spoken and typed words in one form for the safety patterns: lowercase, contractions spelled out
 * ("I can't" and "I cannot" and "i cant" all read "i can not"), punctuation gone. Patterns are
 * written against this form only, so a sign never depends on how the apostrophe was typed.
 */
const SPELLED_OUT: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u02bc`]/g, "'"],
  [/\bcan ?not\b|\bcan'?t\b/g, 'can not'],
  [/\bwon'?t\b/g, 'will not'],
  [/\b(do|does|did|is|are|was|were|have|has|had|could|would|should|must|need|ai)n'?t\b/g, '$1 not'],
  [/\bi'?m\b/g, 'i am'],
  [/\b(you|we|they)'re\b/g, '$1 are'],
  [/\b(i|you|we|they)'ve\b/g, '$1 have'],
  [/\bive\b/g, 'i have'],
  [/\b(i|you|we|they|he|she|it)'ll\b/g, '$1 will'],
  [/\b(i|you|we|they|he|she)'d\b/g, '$1 would'],
  [
    /\b(it|that|there|he|she|what|who|everything|nothing|something|heart|head|face|chest)'s\b/g,
    '$1 is',
  ],
  [/'s\b/g, ''],
  [/\bwanna\b/g, 'want to'],
  [/\bgonna\b/g, 'going to'],
  [/\bgotta\b/g, 'got to'],
  [/\bkinda\b/g, 'kind of'],
];

export function safetyWords(text: string): string {
  let out = text.toLowerCase();
  for (const [pattern, replacement] of SPELLED_OUT) out = out.replace(pattern, replacement);
  return out
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
