import { translatorFor } from '../../lambda/speech/i18n';
import { welcomeScreen } from '../../lambda/screens/welcome';
import { checkDocument, missingBindings, unknownTypes } from '../../tools/screens/validate';

const t = translatorFor('en-US');

describe('the document checks catch what apl-suggester lets through', () => {
  it('passes the welcome screen as built', async () => {
    const screen = welcomeScreen(t);
    const report = await checkDocument(
      screen.document as unknown as Record<string, unknown>,
      screen.datasources,
    );
    expect(report.problems).toEqual([]);
  });

  it('flags a component type no device knows', () => {
    const document = {
      mainTemplate: { items: [{ type: 'Container', items: [{ type: 'FootMap' }] }] },
    };
    expect(unknownTypes(document).map((p) => p.message)).toEqual([
      'unknown component type FootMap',
    ]);
  });

  it('flags a bound field the datasource lacks, for every entry a device-side index can reach', () => {
    const document = {
      mainTemplate: {
        items: [
          { type: 'Text', text: '${payload.text.title}' },
          { type: 'Text', text: '${payload.steps[current].name}' },
        ],
      },
    };
    expect(
      missingBindings(document, { payload: { text: { title: 'x' }, steps: [{ name: 'a' }] } }),
    ).toEqual([]);
    expect(
      missingBindings(document, { payload: { text: {}, steps: [{ name: 'a' }, { label: 'b' }] } })
        .map((p) => p.message)
        .sort(),
    ).toEqual([
      'payload.steps[current].name is not in the datasource',
      'payload.text.title is not in the datasource',
    ]);
  });
});
