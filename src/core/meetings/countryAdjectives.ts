// A country named by its adjective (`his Indian counterpart`, `Spanish Foreign Minister`): which country, as the KB's
// `country:` fields name it, and how the KB's role titles write it (`Defence Minister of India`, `US Secretary of State`).

/** The adjectives (and abbreviations) known, and their countries. */
const COUNTRY_OF: Readonly<Record<string, string>> = {
  Indian: 'India',
  American: 'United States',
  US: 'United States',
  'U.S.': 'United States',
  Australian: 'Australia',
  Japanese: 'Japan',
  Chinese: 'China',
  British: 'United Kingdom',
  UK: 'United Kingdom',
  French: 'France',
  German: 'Germany',
  Russian: 'Russia',
  Pakistani: 'Pakistan',
  Indonesian: 'Indonesia',
  Malaysian: 'Malaysia',
};

/** The adjectives as a pattern's alternatives (`Indian|American|US|U\.S\.|…`). */
export const COUNTRY_ADJECTIVES = Object.keys(COUNTRY_OF)
  .map((a) => a.replace(/\./g, '\\.'))
  .join('|');

/** The country an adjective names, whatever its case (`Indian`, `indian`, `u.s.`). */
const byLowerCase = new Map(Object.entries(COUNTRY_OF).map(([adjective, country]) => [adjective.toLowerCase(), country]));
export function countryOfAdjective(adjective: string): string | undefined {
  return byLowerCase.get(adjective.toLowerCase());
}

/** Other ways role titles write a country (`US Secretary of State`, `UK`, `Britain`). */
const ALSO_WRITTEN: Readonly<Record<string, readonly string[]>> = {
  'United States': ['US'],
  'United Kingdom': ['UK', 'Britain'],
};
const titlePatterns = new Map<string, RegExp>();
/** Whether a role title names the country (`\bIndia\b`, `\bUS\b|\bUnited States\b`). */
export function titleNamesCountry(title: string, country: string): boolean {
  let pattern = titlePatterns.get(country);
  if (!pattern) {
    pattern = new RegExp(`\\b(?:${[country, ...(ALSO_WRITTEN[country] ?? [])].join('|')})\\b`);
    titlePatterns.set(country, pattern);
  }
  return pattern.test(title);
}
