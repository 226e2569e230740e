import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pictureOf, screenLines } from '../screens/describe';
import type { Exchange } from './conversation';
import { dim } from './format';

/** Prints what a response puts on the screen and writes its picture; one file per screen shown. */
export function screenPrinter(dir: string): (exchange: Exchange) => void {
  let n = 0;
  return (exchange) => {
    const directive = exchange.response.response.directives?.find(
      (d) => d.type === 'Alexa.Presentation.APL.RenderDocument',
    );
    if (!directive || directive.type !== 'Alexa.Presentation.APL.RenderDocument') return;
    mkdirSync(dir, { recursive: true });
    const name = (directive.token ?? 'screen').replace(/^.*:/, '');
    const file = join(dir, `${String(++n).padStart(2, '0')}-${name}.png`);
    writeFileSync(file, pictureOf(directive).png);
    console.log(dim(`  screen (${name}, ${relative(process.cwd(), file)}):`));
    for (const line of screenLines(directive)) console.log(dim(`  | ${line}`));
  };
}
