export { BUILT_IN_PHRASES } from './built-in-phrases';
export { authorityFor, SlotTypeIndex, type Resolutions } from './entity-resolution';
export { loadModel, modelPath, type InteractionModel } from './model';
export { normalise } from './normalise';
export {
  createResolver,
  DEFAULT_APPLICATION_ID,
  FALLBACK_INTENT,
  Resolver,
  type Resolution,
} from './resolver';
