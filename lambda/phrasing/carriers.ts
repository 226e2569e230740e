/**
 * Carrier phrases for the interaction model: one template such as
 * "(what|where) should i (press|rub) for {complaint}" stands for every sentence its choices make.
 * The slot stays a slot, so a complaint or synonym added to the domain is heard in every carrier
 * without touching this file. Not imported by the skill at run time.
 */

/** One intent of the interaction model, as `npm run sync:model` writes it. */
export interface ModelIntent {
  name: string;
  slots?: Array<{ name: string; type: string }>;
  samples: string[];
}

const GROUP = /\(([^()]*)\)/;

function expandOne(template: string): string[] {
  const group = GROUP.exec(template);
  if (!group) return [template];
  const before = template.slice(0, group.index);
  const after = template.slice(group.index + group[0].length);
  return (group[1] as string)
    .split('|')
    .flatMap((choice) => expandOne(`${before}${choice}${after}`));
}

/**
 * Every sentence the templates spell: `(a|b)` is a choice, `(a|)` an optional word. Spaces are
 * tidied and repeats dropped, so templates can overlap without listing a sample twice.
 */
export function expand(...templates: readonly string[]): string[] {
  const out = new Set<string>();
  for (const template of templates) {
    for (const sentence of expandOne(template)) {
      const tidy = sentence.replace(/\s+/g, ' ').trim();
      if (tidy) out.add(tidy);
    }
  }
  return [...out];
}

/** Several phrase lists joined, each word group once: "(a|b) (c|d)" without writing it out. */
export function alternatives(words: readonly string[]): string {
  return `(${words.join('|')})`;
}
