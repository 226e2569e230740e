/**
 * The skill's only logger. It never receives user ids or speech: callers pass what went wrong,
 * and errors are reduced to their name and message so request payloads can't leak into logs.
 */

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return typeof error === 'string' ? error : 'unknown error';
}

const quiet = () => process.env.FMC_LOG === 'silent';

export const log = {
  warn(message: string, error?: unknown): void {
    if (!quiet())
      console.warn(`[fmc] ${message}${error === undefined ? '' : ` (${describe(error)})`}`);
  },
  error(message: string, error?: unknown): void {
    if (!quiet())
      console.error(`[fmc] ${message}${error === undefined ? '' : ` (${describe(error)})`}`);
  },
};
