/**
 * Understanding past the interaction model: what the skill reads itself in words Alexa could not
 * fit to an intent. Plain TypeScript; interceptors/catch-all turns a reading into the request.
 */
export {
  holdsSafetySign,
  readCatchAll,
  type CatchAllReading,
  type NamedValue,
} from './catch-all-reading';
export { intentOfReading, type ReadIntent } from './catch-all-intent';
export { isReadAgain, readSlotWords } from './slot-reading';
export { minutesIn } from './minutes';
