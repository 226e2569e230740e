import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InteractionModel } from '../model/checks';

export type { InteractionModel, Intent, SlotType, SlotTypeValue } from '../model/checks';

export const PROJECT_ROOT = join(__dirname, '..', '..');

export function modelPath(locale = 'en-US'): string {
  return join(PROJECT_ROOT, 'interactionModels', 'custom', `${locale}.json`);
}

/** Read at run time, never cached: teammates add intents and slot values while the tools run. */
export function loadModel(path = modelPath()): InteractionModel {
  return JSON.parse(readFileSync(path, 'utf8')) as InteractionModel;
}
