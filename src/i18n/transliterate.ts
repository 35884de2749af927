/**
 * Serbian transliteration between Cyrillic and Latin script.
 *
 * Cyrillic → Latin is deterministic: one letter to one or two; the digraphs Љ Њ Џ become "LJ NJ DŽ"
 * inside an all-caps word (ЉУБЉАНА → LJUBLJANA) and "Lj Nj Dž" otherwise.
 * Latin → Cyrillic is not: "nj" is usually њ but is н + ј in injekcija, konjugacija…, and "dž" is д + ж
 * in nadživeti, podžupan…: those words are in an exception list, and a translator can mark any other
 * split with a zero-width non-joiner (written `&zwnj;`, in a piece's body or a text field: in&zwnj;jekcija).
 * The mark is for the conversion only: readers get the text without it, in either script.
 *
 * Only words are converted: URLs, e-mail addresses, acronyms in capitals (OSCE, UNODC), Roman
 * numerals (XIV) and words with letters Serbian does not use (q w x y: foreign names) are kept. Serbian
 * acronyms, which Cyrillic text writes in Cyrillic (OEBS → ОЕБС, EU → ЕУ), are in a list of their own.
 * Markup is the caller's business: the rehype plugin converts text nodes only, never attributes or code.
 */

const CYR_TO_LAT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l',
  љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f', х: 'h',
  ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};
const LAT_TO_CYR: Record<string, string> = Object.fromEntries(
  Object.entries(CYR_TO_LAT).map(([cyrillic, latin]) => [latin, cyrillic]),
);

/** The zero-width non-joiner, with which a translator marks a split digraph. */
export const ZWNJ = '\u200C';

/** Serbian text as its readers get it in the script it was written in: without the marks meant for the conversion. */
export const withoutSplitMarks = (text: string) => text.replaceAll(ZWNJ, '');

/**
 * Words (lower-case stems, found anywhere in a word) in which the stem's first "nj", "lj" or "dž" is two
 * letters, not one: mostly a prefix (in-, kon-, pan-, van-, od-, pod-, nad-, pred-) before j or ž. Each stem
 * is long enough not to split a word whose digraph is one letter: "injic" would split kuhinjica, "panje" panjevi.
 */
const SPLIT_DIGRAPH_STEMS = [
  'injekc', 'injekt', 'injicir', 'injunkc', 'konjug', 'konjunk', 'konjekt', 'tanjug',
  'panjug', 'panjevr', 'panjelin', 'vanjezi', 'vanjevr', 'vanjug',
  'odživ', 'odžal', 'podžnj', 'podžup', 'podžanr', 'podželud', 'nadživ', 'nadžnj', 'nadžanj', 'predželu', 'predžetv',
];

/** Serbian acronyms: unlike the international ones (OSCE, UNODC), Cyrillic text writes them in Cyrillic. */
const SERBIAN_ACRONYMS = new Set(['EU', 'UN', 'OUN', 'OEBS', 'SAD', 'MUP', 'NVO', 'SFRJ', 'SRJ', 'RS', 'BIA', 'VJT', 'OJT', 'RJT']);

/** Tokens never converted: addresses (also written without https:// or www.: unodc.org/serbia), e-mails. */
const PROTECTED = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\p{L}\d.-])[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,6}(?:\/[^\s,;)]*)?(?![\p{L}\d])/gu;
const ROMAN_NUMERAL = /^(?=[MDCLXVI]{2,}$)M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const LETTERS = /[\p{L}\u200C]+/gu;

const isUpper = (ch: string | undefined) => ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

function cyrillicWordToLatin(word: string): string {
  const allCaps = [...word].filter((ch) => /\p{L}/u.test(ch)).every(isUpper) && word.length > 1;
  let out = '';
  for (const ch of word) {
    if (ch === ZWNJ) continue;
    const lower = ch.toLowerCase();
    const latin = CYR_TO_LAT[lower];
    if (latin === undefined) out += ch;
    else if (!isUpper(ch)) out += latin;
    else out += allCaps ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
  }
  return out;
}

