import {
  caller,
  intentRequest,
  launchRequest,
  requestEnvelope,
  sessionEndedRequest,
} from '../../tools/simulator/envelope';

const who = caller({ userId: 'amzn1.ask.account.ME', applicationId: 'amzn1.ask.skill.MINE' });

describe('request envelopes', () => {
  it('carries user, application and device in both session and context, as Alexa sends them', () => {
    const envelope = requestEnvelope(launchRequest(), { sessionId: 's-1', isNew: true }, who);
    expect(envelope.version).toBe('1.0');
    expect(envelope.session).toMatchObject({
      new: true,
      sessionId: 's-1',
      application: { applicationId: 'amzn1.ask.skill.MINE' },
      user: { userId: 'amzn1.ask.account.ME' },
    });
    expect(envelope.context.System).toMatchObject({
      application: { applicationId: 'amzn1.ask.skill.MINE' },
      user: { userId: 'amzn1.ask.account.ME' },
      device: { deviceId: expect.any(String) },
    });
    expect(envelope.request).toMatchObject({ type: 'LaunchRequest', locale: 'en-US' });
  });

  it('stamps every request with a fresh id and an ISO time', () => {
    const a = launchRequest();
    const b = launchRequest();
    expect(a.requestId).not.toBe(b.requestId);
    expect(new Date(a.timestamp).toISOString().slice(0, 19)).toBe(a.timestamp.slice(0, 19));
  });

  it('sends the session attributes back in a continuing session', () => {
    const request = intentRequest({ name: 'AMAZON.HelpIntent', confirmationStatus: 'NONE' });
    const envelope = requestEnvelope(
      request,
      { sessionId: 's-1', isNew: false, attributes: { step: 3 } },
      who,
    );
    expect(envelope.session).toMatchObject({ new: false, attributes: { step: 3 } });
    expect(envelope.request).toMatchObject({
      type: 'IntentRequest',
      dialogState: 'COMPLETED',
      intent: { name: 'AMAZON.HelpIntent', slots: {} },
    });
  });

  it('gives a session end its reason', () => {
    expect(sessionEndedRequest('EXCEEDED_MAX_REPROMPTS')).toMatchObject({
      type: 'SessionEndedRequest',
      reason: 'EXCEEDED_MAX_REPROMPTS',
    });
    expect(sessionEndedRequest('ERROR')).toMatchObject({ error: { type: expect.any(String) } });
  });
});
