import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { rmSync } from 'node:fs';
import { FilePersistenceAdapter } from '../../lambda/persistence/file-adapter';
import { AlexaApiStandIn } from '../alexa-api/stand-in';
import { PROJECT_ROOT } from '../nlu/model';
import { Conversation, type Exchange, type Turn } from './conversation';
import {
  ACCESS_TOKEN_WITH_REMINDERS,
  caller,
  launchRequest,
  newSessionId,
  requestEnvelope,
} from './envelope';
import { bold, cyan, describeTurn, dim } from './format';
import { espeakAvailable, play, type Playback } from './player';
import { timeline } from './speech';
import { SCREEN_DEVICES } from './envelope';
import { screenPrinter } from './screen';
import { SUPPORTED_LOCALES } from '../../lambda/languages/registry';

const USAGE = `Talk to Foot Massage Coach in the terminal.

  npm start [-- options]

  --say "TEXT"   say this (repeatable); runs them in order and exits
  --fast         don't wait through pauses (interactive mode waits in real time)
  --realtime     wait through pauses even with --say or piped input
  --user ID      the Alexa user id (default: the simulator's user)
  --state FILE   where user state is kept (default: .local/user-state.json)
  --fresh        forget this user's stored state (and the stand-in's reminders) first
  --time-zone TZ the device's time zone, as Alexa's settings API reports it
                 (default: America/New_York)
  --speak        speak answers aloud with espeak-ng, pauses as silence
  --screen       be a device with a screen: prints each screen's words and writes its
                 picture to .local/screens/ (without it, a voice-only Echo)
  --device NAME  which screen: echo-show-8 (default), echo-show-5, echo-spot, fire-tv
  --locale ID    the device's language and country: ${SUPPORTED_LOCALES.join(', ')}
                 (default: en-US)
  --json         print the raw request and response envelopes
  --help         this text

Interactive: type what you would say to Alexa; :q or Ctrl-D leaves ("stop" and "exit" go to the skill).
Typing while an answer plays (in real time) cuts in at that point, as "Alexa, pause" would.
In a script, --say "@20 pause" says "pause" 20 s into the last answer.
Without a terminal on stdin and without --say, utterances are read line by line from stdin.`;

