/**
 * Spelling variants of names, generated at build time from the names themselves, so that a relative
 * who searches with the spelling they know (Latin or Cyrillic, one agency's romanisation or another's)
 * finds the page. The habits are data (rules.ts); the `transliteration` library covers the scripts the
 * tables do not (Chinese characters to pinyin, and others).
 */
import { transliterate } from "transliteration";
import { ARABIC_TO_LATIN, CYRILLIC_TO_LATIN, LATIN_EQUIVALENTS, LATIN_UNITS, LATIN_TO_CYRILLIC_KAZAKH, LATIN_TO_CYRILLIC_RUSSIAN, KAZAKH_TO_RUSSIAN } from "./rules.ts";
import { fold, skeletonWord, words } from "./skeleton.ts";

/** At most this many Latin spellings of one word: enough for the common habits, bounded for big archives. */
const MAX_LATIN = 24;

const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;
const LATIN_ONLY = /^[a-z]+$/;

/** Every Latin writing of a Cyrillic or Arabic-script word that the tables allow (bounded). */
function romanisations(word: string, table: Record<string, string[]>): string[] {
  let forms = [""];
  for (const ch of word.toLowerCase()) {
    const options = table[ch] ?? [ch];
    forms = forms.flatMap((f) => options.map((o) => f + o)).slice(0, MAX_LATIN);
  }
  return forms.map(fold);
}

/** A word in Latin letters: from the tables for Cyrillic and Arabic script, from the library otherwise. */
export function latinForms(word: string): string[] {
  if (CYRILLIC.test(word)) return romanisations(word, CYRILLIC_TO_LATIN);
  if (ARABIC.test(word)) return romanisations(word, ARABIC_TO_LATIN);
  const folded = fold(word);
  if (LATIN_ONLY.test(folded)) return [folded];
  return [fold(transliterate(word)).replace(/[^a-z\s]/g, "")].filter(Boolean).flatMap((w) => w.split(/\s+/));
}

/** Cuts a Latin word into units: the digraphs of LATIN_UNITS where they start, single letters elsewhere. */
export function latinUnits(word: string): string[] {
  const units: string[] = [];
  let i = 0;
  while (i < word.length) {
    const unit = LATIN_UNITS.find((u) => word.startsWith(u, i)) ?? word[i]!;
    units.push(unit);
    i += unit.length;
  }
  return units;
}

const GROUP_OF = new Map(LATIN_EQUIVALENTS.flatMap((group) => group.map((unit) => [unit, group] as const)));

/** Swaps interchangeable romanisations (q/k, gh/g, zh/j, kh/h/x, y/i, ai/ay ...) unit by unit, breadth first. */
export function latinVariants(word: string, limit = MAX_LATIN): string[] {
  const seen = new Set([word]);
  const queue = [latinUnits(word)];
  while (queue.length && seen.size < limit) {
    const units = queue.shift()!;
    units.forEach((unit, i) => {
      for (const other of GROUP_OF.get(unit) ?? []) {
        if (other === unit || seen.size >= limit) continue;
        const next = [...units.slice(0, i), other, ...units.slice(i + 1)];
        const text = next.join("");
        if (!seen.has(text)) {
          seen.add(text);
          queue.push(next);
        }
      }
    });
  }
  return [...seen];
}

/** Writes a Latin word in Cyrillic with a table of (Latin, Cyrillic) pairs, longest match first. */
export function toCyrillic(word: string, table: [string, string][]): string {
  let out = "";
  let i = 0;
  while (i < word.length) {
    const match = table.find(([latin]) => word.startsWith(latin, i));
    if (match) {
      out += match[1];
      i += match[0].length;
    } else {
      out += word[i];
      i += 1;
    }
  }
  return out;
}

/**
 * Every spelling of a name worth indexing: its words folded, in Latin (with the interchangeable
 * romanisations), in Cyrillic (Russian- and Kazakh-style), and each word's search key. Returns words,
 * without the ones already in the name as written.
 */
export function nameVariants(name: string): string[] {
  const out = new Set<string>();
  const original = new Set(words(name).map((w) => w.toLowerCase()));
  for (const word of words(name)) for (const v of wordVariants(word)) out.add(v);
  for (const w of original) out.delete(w);
  out.delete("");
  return [...out];
}

/** Variants of one word, computed once per distinct word: archives repeat the same given names. */
const variantsOfWord = new Map<string, string[]>();
function wordVariants(word: string): string[] {
  let cached = variantsOfWord.get(word);
  if (cached) return cached;
  const out = new Set<string>();
  out.add(fold(word));
  const latin = latinForms(word);
  for (const l of latin) for (const v of latinVariants(l, latin.length > 1 ? 6 : MAX_LATIN)) out.add(v);
  if (CYRILLIC.test(word)) out.add([...word.toLowerCase()].map((ch) => KAZAKH_TO_RUSSIAN[ch] ?? ch).join(""));
  const base = latin[0];
  if (base && LATIN_ONLY.test(base) && !CYRILLIC.test(word)) {
    out.add(toCyrillic(base, LATIN_TO_CYRILLIC_RUSSIAN));
    out.add(toCyrillic(base, LATIN_TO_CYRILLIC_KAZAKH));
  }
  out.add(skeletonWord(word));
  variantsOfWord.set(word, (cached = [...out]));
  return cached;
}
