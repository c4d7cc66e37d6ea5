/**
 * One search key for every spelling of a name: lowercase, in Latin letters, without diacritics, with
 * the sounds that romanisations spell differently collapsed ("Muqai", "Mukay" and "Мұқай" all become
 * "mukai"). The build indexes each name's key; the search page folds the query the same way. This file
 * runs in the browser too, so it uses no library.
 */
import { ARABIC_TO_LATIN, CYRILLIC_TO_LATIN, SKELETON_REDUCTIONS } from "./rules.ts";

/**
 * Lowercases and removes diacritics from Latin letters (ş → s, ä → a, ğ → g). Other scripts keep their
 * marks: Cyrillic й and Arabic ئ are letters of their own, not decorated ones.
 */
export function fold(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(/(\p{Script=Latin})\p{M}+/gu, "$1").normalize("NFC");
}

/** Writes Cyrillic and Arabic-script letters in Latin with the first (most common) romanisation. */
export function toBasicLatin(text: string): string {
  let out = "";
  for (const ch of text.toLowerCase()) out += CYRILLIC_TO_LATIN[ch]?.[0] ?? ARABIC_TO_LATIN[ch]?.[0] ?? ch;
  return out;
}

/** The search key of one word. */
export function skeletonWord(word: string): string {
  let key = fold(toBasicLatin(word)).replace(/[^\p{L}\p{N}]/gu, "");
  for (const [pattern, replacement] of SKELETON_REDUCTIONS) key = key.replace(pattern, replacement);
  return key;
}

/** Splits text into words (letters and digits, any script). */
export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{M}\p{N}'’]+/u).map((w) => w.replace(/['’]/g, "")).filter(Boolean);
}

/** The search keys of every word of a text, in order, e.g. "Бикамал Кәкен" → ["bikamal", "kaken"]. */
export function skeleton(text: string): string[] {
  return words(text).map(skeletonWord).filter(Boolean);
}