/**
 * A lone capital I or V after a word is a Roman numeral (kralj Petar I, Aneks V, ending a sentence: Petar I.);
 * at the start of a sentence I is the conjunction, and a letter whose full stop a capitalised word follows is
 * an initial (V. Petrović).
 */
const isLoneNumeral = (word: string, before: string, after: string) =>
  (word === 'I' || word === 'V') && /[\p{L}\d,] $/u.test(before) && !/^\.\s+\p{Lu}/u.test(after);

function isKeptInLatin(word: string): boolean {
  const letters = word.replaceAll(ZWNJ, '');
  if (/[qwxy]/i.test(letters)) return true; // not a Serbian word: a foreign name
  // An acronym, unless it is Serbian or letters and digraphs only Serbian has show it is a word set in capitals.
  if (letters.length > 1 && [...letters].every(isUpper) && !SERBIAN_ACRONYMS.has(letters) && !/[ČĆĐŠŽ]|LJ|NJ|DŽ/.test(letters)) return true;
  return ROMAN_NUMERAL.test(letters);
}

const DIGRAPH = /lj|nj|dž/;

/** Where a listed stem's digraph stands for two letters (nad|žnjeti: the "dž" only, its "nj" is њ). */
function splitDigraphs(lower: string): Set<number> {
  const split = new Set<number>();
  for (const stem of SPLIT_DIGRAPH_STEMS) {
    for (let at = lower.indexOf(stem); at !== -1; at = lower.indexOf(stem, at + 1)) split.add(at + DIGRAPH.exec(stem)!.index);
  }
  return split;
}

function latinWordToCyrillic(word: string): string {
  if (isKeptInLatin(word)) return word.replaceAll(ZWNJ, '');
  const split = splitDigraphs(word.toLowerCase());
  const chars = [...word];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === ZWNJ) continue;
    const next = chars[i + 1];
    const pair = next === undefined ? '' : (ch + next).toLowerCase();
    if (!split.has(i) && (pair === 'lj' || pair === 'nj' || pair === 'dž')) {
      const cyrillic = LAT_TO_CYR[pair]!;
      out += isUpper(ch) ? cyrillic.toUpperCase() : cyrillic;
      i++;
      continue;
    }
    const cyrillic = LAT_TO_CYR[ch.toLowerCase()];
    out += cyrillic === undefined ? ch : isUpper(ch) ? cyrillic.toUpperCase() : cyrillic;
  }
  return out;
}

/** `kept` judges a word by its context: the two characters before it and the three after. */
function convertWords(text: string, convertWord: (word: string) => string, kept?: (word: string, before: string, after: string) => boolean): string {
  const convert = (part: string) =>
    part.replace(LETTERS, (word: string, offset: number) =>
      kept?.(word, part.slice(Math.max(0, offset - 2), offset), part.slice(offset + word.length, offset + word.length + 3)) ? word : convertWord(word),
    );
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    out += convert(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + convert(text.slice(last));
}

/** Each word is converted once per build: a site's pages repeat the same words thousands of times. */
function remembered(convertWord: (word: string) => string): (word: string) => string {
  const converted = new Map<string, string>();
  return (word) => {
    let result = converted.get(word);
    if (result === undefined) converted.set(word, (result = convertWord(word)));
    return result;
  };
}

const toLatin = remembered(cyrillicWordToLatin);
const toCyrillic = remembered(latinWordToCyrillic);
export const cyrillicToLatin = (text: string) => convertWords(text, toLatin);
export const latinToCyrillic = (text: string) => convertWords(text, toCyrillic, isLoneNumeral);

export type Transliteration = 'cyrillic-to-latin' | 'latin-to-cyrillic';
export const transliterate = (text: string, direction: Transliteration) =>
  direction === 'cyrillic-to-latin' ? cyrillicToLatin(text) : latinToCyrillic(text);
