/**
 * Transliteration habits of the languages this archive's names travel through, written as data.
 * The same person is "Muqai", "Mukai", "Muqay", "Мукай" or "Мұқай" depending on the outlet; these
 * tables let the build index the spellings a relative may know, and let the search page fold a query
 * to the same key. Sources of the habits: Kazakh Cyrillic and its Latin romanisations (2018/2021
 * alphabets, BGN/PCGN), Russian passport-style transcription, Uyghur Arabic script (UEY) and its
 * Latin form (ULY), Turkish-style letters used by some Kazakh and Uyghur writers.
 */

/**
 * Cyrillic (Kazakh and Russian) to Latin: the first spelling is the common romanisation; the others are
 * what other outlets write. Lowercase only; callers lowercase first.
 */
export const CYRILLIC_TO_LATIN: Record<string, string[]> = {
  а: ["a"], ә: ["a", "ä", "ae"], б: ["b"], в: ["v"], г: ["g"], ғ: ["gh", "g", "ğ"], д: ["d"], е: ["e", "ye"], ё: ["yo", "e"],
  ж: ["zh", "j"], з: ["z"], и: ["i"], й: ["y", "i"], і: ["i"], к: ["k"], қ: ["q", "k"], л: ["l"], м: ["m"], н: ["n"],
  ң: ["ng", "n"], о: ["o"], ө: ["o", "ö", "oe"], п: ["p"], р: ["r"], с: ["s"], т: ["t"], у: ["u"], ұ: ["u"], ү: ["u", "ü", "ue"],
  ф: ["f"], х: ["kh", "h", "x"], һ: ["h"], ц: ["ts"], ч: ["ch"], ш: ["sh"], щ: ["shch"], ъ: [""], ы: ["y", "i"], ь: [""],
  э: ["e"], ю: ["yu", "iu"], я: ["ya", "ia"],
};

/**
 * Uyghur Arabic script (UEY) to Latin (ULY first). The hamza seat ئ only carries a vowel and is dropped.
 */
export const ARABIC_TO_LATIN: Record<string, string[]> = {
  ا: ["a"], ە: ["e"], ب: ["b"], پ: ["p"], ت: ["t"], ج: ["j"], چ: ["ch"], خ: ["x", "kh"], د: ["d"], ر: ["r"], ز: ["z"],
  ژ: ["zh"], س: ["s"], ش: ["sh"], غ: ["gh"], ف: ["f"], ق: ["q"], ك: ["k"], گ: ["g"], ڭ: ["ng"], ل: ["l"], م: ["m"],
  ن: ["n"], ھ: ["h"], و: ["o"], ۇ: ["u"], ۆ: ["ö"], ۈ: ["ü"], ۋ: ["w", "v"], ې: ["é", "e"], ى: ["i"], ي: ["y"], ئ: [""],
  ه: ["h"], ع: [""], ح: ["h"], ص: ["s"], ض: ["z"], ط: ["t"], ظ: ["z"], ث: ["s"], ذ: ["z"], ک: ["k"], ی: ["y", "i"],
};

/** Kazakh Cyrillic letters as Russian-language outlets write them ("Мұқай" → "Мукай"). */
export const KAZAKH_TO_RUSSIAN: Record<string, string> = { ә: "а", ғ: "г", қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", һ: "х", і: "и" };

/**
 * Latin spellings (after lowercasing and removing diacritics) that romanisations write in several ways.
 * Words are first cut into units, digraphs before letters ("zh" is one unit, never "z" + "h"); a
 * variant swaps one unit for another of its group.
 */
export const LATIN_UNITS = ["shch", "zh", "sh", "ch", "kh", "gh", "ts", "ng", "ai", "ay", "ei", "ey", "oi", "oy", "ui", "uy"];
export const LATIN_EQUIVALENTS: string[][] = [
  ["q", "k"],
  ["gh", "g"],
  ["zh", "j"],
  ["kh", "h", "x"],
  ["y", "i"],
  ["ai", "ay"],
  ["ei", "ey"],
  ["oi", "oy"],
  ["ui", "uy"],
  ["w", "v"],
  ["ts", "c"],
];

/**
 * Latin to Cyrillic, as Russian-language outlets and passports write Kazakh and Uyghur names
 * (no Kazakh-only letters), and as Kazakh-language outlets write them. Longest matches first.
 */
export const LATIN_TO_CYRILLIC_RUSSIAN: [string, string][] = [
  ["shch", "щ"], ["ai", "ай"], ["ay", "ай"], ["ei", "ей"], ["ey", "ей"], ["oi", "ой"], ["oy", "ой"], ["ui", "уй"], ["uy", "уй"], ["zh", "ж"], ["kh", "х"], ["gh", "г"], ["ts", "ц"], ["ch", "ч"], ["sh", "ш"], ["yu", "ю"], ["ya", "я"], ["yo", "ё"],
  ["a", "а"], ["b", "б"], ["c", "ц"], ["d", "д"], ["e", "е"], ["f", "ф"], ["g", "г"], ["h", "х"], ["i", "и"], ["j", "ж"],
  ["k", "к"], ["l", "л"], ["m", "м"], ["n", "н"], ["o", "о"], ["p", "п"], ["q", "к"], ["r", "р"], ["s", "с"], ["t", "т"],
  ["u", "у"], ["v", "в"], ["w", "в"], ["x", "х"], ["y", "ы"], ["z", "з"],
];
export const LATIN_TO_CYRILLIC_KAZAKH: [string, string][] = [
  ["gh", "ғ"], ["q", "қ"], ["ng", "ң"], ...LATIN_TO_CYRILLIC_RUSSIAN,
];

/**
 * Reductions that turn any spelling into one search key (its "skeleton"): the sounds that outlets
 * spell differently collapse to one letter. Applied in order, after lowercasing, transliteration to
 * Latin and removal of diacritics.
 */
export const SKELETON_REDUCTIONS: [RegExp, string][] = [
  // Digraphs first, so that "zh" is not read as "z" + "h".
  [/shch/g, "s"],
  [/zh/g, "j"],
  [/sh/g, "s"],
  [/ch/g, "c"],
  [/kh/g, "h"],
  [/gh/g, "g"],
  [/ts/g, "c"],
  [/x/g, "h"],
  [/q/g, "k"],
  [/w/g, "v"],
  [/[yı]/g, "i"],
  [/ae/g, "a"],
  [/oe/g, "o"],
  [/ue/g, "u"],
  [/(.)\1+/g, "$1"],
];
