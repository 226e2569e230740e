import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../nlu/model';
import { Conversation, type Exchange } from '../simulator/conversation';
import { SCREEN_DEVICES } from '../simulator/envelope';
import { checkDocument } from './validate';
import { pictureOf, screenLines } from './describe';

/**
 * `npm run screens`: talks to the skill as an Echo Show would be talked to, and writes each
 * screen's map to docs/screens/<name>.png, with its document's size and validation.
 */
const OUT = join(PROJECT_ROOT, 'docs', 'screens');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const fresh = () =>
    new Conversation({
      adapterPath: join(mkdtempSync(join(tmpdir(), 'fmc-screens-')), 'state.json'),
      screen: SCREEN_DEVICES['echo-show-8'],
    });
  const shots: Array<[string, Exchange]> = [];
  const c = fresh();
  shots.push(['welcome', await c.say('open foot massage coach')]);
  await c.say('start my foot massage');
  await c.say('no');
  let turn: Exchange = await c.say('on a chair');
  shots.push(['warm-up', turn]);
  for (let i = 0; i < 12 && !/right foot/i.test(turn.speech); i++) {
    turn = await c.say(/foot bath/.test(turn.speech) ? 'no' : 'next');
  }
  turn = await c.say(/Did any spot feel tender/.test(turn.speech) ? 'no' : 'next');
  shots.push(['routine-step', turn]);
  shots.push(['paused', await c.touch(['routine', 'pause'])]);
  const k = fresh();
  shots.push(['headache', await k.say('ask foot massage coach where do i press for a headache')]);
  shots.push(['cramps', await k.say('where do i press for menstrual cramps')]);
  shots.push(['toothache', await k.say('where do i press for a toothache')]);
  shots.push(['contraindications', await k.say('hear the contraindications')]);
  shots.push(['foot-temperature', await k.say('my feet are cold and damp')]);
  shots.push(['help', await k.say('help')]);

  let failed = false;
  for (const [name, exchange] of shots) {
    const directive = exchange.response.response.directives?.find(
      (d) => d.type === 'Alexa.Presentation.APL.RenderDocument',
    );
    if (!directive || directive.type !== 'Alexa.Presentation.APL.RenderDocument') {
      console.log(`${name}: no screen`);
      failed = true;
      continue;
    }
    const report = await checkDocument(
      directive.document as Record<string, unknown>,
      directive.datasources as { payload: Record<string, unknown> },
    );
    const responseBytes = Buffer.byteLength(JSON.stringify(exchange.response));
    const file = join(OUT, `${name}.png`);
    writeFileSync(file, pictureOf(directive).png);
    console.log(
      `${name}: document ${report.bytes} B, response ${responseBytes} B, ` +
        `${report.problems.length} problems → docs/screens/${name}.png`,
    );
    for (const problem of report.problems) console.log(`  ${problem.path}: ${problem.message}`);
    for (const line of screenLines(directive)) console.log(`  | ${line}`);
    if (report.problems.length) failed = true;
  }
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
