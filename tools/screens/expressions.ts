import { Jexl } from 'jexl';

/**
 * A reading of APL data-binding expressions good enough to check the ones the screens write: the
 * same operators as jexl, plus the few APL functions they call (Math.min, Math.max, Math.ceil,
 * Time.format). Used to play a document's clock in tests, since no APL renderer installs offline.
 */
const jexl = new Jexl();
jexl.addFunction('Math_min', (...n: number[]) => Math.min(...n));
jexl.addFunction('Math_max', (...n: number[]) => Math.max(...n));
jexl.addFunction('Math_ceil', (n: number) => Math.ceil(n));
jexl.addFunction('Math_floor', (n: number) => Math.floor(n));
jexl.addFunction('Time_format', (format: string, ms: number) => {
  const seconds = Math.floor(ms / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return format
    .replace('mm', String(m).padStart(2, '0'))
    .replace('m', String(m))
    .replace('ss', String(s).padStart(2, '0'));
});

function translate(expression: string): string {
  return expression.replace(/\b(Math|Time)\.(\w+)\(/g, '$1_$2(');
}

/** Evaluates a property value: a lone `${...}` keeps its type, text with several is joined. */
export function evaluate(value: string, context: Record<string, unknown>): unknown {
  const whole = /^\$\{([^}]*)\}$/.exec(value);
  if (whole) return jexl.evalSync(translate(whole[1]!), context);
  return value.replace(/\$\{([^}]*)\}/g, (_, e: string) =>
    String(jexl.evalSync(translate(e), context) ?? ''),
  );
}
