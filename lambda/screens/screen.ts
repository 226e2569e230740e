import type { AplDocument } from './document/apl';

export type ScreenName = 'welcome' | 'routine-step' | 'point' | 'list';

/** A document with its data, ready to send; `lines` is its text, for the simulator and logs. */
export interface Screen {
  name: ScreenName;
  document: AplDocument;
  datasources: { payload: Record<string, unknown> };
  lines: string[];
  /** What the map lights, for pictures: the view and the place on each foot ('' for none). */
  map: { view: 'sole' | 'top'; left: string; right: string };
}

/** The translator the screens need; i18next's `t` in the skill. */
export type ScreenText = (key: string, params?: Record<string, unknown>) => string;
