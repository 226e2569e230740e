import type { Resolution } from '../nlu/resolver';
import type { Turn } from './conversation';

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number) => (text: string) =>
  useColour ? `\x1b[${code}m${text}\x1b[0m` : text;
export const dim = paint(2);
export const bold = paint(1);
export const cyan = paint(36);

/** `FindPointIntent  complaint="migraine" (no match)` — what Alexa understood, for the curious. */
export function describeResolution(resolution: Resolution): string {
  if (resolution.kind === 'launch') return 'LaunchRequest';
  const slots = Object.values(resolution.intent.slots ?? {})
    .filter((slot) => slot.value !== undefined)
    .map((slot) => {
      const authority = slot.resolutions?.resolutionsPerAuthority?.[0];
      const id = authority?.values?.[0]?.value.id;
      const resolved = authority ? (id ? ` → ${id}` : ' (no match)') : '';
      return `${slot.name}="${slot.value}"${resolved}`;
    });
  const session = resolution.invoked ? ' (new session)' : '';
  return [`${resolution.intent.name}${session}`, ...slots].join('  ');
}

export function describeTurn(turn: Turn): string[] {
  const lines = [dim(`  ⤷ ${describeResolution(turn.resolution)}`)];
  lines.push(`${bold(cyan('Alexa:'))} ${turn.speech || dim('(no speech)')}`);
  if (turn.reprompt) lines.push(dim(`  reprompt: ${turn.reprompt}`));
  lines.push(
    dim(`  ~${Math.round(turn.audioSeconds)} s of audio${turn.ended ? ' · session ended' : ''}`),
  );
  return lines;
}
