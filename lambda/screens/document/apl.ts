/**
 * The few APL component and command shapes the screens use, typed, so documents are built from
 * data and a misspelt property is a compile error rather than a blank screen.
 */
export type Dimension = string | number;

interface Base {
  id?: string;
  when?: string;
  display?: string;
  width?: Dimension;
  height?: Dimension;
  minHeight?: Dimension;
  maxWidth?: Dimension;
  grow?: number;
  shrink?: number;
  spacing?: Dimension;
  paddingTop?: Dimension;
  paddingBottom?: Dimension;
  paddingLeft?: Dimension;
  paddingRight?: Dimension;
  opacity?: number | string;
  bind?: Binding[];
  handleTick?: TickHandler[];
}

export interface Binding {
  name: string;
  value: string | number | boolean;
  type?: 'string' | 'number' | 'boolean';
}

export interface ContainerComponent extends Base {
  type: 'Container';
  direction?: string;
  alignItems?: string;
  justifyContent?: string;
  wrap?: string;
  items: AplComponent[];
}

export interface FrameComponent extends Base {
  type: 'Frame';
  style?: string;
  backgroundColor?: string;
  borderRadius?: Dimension;
  borderWidth?: Dimension;
  borderColor?: string;
  item?: AplComponent;
}

export interface TextComponent extends Base {
  type: 'Text';
  text: string;
  style?: string;
  color?: string;
  fontSize?: Dimension;
  fontWeight?: string;
  textAlign?: string;
  maxLines?: number;
}

export interface TouchWrapperComponent extends Base {
  type: 'TouchWrapper';
  onPress: Command[];
  item: AplComponent;
}

export interface VectorGraphicComponent extends Base {
  type: 'VectorGraphic';
  source: string;
  scale?: 'none' | 'fill' | 'best-fill' | 'best-fit' | 'best-fit-down';
  align?: string;
  /** The graphic's own parameters; a dynamic property, so a bound value updates the drawing. */
  parameters?: Record<string, string | number | boolean>;
}

export interface ScrollViewComponent extends Base {
  type: 'ScrollView';
  item: AplComponent;
}

export interface SequenceComponent extends Base {
  type: 'Sequence';
  data: string;
  item: AplComponent;
}

export type AplComponent =
  | ContainerComponent
  | FrameComponent
  | TextComponent
  | TouchWrapperComponent
  | VectorGraphicComponent
  | ScrollViewComponent
  | SequenceComponent;

/** Every component type a document may use: the validator's list of known types. */
export const COMPONENT_TYPES: ReadonlySet<string> = new Set([
  'Container',
  'Frame',
  'Text',
  'TouchWrapper',
  'VectorGraphic',
  'ScrollView',
  'Sequence',
]);

export type Command =
  | { type: 'SendEvent'; arguments: Array<string | number> }
  | { type: 'SetValue'; componentId?: string; property: string; value: string | number }
  | { type: 'Idle'; delay: number; screenLock?: boolean };

export const COMMAND_TYPES: ReadonlySet<string> = new Set(['SendEvent', 'SetValue', 'Idle']);

export interface TickHandler {
  minimumDelay: number;
  when?: string;
  commands: Command[];
}

export interface AplDocument {
  type: 'APL';
  version: string;
  theme: 'dark';
  settings?: { idleTimeout?: number };
  resources: Array<{
    when?: string;
    colors?: Record<string, string>;
    dimensions?: Record<string, Dimension>;
    strings?: Record<string, string>;
  }>;
  styles: Record<string, { values: Array<Record<string, unknown>> }>;
  graphics: Record<string, unknown>;
  onMount?: Command[];
  mainTemplate: { parameters: string[]; items: AplComponent[] };
}
