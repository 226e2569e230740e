import { StaticAplTemplateValidator } from 'apl-suggester';
import { COMMAND_TYPES, COMPONENT_TYPES } from '../../lambda/screens/document/apl';

/** Alexa refuses a response larger than this, session attributes included. */
export const MAX_RESPONSE_BYTES = 24 * 1024;
/**
 * A document's share of it: the rest is for up to 8,000 characters of speech (or an APL for
 * Audio document), the reprompt and the session attributes.
 */
export const DOCUMENT_BUDGET_BYTES = 14 * 1024;

export interface DocumentProblem {
  path: string;
  message: string;
}

/** Amazon's offline validator (schema, AVG items, commands). */
export async function suggesterProblems(document: object): Promise<DocumentProblem[]> {
  // It prints its own progress notes ("No mixin for component"); they are not findings.
  const quiet = { log: console.log, error: console.error, warn: console.warn };
  console.log = console.error = console.warn = () => undefined;
  let found;
  try {
    found = await new StaticAplTemplateValidator().validate(document);
  } finally {
    Object.assign(console, quiet);
  }
  return found.map((f) => ({ path: f.path, message: `${f.level}: ${f.errorMessage}` }));
}

type Json = unknown;

function walk(node: Json, path: string, visit: (node: Json, path: string) => void): void {
  visit(node, path);
  if (Array.isArray(node)) node.forEach((child, i) => walk(child, `${path}[${i}]`, visit));
  else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`, visit);
  }
}

/** Component types apl-suggester lets through: only the ones this skill's documents use. */
export function unknownTypes(document: Record<string, unknown>): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  walk(document.mainTemplate, 'mainTemplate', (node, path) => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    const type = (node as { type?: unknown }).type;
    if (typeof type !== 'string' || /\.bind\[\d+\]$/.test(path)) return;
    const isCommand = /\.(onPress|commands|onMount)\[\d+\]$/.test(path);
    const known = isCommand ? COMMAND_TYPES : COMPONENT_TYPES;
    if (!known.has(type))
      problems.push({
        path,
        message: `unknown ${isCommand ? 'command' : 'component'} type ${type}`,
      });
  });
  walk(document.onMount, 'onMount', (node, path) => {
    const type = (node as { type?: unknown } | null)?.type;
    if (/^onMount\[\d+\]$/.test(path) && typeof type === 'string' && !COMMAND_TYPES.has(type))
      problems.push({ path, message: `unknown command type ${type}` });
  });
  return problems;
}

/**
 * Every `payload.…` path an expression reads must be in the datasource. An index that is a
 * device-side variable (`steps[current]`) must hold for every entry of the array.
 */
export function missingBindings(
  document: Record<string, unknown>,
  datasources: { payload: Record<string, unknown> },
): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  walk(document, 'document', (node, path) => {
    if (typeof node !== 'string' || !node.includes('${')) return;
    for (const expression of node.match(/\$\{[^}]*\}/g) ?? []) {
      for (const [reference] of expression.matchAll(/payload(?:\.[A-Za-z_]\w*|\[[^\]]+\])+/g)) {
        if (!resolves(datasources, reference)) {
          problems.push({ path, message: `${reference} is not in the datasource` });
        }
      }
    }
  });
  return problems;
}

function resolves(root: Json, reference: string): boolean {
  const parts = [...reference.matchAll(/\.([A-Za-z_]\w*)|\[([^\]]+)\]/g)].map((m) => m[1] ?? m[2]!);
  let values: Json[] = [root];
  for (const part of ['payload', ...parts]) {
    values = values.flatMap((value) => {
      // Anything missing on the way stays in the list as undefined, so one bad entry fails.
      if (value === null || typeof value !== 'object') return [undefined];
      if (/^\d+$/.test(part)) return Array.isArray(value) ? [value[Number(part)]] : [undefined];
      if (Array.isArray(value) && !/^'/.test(part)) {
        // A variable index: every entry must have what follows.
        return value;
      }
      const key = part.replace(/^'|'$/g, '');
      return Object.hasOwn(value, key) ? [(value as Record<string, Json>)[key]] : [undefined];
    });
    if (values.length === 0 || values.some((v) => v === undefined)) return false;
  }
  return true;
}

export interface DocumentReport {
  bytes: number;
  problems: DocumentProblem[];
}

/** All checks of one directive's document: apl-suggester, then this skill's own. */
export async function checkDocument(
  document: Record<string, unknown>,
  datasources: { payload: Record<string, unknown> },
): Promise<DocumentReport> {
  const bytes = Buffer.byteLength(JSON.stringify({ document, datasources }));
  const size =
    bytes > DOCUMENT_BUDGET_BYTES
      ? [{ path: 'document', message: `${bytes} bytes, over the ${DOCUMENT_BUDGET_BYTES} budget` }]
      : [];
  return {
    bytes,
    problems: [
      ...size,
      ...(await suggesterProblems(document)),
      ...unknownTypes(document),
      ...missingBindings(document, datasources),
    ],
  };
}
