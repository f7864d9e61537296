// Does a post or a public name use a word that is not allowed here? Pure: the portal's extra words (an admin
// setting) are passed in. Built on obscenity's English list and its recommended transformers, which match whole
// words and their common disguises: any case, repeated letters ("fuuuck"), digits and symbols for letters
// ("sh1t", "b!tch") and look-alike letters from other alphabets.
import {
  DataSet,
  englishDataset,
  englishRecommendedTransformers,
  parseRawPattern,
  RegExpMatcher,
  type MatchPayload,
} from "obscenity";

/**
 * The portal's own list: insults aimed at Essex places and people, and British slurs and insults the library's
 * list leaves out. Kept short on purpose; admins add more in the "blocked words" setting.
 */
export const ESSEX_BLOCKED_WORDS: readonly string[] = [
  "pikey",
  "gyppo",
  "gypo",
  "tosser",
  "bellend",
  "nonce",
  "basildump",
  "scumend",
];

/**
 * Place names (and one Essex highwayman) that contain a word on the list, so must never be held: whitelisted in
 * the matcher, which then ignores a match that lies inside one of them. The English list already lets
 * Scunthorpe, Cockfosters, Shoeburyness and most Essex places through; these are the ones it would catch.
 */
export const PLACE_NAMES_ALLOWED: readonly string[] = [
  "penistone",
  "cock clarks",
  "cockclarks",
  "beaumont-cum-moze",
  "beaumont cum moze",
  "shitlington",
  "twatt",
  "dick turpin",
  "scunthorpe",
  "clitheroe",
  "middlesex",
  "sussex",
  "wessex",
  "essex",
  "fobbing",
  "mucking",
  "ugley",
  "great cockup",
  "cockfosters",
  "cockfield",
  "titty hill",
  "butts green",
  "bitchfield",
  "shiitake",
];

// The library's collapse transformer folds a run of a letter to one (two for b, e, o, l, s and g) before
// matching, so a pattern must be written in that folded form, or "gyppo" would never match anything.
const KEPT_DOUBLE = new Set(["b", "e", "o", "l", "s", "g"]);

/**
 * A word from a list as an obscenity pattern: letters and spaces only, runs folded, whole word only, and its
 * plural too ("[s]" is the library's optional letter).
 */
export function wordPattern(word: string): string | null {
  const letters = word
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z ]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (letters.replace(/ /g, "").length < 2) return null;
  const folded = letters.replace(/([a-z])\1+/g, (run, letter: string) =>
    KEPT_DOUBLE.has(letter) ? letter + letter : letter,
  );
  return folded.endsWith("s") ? `|${folded}|` : `|${folded}[s]|`;
}

const PLACE_PHRASE = "allowed place names";

function buildMatcher(extraWords: readonly string[]) {
  const dataset = new DataSet<{ originalWord: string }>().addAll(englishDataset).addPhrase((phrase) =>
    PLACE_NAMES_ALLOWED.reduce((built, place) => built.addWhitelistedTerm(place), phrase).setMetadata({
      originalWord: PLACE_PHRASE,
    }),
  );
  for (const word of [...ESSEX_BLOCKED_WORDS, ...extraWords]) {
    const pattern = wordPattern(word);
    if (pattern)
      dataset.addPhrase((phrase) => phrase.setMetadata({ originalWord: word }).addPattern(parseRawPattern(pattern)));
  }
  const matcher = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });
  return { dataset, matcher };
}

// Building the matcher compiles a few hundred patterns: keep the one for the current admin list, and rebuild
// only when that list changes.
let cached: { key: string; built: ReturnType<typeof buildMatcher> } | null = null;

function matcherFor(extraWords: readonly string[]) {
  const key = JSON.stringify(extraWords);
  if (cached?.key !== key) cached = { key, built: buildMatcher(extraWords) };
  return cached.built;
}

/**
 * The library reads "!" as the letter i ("b!tch"), so an exclamation mark ending a word would glue an "i" to it
 * and hide it from whole-word patterns ("what a prick!"). Marks that end a word become spaces first. The
 * library no longer skips spaces (it caused false alarms), so a word spelt out letter by letter is joined here.
 */
function prepare(text: string): string {
  return (
    text
      .replace(/!+(?![\p{L}\p{N}])/gu, " ")
      // Letters spelt out one by one ("f u c k", "f.u.c.k") are read as the word they spell.
      .replace(/(?<![\p{L}\p{N}])\p{L}(?:[ .*_-]\p{L}){2,}(?![\p{L}\p{N}])/gu, (letters) =>
        letters.replace(/[ .*_-]/g, ""),
      )
  );
}

/** The blocked words found in the text, as their list entries (for the tests and logs); empty when clean. */
export function findBlockedWords(text: string, extraWords: readonly string[] = []): string[] {
  const { dataset, matcher } = matcherFor(extraWords);
  const words = matcher
    .getAllMatches(prepare(text))
    .map((match: MatchPayload) => dataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord)
    .filter((word): word is string => word !== undefined && word !== PLACE_PHRASE);
  return [...new Set(words)];
}

export function hasBlockedWords(text: string, extraWords: readonly string[] = []): boolean {
  return findBlockedWords(text, extraWords).length > 0;
}
