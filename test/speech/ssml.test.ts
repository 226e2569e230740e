import { SpeechBuilder } from '../../lambda/speech/ssml';

// What Alexa is handed: a stray "&" makes the whole response invalid, and a missing space runs two
// sentences together.
describe('the SSML builder', () => {
  it('escapes what XML would choke on, and leaves ordinary words alone', () => {
    const ssml = new SpeechBuilder().say('Heel & toe, 5 < 6 > 4.').say('Breathe out.').build();
    expect(ssml).toBe('Heel &amp; toe, 5 &lt; 6 &gt; 4. Breathe out.');
  });

  it('puts one space between sentences and none around a silence', () => {
    const ssml = new SpeechBuilder()
      .say(' Press. ')
      .pause(2)
      .say('Rest.')
      .say('Again.')
      .pause(0.5)
      .build();
    expect(ssml).toBe('Press.<break time="2s"/>Rest. Again.<break time="500ms"/>');
  });

  it('splits a long silence into breaks Alexa accepts, and skips empty pieces', () => {
    const builder = new SpeechBuilder().say('   ').pause(0).pause(-1);
    expect(builder.isEmpty()).toBe(true);
    const ssml = builder.add({ pauseSeconds: 25 }).add({ text: 'Done.' }).build();
    expect(ssml).toBe('<break time="10s"/><break time="10s"/><break time="5s"/>Done.');
  });
});