function options() {
  const { values } = parseArgs({
    options: {
      say: { type: 'string', multiple: true },
      fast: { type: 'boolean', default: false },
      realtime: { type: 'boolean', default: false },
      user: { type: 'string' },
      state: { type: 'string', default: join(PROJECT_ROOT, '.local', 'user-state.json') },
      fresh: { type: 'boolean', default: false },
      'time-zone': { type: 'string', default: 'America/New_York' },
      speak: { type: 'boolean', default: false },
      screen: { type: 'boolean', default: false },
      device: { type: 'string', default: 'echo-show-8' },
      locale: { type: 'string', default: 'en-US' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return values;
}

async function forget(path: string, userId: string | undefined): Promise<void> {
  const who = caller({ userId });
  const envelope = requestEnvelope(
    launchRequest(),
    { sessionId: newSessionId(), isNew: true },
    who,
  );
  await new FilePersistenceAdapter(path).deleteAttributes(envelope);
}

function printJson(exchange: Exchange): void {
  console.log(dim(`request: ${JSON.stringify(exchange.request, null, 2)}`));
  console.log(dim(`response: ${JSON.stringify(exchange.response, null, 2)}`));
}

/** A mistyped option gets one plain line and the usage, not a stack trace. */
function optionsOrExit(): ReturnType<typeof options> {
  try {
    return options();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const opts = optionsOrExit();
  if (opts.help) {
    console.log(USAGE);
    return;
  }
  // Alexa's reminders and settings API, played by a local server; kept beside the user state.
  const apiStatePath = `${opts.state.replace(/\.json$/, '')}.alexa-api.json`;
  if (opts.fresh) {
    await forget(opts.state, opts.user);
    rmSync(apiStatePath, { force: true });
  }
  const api = new AlexaApiStandIn({ timeZone: opts['time-zone'], statePath: apiStatePath });
  const apiEndpoint = await api.start();

  const interactive = !opts.say && process.stdin.isTTY === true;
  const realtime = opts.realtime || (interactive && !opts.fast);
  const speak = opts.speak && espeakAvailable((message) => console.log(dim(message)));
  const device = opts.screen ? SCREEN_DEVICES[opts.device] : undefined;
  if (opts.screen && !device) {
    console.error(`unknown device ${opts.device}\n\n${USAGE}`);
    process.exit(2);
  }
  if (!SUPPORTED_LOCALES.includes(opts.locale)) {
    console.error(`unknown locale ${opts.locale}\n\n${USAGE}`);
    process.exit(2);
  }
  const showScreen = screenPrinter(join(PROJECT_ROOT, '.local', 'screens'));
  const conversation = new Conversation({
    ...(device ? { screen: device } : {}),
    locale: opts.locale,
    adapterPath: opts.state,
    userId: opts.user,
    applicationId: process.env.SKILL_ID || undefined,
    apiEndpoint,
    remindersGranted: api.grantedTokens.has(ACCESS_TOKEN_WITH_REMINDERS),
    onPermissionAnswer: (answer) => {
      if (answer === 'ACCEPTED') api.grant(ACCESS_TOKEN_WITH_REMINDERS);
    },
  });
  // espeak-ng names its voices by language, with two Englishes: "en-us" and "en-gb".
  const voice = !opts.locale.startsWith('en')
    ? opts.locale.slice(0, 2)
    : ['en-US', 'en-CA'].includes(opts.locale)
      ? 'en-us'
      : 'en-gb';
  const redraw = process.stdout.isTTY
    ? (text: string) => process.stdout.write(`\r\x1b[K${text}`)
    : undefined;

  /** The response playing now, so that typing while it plays barges in at its position. */
  let playing: { playback: Playback; stop: () => void } | undefined;
  const answer = async (turn: Turn) => {
    if (opts.json) printJson(turn);
    for (const line of describeTurn(turn)) console.log(line);
    if (turn.alexaSays) console.log(`${bold(cyan('Alexa (in its own words):'))} ${turn.alexaSays}`);
    if (device) showScreen(turn);
    const controller = new AbortController();
    const playback: Playback = { seconds: 0, signal: controller.signal };
    playing = { playback, stop: () => controller.abort() };
    await play(
      turn.audio ?? timeline(turn.ssml),
      { realtime, speak, redraw, wordsPerMinute: conversation.wordsPerMinute, voice },
      playback,
    );
    playing = undefined;
    if (turn.ended)
      console.log(dim('  (the skill closed the session; say something to start a new one)'));
  };
  const say = async (utterance: string, echo: boolean) => {
    if (echo) console.log(`${bold('You:')} ${utterance}`);
    await answer(await conversation.say(utterance));
  };
  /** Leaving with a session open: Alexa would end it, and the skill saves the user's place. */
  const leave = async (reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS') => {
    const exchange = await conversation.endSession(reason);
    if (exchange && opts.json) printJson(exchange);
  };

  if (opts.say) {
    for (const utterance of opts.say) await say(utterance, true);
    await leave('EXCEEDED_MAX_REPROMPTS');
    await api.close();
    return;
  }

  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: interactive,
  });
  if (interactive) {
    console.log(
      dim('Say "open foot massage coach" to begin; :q or Ctrl-D leaves; --help for options.'),
    );
    rl.setPrompt(`${bold('You:')} `);
    rl.prompt();
  }
  // Lines are handled one after another, but one typed while a response plays cuts it short
  // and is said at that point of it, as "Alexa, pause" would be.
  let turns = Promise.resolve();
  await new Promise<void>((done) => {
    rl.on('line', (raw) => {
      const utterance = raw.trim();
      if (playing && utterance) {
        conversation.bargeIn(playing.playback.seconds);
        playing.stop();
      }
      turns = turns.then(async () => {
        if (utterance === ':q') return rl.close();
        if (utterance) await say(utterance, !interactive);
        if (interactive) rl.prompt();
      });
    });
    rl.on('close', () => void turns.then(done));
  });
  await leave('USER_INITIATED');
  await api.close();
  if (interactive) console.log(dim('\nBye.'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
