import { footGraphics, GRAPHIC_NAMES } from '../foot-map/graphics';
import type { FootView } from '../foot-map/shapes';
import type {
  AplComponent,
  AplDocument,
  Command,
  ContainerComponent,
  TextComponent,
  TouchWrapperComponent,
} from './apl';

/** The APL version the documents are written for (Echo Show, Spot, Fire TV all run it). */
export const APL_VERSION = '2023.2';

const ROUND = "viewport.shape == 'round'";
/** A value for round screens (Echo Spot) and another for the rest. */
export const roundOr = (round: string, other: string) => `\${${ROUND} ? '${round}' : '${other}'}`;

/** What a screen adds to its root: state the device keeps (bind) and a clock (handleTick). */
export type RootExtras = Pick<ContainerComponent, 'bind' | 'handleTick'>;

/** A document: `views` are the map views it can show (each one's graphic travels with it). */
export function screenDocument(
  items: AplComponent[],
  views: readonly FootView[],
  onMount?: Command[],
  root: RootExtras = {},
  lightable: ReadonlySet<string> = new Set(),
): AplDocument {
  return {
    type: 'APL',
    version: APL_VERSION,
    theme: 'dark',
    resources: [
      {
        dimensions: {
          padX: '3vw',
          padY: '3vh',
          mapHeight: '62vh',
          soleWidth: '24vh',
          topWidth: '21vh',
          columnPad: '3vw',
        },
        strings: { direction: 'row', align: 'start' },
        colors: {
          background: '#1E1B18',
          text: '#F5EDE6',
          muted: '#BFAEA2',
          accent: '#E8590C',
          warning: '#FFC078',
          button: '#3A322C',
        },
      },
      {
        // Echo Spot: the map above the words, smaller, all centred.
        when: `\${${ROUND}}`,
        dimensions: {
          padX: '8vw',
          padY: '10vh',
          mapHeight: '31vh',
          soleWidth: '12vh',
          topWidth: '10vh',
          columnPad: '0vw',
        },
        strings: { direction: 'column', align: 'center' },
      },
    ],
    styles: {
      title: {
        values: [{ fontSize: roundOr('28dp', '40dp'), fontWeight: 'bold', color: '@text' }],
      },
      body: { values: [{ fontSize: roundOr('20dp', '26dp'), color: '@text' }] },
      small: { values: [{ fontSize: roundOr('14dp', '18dp'), color: '@muted' }] },
      button: {
        values: [
          {
            backgroundColor: '@button',
            borderRadius: '12dp',
            paddingLeft: '16dp',
            paddingRight: '16dp',
            paddingTop: '8dp',
            paddingBottom: '8dp',
          },
        ],
      },
      bar: {
        values: [
          { width: '3vw', height: '1.2vh', backgroundColor: '@accent', borderRadius: '4dp' },
        ],
      },
    },
    graphics: footGraphics(views, lightable),
    ...(onMount ? { onMount } : {}),
    mainTemplate: {
      parameters: ['payload'],
      items: [
        {
          type: 'Container',
          width: '100vw',
          height: '100vh',
          direction: '@direction',
          alignItems: 'center',
          justifyContent: 'center',
          paddingLeft: '@padX',
          paddingRight: '@padX',
          paddingTop: '@padY',
          paddingBottom: '@padY',
          ...root,
          items,
        },
      ],
    },
  };
}

/** Expressions that say what the map lights: the view, and the place on each foot ('' for none). */
export interface MapBinding {
  view: string;
  left: string;
  right: string;
}

/** Two feet, left on the left, in whichever of `views` the binding names. */
export function footMap(binding: MapBinding, views: readonly FootView[]): ContainerComponent {
  const foot = (view: FootView, side: 'left' | 'right'): AplComponent => {
    // Heights in vh, widths from the drawing's proportions: the feet never overflow a short screen.
    return {
      type: 'VectorGraphic',
      source: GRAPHIC_NAMES[view],
      ...(views.length > 1
        ? { display: `\${${binding.view} == '${view}' ? 'normal' : 'none'}` }
        : {}),
      height: '@mapHeight',
      width: view === 'sole' ? '@soleWidth' : '@topWidth',
      scale: 'best-fit',
      parameters: {
        lit: `\${${side === 'left' ? binding.left : binding.right}}`,
        mirror: side === 'left',
      },
    };
  };
  return {
    type: 'Container',
    direction: 'row',
    alignItems: 'center',
    shrink: 0,
    items: [
      ...views.map((view) => foot(view, 'left')),
      ...views.map((view) => ({ ...foot(view, 'right'), spacing: '3vw' })),
    ],
  };
}

export function text(
  value: string,
  style: string,
  extra: Partial<TextComponent> = {},
): TextComponent {
  return { type: 'Text', text: value, style, ...extra };
}

/** A touchable label: sends `args` back to the skill as an Alexa.Presentation.APL.UserEvent. */
export function button(
  label: string,
  args: string[],
  extra: Partial<TouchWrapperComponent> = {},
): TouchWrapperComponent {
  return {
    type: 'TouchWrapper',
    onPress: [{ type: 'SendEvent', arguments: args }],
    ...extra,
    item: { type: 'Frame', style: 'button', item: text(label, 'body') },
  };
}

/** The health line every screen with health content carries, at its foot. */
export function disclaimer(): TextComponent {
  return text('${payload.text.disclaimer}', 'small', { paddingTop: '2vh', maxLines: 3 });
}

/** The column beside (or under) the map that holds a screen's words. */
export function column(items: AplComponent[]): ContainerComponent {
  return {
    type: 'Container',
    grow: 1,
    shrink: 1,
    paddingLeft: '@columnPad',
    alignItems: '@align',
    justifyContent: 'center',
    items: items.map((item, i) => (i === 0 || item.spacing ? item : { ...item, spacing: '1vh' })),
  };
}
