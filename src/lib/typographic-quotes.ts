/** Typographic quotes as word processors type them, opening and closing: “…”, „…“, «…», ‘…’, ”…”. */
const OPENING = '“”„‘’‚«»';
const CLOSING = '“”‘’«»';
const WRAPPED = new RegExp(`^[${OPENING}]\\s*([\\s\\S]*?)\\s*[${CLOSING}]$`);

/** The text inside typographic quotes that wrap the whole of it; undefined when it is not so wrapped. */
export const insideTypographicQuotes = (text: string): string | undefined => WRAPPED.exec(text)?.[1];

/** Whether a YAML text may hold a value that opens with a typographic quote (a cheap test before parsing it). */
export const mayOpenWithTypographicQuote = (yamlText: string) => new RegExp(`[:-]\\s+[${OPENING}]`).test(yamlText);

/** Straight double quotes inside a text as typographic ones, in pairs: what to write in a value that quotes would end. */
export const withTypographicQuotes = (text: string) => text.replace(/"([^"]*)"/g, '“$1”');
