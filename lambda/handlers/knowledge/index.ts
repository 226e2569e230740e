import type { RequestHandler } from 'ask-sdk-core';
import { bodyMapHandler, pointInfoHandler } from './body-map';
import { contraindicationsHandler } from './contraindications';
import { explainTopicHandler } from './explain-topic';
import { findPointHandler } from './find-point';
import { footTemperatureHandler } from './foot-temperature';
import { guideAcceptedHandler, guideDeclinedHandler } from './guide-offer';
import { tellMeMoreHandler } from './tell-me-more';

/** Registered before the routine's handlers: their yes / no win only when they asked. */
export const knowledgeHandlers: RequestHandler[] = [
  guideAcceptedHandler,
  guideDeclinedHandler,
  findPointHandler,
  contraindicationsHandler,
  footTemperatureHandler,
  explainTopicHandler,
  tellMeMoreHandler,
  bodyMapHandler,
  pointInfoHandler,
];
