import type { AplDocument } from './document/apl';

export type ScreenName = 'welcome' | 'routine-step' | 'point' | 'list';

/** A document with its data, ready to send. */
export interface Screen {
  name: ScreenName;
  document: AplDocument;
  datasources: { payload: Record<string, unknown> };
}

/** The translator the screens need; i18next's `t` in the skill. */
export type ScreenText = (key: string, params?: Record<string, unknown>) => string;
