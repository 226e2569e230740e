import { durationRef, renderParts, type Answer, type TranslateFn } from '../knowledge';
import { column, disclaimer, footMap, screenDocument, text } from './document/frame';
import { viewOf } from './foot-map/shapes';
import type { Screen, ScreenText } from './screen';
import { heading } from './step-names';

/** The point finder: the place lit on the map, and how to work it in writing. */
export function pointScreen(t: ScreenText, answer: Answer): Screen {
  const tr = t as TranslateFn;
  const place = answer.place;
  const view = viewOf(place.id);
  const name = heading(t(place.nameKey));
  // An answer to a complaint opens with it ("For a headache, ..."); one about a place does not.
  const complaint = answer.short[0]?.params?.complaint;
  const sub = complaint
    ? renderParts([{ key: 'screens:point.forComplaint', params: { complaint } }], tr)
    : '';
  const rows = [
    { label: t('screens:point.where'), value: t(place.whereKey) },
    { label: t('screens:point.foot'), value: t(`knowledge:answer.foot.${place.foot}`) },
    { label: t('screens:point.howLong'), value: renderParts([durationRef(place.holdSeconds)], tr) },
    {
      label: t('screens:point.howHard'),
      value: t('screens:point.hardness', {
        pressure: t(`knowledge:pressure.${place.pressure}`),
        technique: t(`knowledge:technique.${place.technique}`),
      }),
    },
  ];
  // Any place the answer names may be one avoided in pregnancy; the warning names the lit one.
  const warning = answer.avoidInPregnancy
    ? renderParts(
        answer.short.filter((p) => p.key.endsWith('.pregnancy')).length
          ? answer.short.filter((p) => p.key.endsWith('.pregnancy'))
          : answer.more.filter((p) => p.key.endsWith('.pregnancy')),
        tr,
      )
    : '';
  const lit = place.foot === 'left' || place.foot === 'right' ? place.foot : 'both';
  const left = lit !== 'right' ? place.id : '';
  const right = lit !== 'left' ? place.id : '';
  const document = screenDocument(
    [
      footMap({ view: 'payload.map.view', left: 'payload.map.left', right: 'payload.map.right' }, [
        view,
      ]),
      column([
        text('${payload.text.sub}', 'small', { display: sub ? 'normal' : 'none' }),
        text('${payload.text.name}', 'title'),
        ...rows.map((_, i) => ({
          type: 'Container' as const,
          items: [
            text(`\${payload.rows[${i}].label}`, 'small'),
            text(`\${payload.rows[${i}].value}`, 'body'),
          ],
        })),
        text('${payload.text.warning}', 'body', {
          color: '@warning',
          display: warning ? 'normal' : 'none',
        }),
        disclaimer(),
      ]),
    ],
    [view],
    undefined,
    {},
    new Set([place.id]),
  );
  return {
    name: 'point',
    document,
    datasources: {
      payload: {
        text: { name, sub, warning, disclaimer: t('screens:disclaimer') },
        rows,
        map: { view, left, right },
      },
    },
  };
}
