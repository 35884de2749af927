import type { Person } from '../schemas/common.ts';
import { TEXT_FIELDS } from '../schemas/translation.ts';
import { SOURCE_LOCALE, type Locale, type LocaleCode } from '../i18n/locales.ts';
import { transliterate, withoutSplitMarks, type Transliteration } from '../i18n/transliterate.ts';
import { frenchSpacing } from '../i18n/french-typography.ts';
import { convertRuns, keepingForeign, textOfRuns } from './plain-text.ts';
import { openingWords } from './opening-words.ts';
import { rehypeFrenchOrdinals, rehypeProseText } from '../plugins/rehype-prose-text.ts';
import type { Root } from 'hast';
import type { AgendaEvent, ContactData, Issue, Piece } from './archive.ts';
import { translationFor, type PieceTranslationData, type Translation, type TranslationIndex, type TranslationLocalePath } from './translations.ts';
import type { OutdatedTranslation } from './translation-status.ts';

/** Where a localized text comes from: its language, and how the build turns it into the page's language. */
export interface TextSource {
  /** The language the reader gets: the page's own, or English when the text is a fallback. */
  lang: LocaleCode;
  fallback: boolean;
  /** Set when the text is the other Serbian script's translation, converted by the build. */
  transliteration?: Transliteration | undefined;
  /** The translation file used, if any. */
  translation?: Translation<unknown, unknown> | undefined;
}

/** The English source as a reader of `locale` gets it: a fallback on any page but an English one. */
const englishFor = (locale: Locale): TextSource => ({ lang: SOURCE_LOCALE.code, fallback: locale !== SOURCE_LOCALE });

/**
 * Which version of an entry a reader of `locale` gets: the translation in that locale; for Serbian, the
 * translation in the other script, transliterated; otherwise the English source, shown as a fallback.
 */
function pickTranslation<T extends Translation<unknown, unknown>>(translations: Map<TranslationLocalePath, T> | undefined, locale: Locale): { translation?: T; source: TextSource } {
  const found = translationFor(translations, locale);
  if (!found) return { source: englishFor(locale) };
  const { translation, transliteration } = found;
  return { translation, source: { lang: locale.code, fallback: false, transliteration, translation } };
}

/** A translation's text field for its page: converted as its prose is, but for its <Foreign> names, kept as written. */
export function textTransform(source: TextSource): (text: string) => string {
  const convert = proseTransform(source);
  return source.translation ? keepingForeign(convert) : convert;
}

/**
 * The build's treatment of a piece's rendered prose for its page: its text converted (see proseTransform)
 * and, in French, its ordinals set in superscript.
 */
export function proseTreatment(source: TextSource): (tree: Root) => void {
  const convert = rehypeProseText(proseTransform(source));
  if (source.lang !== 'fr') return convert;
  const ordinals = rehypeFrenchOrdinals();
  return (tree) => {
    convert(tree);
    ordinals(tree);
  };
}

/**
 * The build's treatment of a translated text for its page: French spacing, or the other Serbian script; a
 * Serbian text in its own script loses the marks of split digraphs (in&zwnj;jekcija), as the conversion does.
 * A piece's body takes it as it is: its <Foreign> names are elements by then, which the conversion skips.
 */
export function proseTransform(source: TextSource): (text: string) => string {
  if (source.transliteration) {
    const direction = source.transliteration;
    return (text) => transliterate(text, direction);
  }
  if (source.lang === 'fr') return frenchSpacing;
  if (source.lang === 'sr-Latn' || source.lang === 'sr-Cyrl') return withoutSplitMarks;
  return (text) => text;
}

/** A piece's entry as the content collection gives it: its MDX body, without front matter. */
export interface MdxEntry {
  body?: string | undefined;
}

/** A body's opening words (see opening-words.ts), converted as its prose is but for its <Foreign> names. */
function openingText(body: string | undefined, source: TextSource): string | undefined {
  const runs = body === undefined ? undefined : openingWords(body);
  return runs && textOfRuns(convertRuns(runs, proseTransform(source)));
}

export interface LocalizedPiece<Body> {
  piece: Piece<Body>;
  slug: string;
  title: string;
  standfirst: string | undefined;
  /** What a link to the piece says of it (its page's description, its feed item): its standfirst, else its opening words. */
  description: string | undefined;
  /** Authors of an editorial, people who speak in a piece, with their roles (and names, where a translation transcribes them) translated. */
  people: Person[];
  /** What to render: the translation's body, or the English one. */
  entry: Body;
  source: TextSource;
  /**
   * Whether the translation shown was made from an earlier English text (translation-status.ts); never when the
   * English is shown. Pieces and editorials only: the translations of issue.yaml, agenda and contacts are short
   * fields spread over many pages, where a notice would outweigh them; the Translations page tracks them.
   */
  outdated: boolean;
}

export interface LocalizedContact {
  id: string;
  contact: ContactData;
  role: string | undefined;
  /** Where the role comes from: an issue may print a role of its own, translated or not. */
  roleSource: TextSource;
  source: TextSource;
}

export interface LocalizedEvent extends AgendaEvent {
  source: TextSource;
}

/** Whether some of these events, or some of these contacts' details, are shown in English for want of a translation. */
export const someEventInEnglish = (events: LocalizedEvent[]) => events.some((event) => event.source.fallback);
export const someContactInEnglish = (contacts: LocalizedContact[]) => contacts.some((contact) => contact.source.fallback || contact.roleSource.fallback);

export interface LocalizedIssue<Body> {
  issue: Issue<Body>;
  number: number;
  title: string;
  summary: string;
  coverAlt: string | undefined;
  source: TextSource;
  pieces: LocalizedPiece<Body>[];
  agenda: LocalizedEvent[];
  contacts: LocalizedContact[];
}

