import { button, column, disclaimer, footMap, screenDocument, text } from './document/frame';
import type { Screen, ScreenText } from './screen';

/** Things one can say, as touchable suggestions; the id travels back in the touch event. */
export const SUGGESTIONS = ['start', 'quick', 'headache', 'safety', 'help'] as const;
export type Suggestion = (typeof SUGGESTIONS)[number];

export function welcomeScreen(t: ScreenText): Screen {
  const title = t('screens:welcome.title');
  const hint = t('screens:welcome.hint');
  const labels = SUGGESTIONS.map((id) => t(`screens:welcome.suggestions.${id}`));
  const document = screenDocument(
    [
      footMap({ view: "'sole'", left: "''", right: "''" }, ['sole']),
      column([
        text('${payload.text.title}', 'title'),
        text('${payload.text.hint}', 'small'),
        ...SUGGESTIONS.map((id, i) => button(`\${payload.suggestions[${i}]}`, ['say', id])),
        disclaimer(),
      ]),
    ],
    ['sole'],
  );
  return {
    name: 'welcome',
    document,
    datasources: {
      payload: {
        text: { title, hint, disclaimer: t('screens:disclaimer') },
        suggestions: labels,
      },
    },
  };
}
