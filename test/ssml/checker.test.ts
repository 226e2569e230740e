import { ssmlErrors } from '../support/alexa-rules';

describe("the SSML checker holds speech to Alexa's rules", () => {
  it('accepts what the skill builds: breaks of up to 10 s, escaped ampersands', async () => {
    expect(
      await ssmlErrors(
        '<speak>Heel &amp; toe. <break time="10s"/><break time="10000ms"/>Release.</speak>',
      ),
    ).toEqual([]);
  });

  it('catches a single break longer than 10 s', async () => {
    expect(await ssmlErrors('<speak>Hold. <break time="11s"/> Release.</speak>')).toEqual([
      expect.stringContaining('break'),
    ]);
  });

  it('catches an unescaped ampersand', async () => {
    expect(await ssmlErrors('<speak>Heel & toe</speak>')).toEqual([expect.stringContaining('&')]);
  });
});