/** How much of an issue its reader gets in the page's language: all of it, part of it, or none (the English original). */
export function issueTranslation(issue: LocalizedIssue<unknown>): 'complete' | 'partial' | 'none' {
  const texts = [issue.source, ...issue.pieces.map((piece) => piece.source)];
  const fallbacks = texts.filter((source) => source.fallback).length;
  return fallbacks === 0 ? 'complete' : fallbacks === texts.length ? 'none' : 'partial';
}

/** The notice an issue whose own texts are in English carries (none of it is translated, or only part of it); none when all is translated. */
export function issueFallbackNotice(issue: LocalizedIssue<unknown>): 'issue' | 'partial-issue' | undefined {
  const translation = issueTranslation(issue);
  return translation === 'complete' ? undefined : translation === 'none' ? 'issue' : 'partial-issue';
}

/**
 * A translation's value of a field, converted like the rest of its text; a value it leaves as the English
 * one (a person's name, as `npm run translate` copies it) stays as written, since converting English text
 * (Serbian Latin to Cyrillic) would garble it.
 */
function translatedValue<Value extends string | undefined>(value: string | undefined, english: Value, text: (s: string) => string): string | Value {
  return value === undefined || value === english ? english : text(value);
}

/** Authors or people in the English order, each with the name and role the translation gives them. */
const mergePeople = (source: Person[], translated: Omit<Person, 'contact'>[] | undefined, text: (s: string) => string): Person[] =>
  source.map((person, i) => {
    const name = translatedValue(translated?.[i]?.name, person.name, text);
    const role = translatedValue(translated?.[i]?.role, person.role, text);
    return { name, ...(role === undefined ? {} : { role }), ...(person.contact === undefined ? {} : { contact: person.contact }) };
  });

function localizePiece<Body extends MdxEntry>(piece: Piece<Body>, index: TranslationIndex<Body>, locale: Locale, isOutdated: OutdatedTranslation): LocalizedPiece<Body> {
  const { translation, source } = pickTranslation(index.pieces.get(piece.entry.id), locale);
  const text = textTransform(source);
  const entry = translation?.entry ?? piece.entry;
  const t: Partial<PieceTranslationData> = translation?.data ?? {};
  const standfirst = piece.type === 'piece' ? (t.standfirst ?? (translation ? undefined : piece.data.standfirst)) : undefined;
  const people = piece.type === 'editorial' ? mergePeople(piece.data.authors, t.authors, text) : mergePeople(piece.data.people, t.people, text);
  return {
    piece,
    slug: piece.slug,
    title: text(t.title ?? piece.data.title),
    standfirst: standfirst === undefined ? undefined : text(standfirst),
    description: standfirst === undefined ? openingText(entry.body, source) : text(standfirst),
    people,
    entry,
    source,
    outdated: translation !== undefined && isOutdated(piece.entry.id, locale),
  };
}

/** A contact with its usual role, office and address in the reader's language where translated. */
export function localizeContact<Body>(id: string, contact: ContactData, index: TranslationIndex<Body>, locale: Locale): LocalizedContact {
  const { translation, source } = pickTranslation(index.contacts.get(id), locale);
  const text = textTransform(source);
  const localized: ContactData = { ...contact };
  for (const field of TEXT_FIELDS.contact) {
    const value = translatedValue(translation?.data[field], contact[field], text);
    if (value !== undefined) localized[field] = value;
  }
  return { id, contact: localized, role: localized.role, roleSource: source, source };
}

/** An issue as a reader of `locale` gets it; `isOutdated` tells which of its pieces' translations are outdated. */
export function localizeIssue<Body extends MdxEntry>(issue: Issue<Body>, index: TranslationIndex<Body>, locale: Locale, isOutdated: OutdatedTranslation): LocalizedIssue<Body> {
  const { translation, source } = pickTranslation(index.issues.get(`${issue.folder}/issue`), locale);
  const text = textTransform(source);
  const t = translation?.data;
  const agenda = pickTranslation(index.agenda.get(`${issue.folder}/agenda`), locale);
  const agendaText = textTransform(agenda.source);
  const translatedEvents = new Map(agenda.translation?.data.events.map((e) => [e.id, e]));
  return {
    issue,
    number: issue.number,
    title: text(t?.title ?? issue.data.title),
    summary: text(t?.summary ?? issue.data.summary),
    coverAlt: issue.data.coverAlt === undefined ? undefined : text(t?.coverAlt ?? issue.data.coverAlt),
    source: translation && t?.title !== undefined ? source : { ...source, ...englishFor(locale) },
    pieces: issue.pieces.map((piece) => localizePiece(piece, index, locale, isOutdated)),
    agenda: issue.agenda.map((event) => {
      const te = translatedEvents.get(event.id);
      const eventSource = te ? agenda.source : englishFor(locale);
      const convert = te ? agendaText : (s: string) => s;
      const place = te?.place ?? event.place;
      const description = te?.description ?? event.description;
      return {
        ...event,
        title: convert(te?.title ?? event.title),
        ...(place === undefined ? {} : { place: convert(place) }),
        ...(description === undefined ? {} : { description: convert(description) }),
        source: eventSource,
      };
    }),
    contacts: issue.contacts.map(({ id, contact, role }) => {
      const localized = localizeContact(id, contact, index, locale);
      // The role printed in this issue: as the issue's translation gives it, else the contact's usual role if that is it.
      const translatedRole = t?.contacts.find((c) => c.contact === id)?.role;
      if (translatedRole !== undefined) return { ...localized, role: text(translatedRole), roleSource: source };
      return role === contact.role ? localized : { ...localized, role, roleSource: englishFor(locale) };
    }),
  };
}
