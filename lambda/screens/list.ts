import { column, disclaimer, footMap, roundOr, screenDocument, text } from './document/frame';
import type { Screen, ScreenText } from './screen';

export type ListKind = 'contraindications' | 'footTemperature' | 'help';

/**
 * A readable list beside the map: the contraindications, a foot-temperature reading, help.
 * `items` are whole sentences, already in the person's language.
 */
export function listScreen(t: ScreenText, kind: ListKind, items: readonly string[]): Screen {
  const title = t(`screens:list.${kind}`);
  const document = screenDocument(
    [
      footMap({ view: "'sole'", left: "''", right: "''" }, ['sole']),
      column([
        text('${payload.text.title}', 'title'),
        {
          type: 'Sequence',
          data: '${payload.items}',
          height: '58vh',
          width: roundOr('80vw', '50vw'),
          item: text('${data}', 'body', { paddingBottom: '1vh' }),
        },
        disclaimer(),
      ]),
    ],
    ['sole'],
  );
  return {
    name: 'list',
    document,
    datasources: {
      payload: { text: { title, disclaimer: t('screens:disclaimer') }, items: [...items] },
    },
  };
}

/** The help screen's items: what one can say, from the locale. */
export function helpItems(t: ScreenText): string[] {
  const items = t('screens:list.helpItems', { returnObjects: true }) as unknown;
  return Array.isArray(items) ? items.map(String) : [];
}
