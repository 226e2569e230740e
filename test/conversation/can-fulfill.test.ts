import { existsSync, readFileSync } from 'node:fs';
import type { canfulfill, Intent, ResponseEnvelope } from 'ask-sdk-model';
import { conversation, tempStatePath } from '../support/conversation';

/** Alexa's question before routing a request without the skill's name, for what was heard. */
async function ask(utterance: string, statePath = tempStatePath()) {
  const c = conversation({ adapterPath: statePath });
  const resolution = c.resolver.resolve(utterance);
  if (resolution.kind !== 'intent') throw new Error('not an intent');
  return askIntent(resolution.intent, statePath, c);
}

async function askIntent(
  intent: Intent,
  statePath = tempStatePath(),
  c = conversation({ adapterPath: statePath }),
) {
  const exchange = await c.send({
    type: 'CanFulfillIntentRequest',
    requestId: 'amzn1.echo-api.request.cfir',
    timestamp: new Date().toISOString(),
    locale: 'en-US',
    intent,
  } as canfulfill.CanFulfillIntentRequest);
  return exchange.response as ResponseEnvelope;
}

const answerOf = (envelope: ResponseEnvelope) => envelope.response.canFulfillIntent;

describe('name-free readiness (CanFulfillIntentRequest)', () => {
  it.each([
    ['start my foot massage', 'YES'],
    ['start a quick foot massage', 'YES'],
    ['where do I press for a headache', 'YES'],
    ['what helps with trouble sleeping', 'YES'],
    ['what are the contraindications', 'YES'],
    ['where do I press for chest pain', 'NO'],
    ['where do I press for a broken leg', 'NO'],
    ['remind me every evening at 9', 'NO'],
    ['cancel my reminder', 'NO'],
    ['forget my data', 'NO'],
    ['next', 'NO'],
  ])('"%s" → %s', async (utterance, verdict) => {
    expect(answerOf(await ask(utterance))?.canFulfill).toBe(verdict);
  });

  it('answers for each slot it heard', async () => {
    expect(answerOf(await ask('where do I press for a headache'))?.slots).toEqual({
      complaint: { canUnderstand: 'YES', canFulfill: 'YES' },
    });
    expect(answerOf(await ask('start a quick foot massage'))?.slots).toEqual({
      length: { canUnderstand: 'YES', canFulfill: 'YES' },
    });
    expect(answerOf(await ask('where do I press for chest pain'))?.slots).toEqual({
      complaint: { canUnderstand: 'YES', canFulfill: 'NO' },
    });
  });

  it('says nothing and changes nothing', async () => {
    const path = tempStatePath();
    const envelope = await ask('start my foot massage', path);
    expect(envelope.response.outputSpeech).toBeUndefined();
    expect(envelope.response.reprompt).toBeUndefined();
    expect(envelope.response.directives ?? []).toEqual([]);
    expect(existsSync(path) ? readFileSync(path, 'utf8') : '').not.toMatch(/visits/);
  });

  it('says NO to an intent it has never heard of', async () => {
    const envelope = await askIntent({ name: 'OrderPizzaIntent', confirmationStatus: 'NONE' });
    expect(answerOf(envelope)).toEqual({ canFulfill: 'NO', slots: {} });
  });
});
