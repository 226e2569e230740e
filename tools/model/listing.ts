import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MARKETS } from '../../lambda/languages/registry';

const root = join(__dirname, '..', '..');

/** One locale's store listing, as the language's words write it (lambda/locales/<lang>/listing.json). */
export interface Listing {
  name: string;
  summary: string;
  description: string;
  examplePhrases: string[];
  keywords: string[];
}

function read(folder: string): Partial<Listing> | undefined {
  const path = join(root, 'lambda', 'locales', folder, 'listing.json');
  return existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as Partial<Listing>)
    : undefined;
}

/**
 * skill.json's publishing section for every market: each locale's listing (its language's,
 * with the locale's own changes) and every market's country. The icons are one pair for all.
 */
export function publishingLocales(): {
  locales: Record<string, Listing & { smallIconUri: string; largeIconUri: string }>;
  distributionCountries: string[];
} {
  const locales: Record<string, Listing & { smallIconUri: string; largeIconUri: string }> = {};
  for (const market of MARKETS) {
    const listing = { ...read(market.language), ...read(market.locale) } as Listing;
    if (!listing.name) throw new Error(`${market.locale} has no store listing`);
    locales[market.locale] = {
      name: listing.name,
      summary: listing.summary,
      description: listing.description,
      examplePhrases: listing.examplePhrases,
      keywords: listing.keywords,
      smallIconUri: 'file://assets/images/small-icon.png',
      largeIconUri: 'file://assets/images/large-icon.png',
    };
  }
  const distributionCountries = [...new Set(MARKETS.flatMap((m) => m.countries))];
  return { locales, distributionCountries };
}
