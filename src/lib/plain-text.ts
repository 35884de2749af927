/**
 * Text fields (titles, summaries, roles, agenda entries) are plain text: markup in them would be shown as
 * typed. A translation may wrap a name in <Foreign>…</Foreign>, as in a piece's body, to keep it as written:
 * the build neither transliterates it nor spaces it, and leaves the tags out.
 */
const FOREIGN = /<Foreign>([^<]*)<\/Foreign>/g;
const TAG = /<\/?[A-Za-z][^<>]*>?/;

/** What is wrong with the markup of a text field, if anything (`foreign`: whether <Foreign> is understood there). */
export function markupProblem(value: string, foreign: boolean): string | undefined {
  const tag = TAG.exec(foreign ? value.replace(FOREIGN, '$1') : value)?.[0];
  if (tag === undefined) return undefined;
  return foreign
    ? `found ${tag}: a text field is plain text, in which only <Foreign>…</Foreign> around a name to keep as written is understood`
    : `found ${tag}: a text field is plain text, shown as typed; markup belongs in a piece's body`;
}

/** A translation's text converted for its page (transliterated, spaced) but for its <Foreign> names, kept as written. */
export function keepingForeign(convert: (text: string) => string): (text: string) => string {
  return (text) => {
    let out = '';
    let last = 0;
    for (const match of text.matchAll(FOREIGN)) {
      out += convert(text.slice(last, match.index)) + match[1];
      last = match.index + match[0].length;
    }
    return last === 0 ? convert(text) : out + convert(text.slice(last));
  };
}
