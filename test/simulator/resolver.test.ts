import { createResolver, loadModel, type InteractionModel, type Resolution } from '../../tools/nlu';

const resolver = createResolver(loadModel(), { applicationId: 'amzn1.ask.skill.test' });

function intentOf(utterance: string): string {
  const result = resolver.resolve(utterance);
  return result.kind === 'launch' ? 'LaunchRequest' : result.intent.name;
}

function slot(result: Resolution, name: string) {
  if (result.kind !== 'intent') throw new Error('expected an intent');
  return result.intent.slots?.[name];
}

describe('the NLU resolver on the real model', () => {
  it.each([
    ['open foot massage coach', 'LaunchRequest'],
    ['Launch Foot Massage Coach.', 'LaunchRequest'],
    ['Alexa, open foot massage coach', 'LaunchRequest'],
    ['start my foot massage', 'StartMassageIntent'],
    ['Start my foot massage, please!', 'StartMassageIntent'],
    ['hear the contraindications', 'ContraindicationsIntent'],
  ])('"%s" → %s', (utterance, expected) => {
    expect(intentOf(utterance)).toBe(expected);
  });

  it.each([
    ['AMAZON.YesIntent', ['yes', 'yeah', 'sure', 'ok', 'yep', 'please do']],
    ['AMAZON.NoIntent', ['no', 'nope', 'no thanks']],
    ['AMAZON.StopIntent', ['stop', 'exit', 'quit']],
    ['AMAZON.CancelIntent', ['cancel', 'never mind']],
    ['AMAZON.HelpIntent', ['help', 'what can i say']],
    ['AMAZON.PauseIntent', ['pause', 'hold on', 'wait']],
    ['AMAZON.ResumeIntent', ['resume', 'continue', "I'm back"]],
    ['AMAZON.NextIntent', ['next', 'next step', 'move on']],
    ['SkipIntent', ['skip', 'skip this step']],
    ['AMAZON.PreviousIntent', ['back', 'go back', 'previous']],
    ['AMAZON.RepeatIntent', ['repeat', 'say that again', 'what?']],
    ['AMAZON.StartOverIntent', ['start over', 'restart']],
    ['AMAZON.NavigateHomeIntent', ['go home']],
  ])('hears the common phrasings of %s', (intent, phrases) => {
    for (const phrase of phrases) expect([phrase, intentOf(phrase)]).toEqual([phrase, intent]);
  });

  it('resolves a synonym to its slot value id, the way Alexa reports it', () => {
    const result = resolver.resolve('start a short foot massage');
    expect(slot(result, 'length')).toEqual({
      name: 'length',
      value: 'short',
      confirmationStatus: 'NONE',
      resolutions: {
        resolutionsPerAuthority: [
          {
            authority: 'amzn1.er-authority.echo-sdk.amzn1.ask.skill.test.RoutineLengthType',
            status: { code: 'ER_SUCCESS_MATCH' },
            values: [{ value: { id: 'quick', name: 'quick' } }],
          },
        ],
      },
    });
  });

  it('fills a slot with an unlisted value and reports no match', () => {
    const result = resolver.resolve('where do i press for the hiccups');
    expect(result).toMatchObject({ kind: 'intent', intent: { name: 'FindPointIntent' } });
    expect(slot(result, 'complaint')?.value).toBe('the hiccups');
    expect(slot(result, 'complaint')?.resolutions?.resolutionsPerAuthority?.[0]?.status.code).toBe(
      'ER_SUCCESS_NO_MATCH',
    );
  });

  it('lists a declared slot the user did not fill, without a value', () => {
    expect(slot(resolver.resolve('start my foot massage'), 'length')).toEqual({
      name: 'length',
      confirmationStatus: 'NONE',
    });
  });

  it('prefers a whole literal phrase over a loose slot capture', () => {
    // "i'm {complaint}" would also take "i'm back".
    expect(intentOf("i'm back")).toBe('AMAZON.ResumeIntent');
  });

  it('opens a new session for a one-shot request naming the skill', () => {
    expect(resolver.resolve('ask foot massage coach to start my foot massage')).toMatchObject({
      kind: 'intent',
      invoked: true,
      intent: { name: 'StartMassageIntent' },
    });
    const oneShot = resolver.resolve('ask foot massage coach where do I press for a headache');
    expect(oneShot).toMatchObject({ invoked: true, intent: { name: 'FindPointIntent' } });
    expect(slot(oneShot, 'complaint')?.resolutions?.resolutionsPerAuthority?.[0]?.values).toEqual([
      { value: { id: 'headache', name: 'headache' } },
    ]);
  });

  it.each(['asdf qwerty', 'paris weather'])('sends "%s" to the fallback intent', (utterance) => {
    expect(intentOf(utterance)).toBe('AMAZON.FallbackIntent');
  });

  // A statement about oneself reaches the safety catch-all with its words, so the safety layer
  // can read them; with no sign in them, it is answered as the fallback would be.
  it('sends an unmodelled statement about oneself to the safety catch-all, words and all', () => {
    const found = resolver.resolve('my foot hurts really badly since tuesday');
    expect(found).toMatchObject({ intent: { name: 'SafetyWordsIntent' } });
    expect(slot(found, 'words')?.value).toBe('foot hurts really badly since tuesday');
  });

  it('prefers a real slot value over the catch-all', () => {
    expect(intentOf('my foot on my other thigh')).toBe('ChoosePostureIntent');
  });
});

describe('the NLU resolver reads whatever model it is given', () => {
  const model: InteractionModel = {
    interactionModel: {
      languageModel: {
        invocationName: 'test skill',
        intents: [
          {
            name: 'TenderSpotIntent',
            slots: [{ name: 'zone', type: 'ZoneType' }],
            samples: ['my {zone} is tender', 'tender spot', 'it hurts at the {zone}'],
          },
          {
            name: 'HoldIntent',
            slots: [{ name: 'seconds', type: 'AMAZON.NUMBER' }],
            samples: ['hold for {seconds} seconds'],
          },
          { name: 'AMAZON.YesIntent', samples: [] },
        ],
        types: [
          {
            name: 'ZoneType',
            values: [{ id: 'HEEL', name: { value: 'heel', synonyms: ['back of the foot'] } }],
          },
        ],
      },
    },
  };
  const custom = createResolver(model);

  it('matches a new intent and resolves its synonym to the id', () => {
    const result = custom.resolve('It hurts at the back of the foot');
    expect(result).toMatchObject({ intent: { name: 'TenderSpotIntent' } });
    expect(
      slot(result, 'zone')?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value,
    ).toEqual({
      id: 'HEEL',
      name: 'heel',
    });
  });

  it('turns spoken numbers into digits for AMAZON.NUMBER', () => {
    expect(slot(custom.resolve('hold for twenty five seconds'), 'seconds')?.value).toBe('25');
  });

  it('never sends a built-in intent the model does not declare', () => {
    const result = custom.resolve('pause');
    expect(result).toMatchObject({ intent: { name: 'AMAZON.FallbackIntent' } });
  });

  it("launches with the model's own invocation name", () => {
    expect(custom.resolve('open test skill')).toEqual({ kind: 'launch' });
    expect(custom.resolve('open foot massage coach')).toMatchObject({
      intent: { name: 'AMAZON.FallbackIntent' },
    });
  });
});
