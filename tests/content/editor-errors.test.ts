import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { formatProblem } from '../../src/lib/content-error.ts';
import { sourceVersion } from '../../src/lib/source-version.ts';
import { startOf, parsePartialDate } from '../../src/schemas/partial-date.ts';
import { FIXTURE_BUILD_DATE } from '../support/fixture-site.ts';
import { brokenCopy, type Edits } from '../support/broken-copy.ts';

const TODAY = startOf(parsePartialDate(FIXTURE_BUILD_DATE)!);
// A test may make several copies: every one is removed after it.
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((remove) => remove()));

/** A copy of a content folder (the fixture archive by default) with these edits, removed after the test. */
function copyWith(edits: Edits, from?: string) {
  const copy = brokenCopy(edits, from);
  cleanups.push(copy.remove);
  return copy;
}

/** What the editors' check says about a copy, one line per problem. */
async function checkOf(copy: ReturnType<typeof brokenCopy>): Promise<string[]> {
  const { problems } = await checkContent(copy.dir, TODAY);
  return problems.map((problem) => copy.shown(formatProblem(problem)));
}

/** What the editors' check says about a content folder (the fixture archive by default) with these edits. */
const checkAfter = (edits: Edits, from?: string) => checkOf(copyWith(edits, from));

const addToPiece = (text: string) => (source: string) => `${source}\n${text}\n`;
/** A file of the fixture archive, as the copies start from it. */
const fixtureFile = (path: string) => readFileSync(join('tests/fixtures/archive', path), 'utf8');
const PIECE = 'issues/001/field-visit.mdx';
/** The fixture piece has 19 lines; what is added starts on line 21. */
const ADDED = 21;

describe('the check command on the fixture archive as it is', () => {
  it('finds nothing wrong', async () => {
    expect(await checkAfter({})).toEqual([]);
  });
});

describe('each mistake an editor makes gets one line: file, line, what is wrong and what to do', () => {
  it('an unknown front-matter field, with the field meant', async () => {
    expect(await checkAfter({ [PIECE]: (t) => t.replace('kind: report', 'kind: report\nstandfist: "A lead"') })).toEqual([
      `content/${PIECE}:4: unknown field "standfist": did you mean "standfirst"?`,
    ]);
  });

  it('a value that is not among those allowed, with the value meant', async () => {
    const [problem] = await checkAfter({ [PIECE]: (t) => t.replace('kind: report', 'kind: repport') });
    expect(problem).toMatch(/^content\/issues\/001\/field-visit\.mdx:3: kind: expected one of: .*report.*: did you mean "report"\?$/);
  });

  it('two unknown fields, one line each', async () => {
    expect(await checkAfter({ [PIECE]: (t) => t.replace('kind: report', 'kind: report\nstandfist: "A lead"\ncountrys: [RS]') })).toEqual([
      `content/${PIECE}:4: unknown field "standfist": did you mean "standfirst"?`,
      `content/${PIECE}:5: unknown field "countrys": did you mean "countries"?`,
    ]);
  });

  it('an event id written twice, said together with the same file\'s other mistakes', async () => {
    const again = '\n  - id: sarajevo-seminar\n    section: to-come\n    date: "2029-12"\n    title: "Follow-up seminar"\n  - id: sarajevo-seminar\n    section: soon\n    date: "2029-12"\n    title: "Second follow-up"\n';
    expect(await checkAfter({ 'issues/001/agenda.yaml': (t) => t.trimEnd() + again })).toEqual([
      'content/issues/001/agenda.yaml:7: events[1].id: duplicate event id "sarajevo-seminar"; each event of an issue needs its own id',
      'content/issues/001/agenda.yaml:11: events[2].id: duplicate event id "sarajevo-seminar"; each event of an issue needs its own id',
      'content/issues/001/agenda.yaml:12: events[2].section: expected in-brief (reported) or to-come (announced)',
    ]);
  });

  it('an event without its id, and a contact named with no letters, each given an example of its own kind', async () => {
    expect(
      await checkAfter({
        'issues/001/agenda.yaml': (t) => t.replace('- id: sarajevo-seminar\n    section:', '- section:'),
        'issues/001/issue.yaml': (t) => t.replace('contact: regional-expert', 'contact: "—"'),
      }),
    ).toEqual([
      'content/issues/001/agenda.yaml:2: events[0].id: missing (expected lower-case letters, digits and hyphens, e.g. "belgrade-trip")',
      'content/issues/001/issue.yaml:10: contacts[0].contact: expected lower-case letters, digits and hyphens, e.g. "caroline-charpentier"',
    ]);
  });

  it('a list entry begun and left empty, a "-" alone on its line, and a field written with nothing after its colon', async () => {
    expect(
      await checkAfter({
        'issues/001/agenda.yaml': (t) => `${t.trimEnd()}\n  -\n`,
        'issues/001/issue.yaml': (t) => t.replace('contacts:\n', 'contacts:\n  -\n').replace('pieces:\n', 'pieces:\n  -\n'),
        [PIECE]: (t) => t.replace(/^title: .*$/m, 'title:'),
      }),
    ).toEqual([
      'content/issues/001/agenda.yaml:7: events[1]: an empty entry, a "-" with nothing after it: write its fields after the "-", or delete the line',
      `content/${PIECE}:2: title: left empty (expected text)`,
      'content/issues/001/issue.yaml:10: contacts[0]: an empty entry, a "-" with nothing after it: write its fields after the "-", or delete the line',
      'content/issues/001/issue.yaml:13: pieces[0]: an empty entry, a "-" with nothing after it: write its value after the "-" (expected lower-case letters, digits and hyphens, e.g. "french-strategy"), or delete the line',
    ]);
  });

  it('a list written as a single value, with how a list is written', async () => {
    expect(
      await checkAfter({
        [PIECE]: (t) => t.replace('countries: [BA]', 'countries: BA, RS'),
        'issues/001/issue.yaml': (t) => t.replace(/^pieces:\n  - field-visit$/m, 'pieces: field-visit').replace(/^contacts:\n  - contact: regional-expert$/m, 'contacts: regional-expert'),
      }),
    ).toEqual([
      `content/${PIECE}:4: countries: expected a list, written in brackets: [BA, RS]`,
      'content/issues/001/issue.yaml:9: contacts: expected a list, one "- contact: …" per contact, on lines of their own under the field',
      'content/issues/001/issue.yaml:10: pieces: expected a list, written in brackets: [field-visit]',
    ]);
  });

  it('a date in the wrong form', async () => {
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('date: "2029-10"', 'date: "Autumn 2029"') })).toEqual([
      'content/issues/001/issue.yaml:2: date: expected a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes), e.g. "2019-04"',
    ]);
  });

  it('a cover without its text alternative, at the cover\'s line', async () => {
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace(/^coverAlt: .*\n/m, '') })).toEqual([
      'content/issues/001/issue.yaml:7: cover: a cover image needs its text alternative: add "coverAlt: …" under it, saying what the picture shows',
    ]);
  });

  it('a field indented more than its neighbours, with how to line it up', async () => {
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('coverAlt:', '  coverAlt:') })).toEqual([
      'content/issues/001/issue.yaml:8: cannot be read: this line is not lined up with the fields around it (column 11); start this line exactly under the other fields of its entry, with spaces',
    ]);
    // In a list, how a list item's fields line up is said too.
    expect(await checkAfter({ 'issues/001/agenda.yaml': (t) => t.replace('    place:', '      place:') })).toEqual([
      'content/issues/001/agenda.yaml:5: cannot be read: this line is not lined up with the fields around it (column 7); start this line exactly under the other fields of its entry (the fields of a list item line up after its "- "), with spaces',
    ]);
  });

  it('a field moved to the start of its line, at its own line rather than the next, where YAML gets lost', async () => {
    expect(await checkAfter({ 'issues/001/agenda.yaml': (t) => t.replace('    place: Sarajevo', 'place: Sarajevo') })).toEqual([
      'content/issues/001/agenda.yaml:5: place: this field is left of the other fields of its entry: start it with 4 spaces, as line 4 does',
    ]);
  });

  it('an entry of a list written without its "- ", with the line to write', async () => {
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('  - field-visit', '  - field-visit\n  second-visit\n  - third-visit') })).toEqual([
      'content/issues/001/issue.yaml:13: pieces: this entry of the list has no "- ": write it "- second-visit", as the entry above',
    ]);
  });

  it('a text broken onto a line of its own, at that line rather than where YAML gets lost', async () => {
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('title: "Training judges across the region"', 'title: Training judges\nacross the region') })).toEqual([
      'content/issues/001/issue.yaml:4: title: this line has no field name: if it goes on with the text of title above, start it with 2 spaces, or write the text on one line',
    ]);
    // The lines of a block text are text, whatever they hold ("trafficking: French perspectives…"): a mistake below it is reported as itself.
    expect(await checkAfter({ 'issues/010/issue.yaml': (t) => t.replace(/^contacts:/m, '  contacts:') }, 'content')).toEqual([
      expect.stringMatching(/^content\/issues\/010\/issue\.yaml:13: cannot be read: this line is not lined up with the fields around it/),
    ]);
  });

  it('an entry of a list written further left than the others, with how to line it up', async () => {
    const event = '\n- id: second-event\n  section: to-come\n  date: "2029-12"\n  title: "Follow-up"\n';
    expect(await checkAfter({ 'issues/001/agenda.yaml': (t) => t.trimEnd() + event })).toEqual([
      expect.stringMatching(/^content\/issues\/001\/agenda\.yaml:7: cannot be read: .*; start this entry's "- " exactly under those of the list's other entries, with spaces$/),
    ]);
    // Further right, in the parser's words "bad indentation of a sequence entry", said plainly.
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('  - contact: regional-expert', '  - contact: regional-expert\n   - contact: zephyrquill-office') })).toEqual([
      expect.stringMatching(/^content\/issues\/001\/issue\.yaml:11: cannot be read: this entry is not lined up with the other entries of its list \(column 4\)/),
    ]);
  });

  it('a text holding ": " without quotes, which YAML cannot read', async () => {
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace(/^title: .*$/m, 'title: Forced criminality: the Western Balkans') })).toEqual([
      expect.stringMatching(/^content\/issues\/001\/issue\.yaml:\d+: cannot be read: .*; a text that holds ": " must be in quotes, e\.g\. title: "Forced criminality: the Western Balkans"$/),
    ]);
  });

  it('a quote left open, at its own line rather than where YAML gets lost, in a YAML file and in front matter', async () => {
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('title: "Training judges across the region"', 'title: "Training judges across the region') })).toEqual([
      'content/issues/001/issue.yaml:3: title: the text opened with " is never closed: end it with " on the same line',
    ]);
    expect(await checkAfter({ [PIECE]: (t) => t.replace('title: "A field visit to Sarajevo"', 'title: "A field visit to Sarajevo”') })).toEqual([
      `content/${PIECE}:2: title: the text opened with " is never closed; it ends with a typographic ”, which YAML does not read as one: end it with " on the same line`,
    ]);
  });

  it('a quote inside a quoted text, which ends it, with the two ways to write it; both ways are read', async () => {
    const title = (line: string) => ({ 'issues/001/issue.yaml': (t: string) => t.replace(/^title: .*$/m, line) });
    expect(await checkAfter({ ...title('title: "The "new" strategy"'), [PIECE]: (t) => t.replace(/^title: .*$/m, "title: 'Europe's visit'") })).toEqual([
      `content/${PIECE}:2: title: the text holds an apostrophe, which ends it: write it as a typographic one, title: 'Europe’s visit', or the text in double quotes, title: "Europe's visit"`,
      'content/issues/001/issue.yaml:3: title: the text holds a ", which ends it: write the quotes inside as typographic ones, title: "The “new” strategy", or the text in single quotes, title: \'The "new" strategy\'',
    ]);
    for (const line of ['title: "The “new” strategy"', 'title: \'The "new" strategy\'', "title: 'Europe''s strategy'", "title: 'Europe’s strategy'"]) {
      expect(await checkAfter(title(line))).toEqual([]);
    }
  });

  it('a text opening with a character YAML reads as its own, a list whose "]" is forgotten, and a field with no space after its colon', async () => {
    const title = (line: string) => ({ 'issues/001/issue.yaml': (t: string) => t.replace(/^title: .*$/m, line) });
    expect(await checkAfter(title('title: [Draft] Training judges'))).toEqual([
      'content/issues/001/issue.yaml:3: title: a text that starts with "[" must be in quotes, or YAML reads it as a list: write title: "[Draft] Training judges"',
    ]);
    expect(await checkAfter(title('title: *New* training for judges'))).toEqual([
      'content/issues/001/issue.yaml:3: title: a text that starts with "*" must be in quotes: write title: "*New* training for judges"',
    ]);
    expect(await checkAfter(title('title: @UNODC training'))).toEqual([
      'content/issues/001/issue.yaml:3: title: a text that starts with "@" must be in quotes: write title: "@UNODC training"',
    ]);
    // A text holding a double quote is given in single quotes, which keep it as it is.
    expect(await checkAfter(title('title: @UNODC\'s "Blue Heart" campaign'))).toEqual([
      'content/issues/001/issue.yaml:3: title: a text that starts with "@" must be in quotes: write title: \'@UNODC\'\'s "Blue Heart" campaign\'',
    ]);
    // YAML stops on the line after the list; the list's own line is the one to mend.
    expect(await checkAfter({ [PIECE]: (t) => t.replace('countries: [BA]', 'countries: [BA, RS') })).toEqual([
      `content/${PIECE}:4: countries: the list opened with "[" is never closed: end it with "]" on the same line, e.g. [BA, RS]`,
    ]);
    // A list may go on over several lines, as YAML allows; a mistake below it is the one reported.
    expect(await checkAfter({ [PIECE]: (t) => t.replace('countries: [BA]', 'countries: [BA,\n  RS]\ntitle:"x"') })).toEqual([
      `content/${PIECE}:6: title: a space is needed after the colon: write title: "x"`,
    ]);
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('title: "', 'title:"') })).toEqual([
      'content/issues/001/issue.yaml:3: title: a space is needed after the colon: write title: "Training judges across the region"',
    ]);
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('status: published', 'status:published') })).toEqual([
      'content/issues/001/issue.yaml:6: status: a space is needed after the colon: write status: published',
    ]);
  });

  it('the text of a block field written flush left, at its first line, with the indentation it needs', async () => {
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('\n  A published issue', '\nA published issue') })).toEqual([
      'content/issues/001/issue.yaml:5: summary: the lines of its text must be indented under it: start each with 2 spaces',
    ]);
  });

  it('a text cut at "#", which YAML reads as the start of a comment; a comment written "# like this" is left alone', async () => {
    expect(
      await checkAfter({
        'issues/001/issue.yaml': (t) => t.replace('title: "Training judges across the region"', 'title: Training judges #2 across the region').replace('status: published', 'status: published # since October'),
        [PIECE]: (t) => t.replace('title: "A field visit to Sarajevo"', 'title: A field visit to Sarajevo #BA'),
      }),
    ).toEqual([
      `content/${PIECE}:2: title: the text stops before "#BA", which YAML reads as a comment: put the whole text in quotes, "A field visit to Sarajevo #BA" (a comment is written "# like this", with a space)`,
      'content/issues/001/issue.yaml:3: title: the text stops before "#2 across the region", which YAML reads as a comment: put the whole text in quotes, "Training judges #2 across the region" (a comment is written "# like this", with a space)',
    ]);
  });

  it('a field written twice, with the line of the first; in a list, the first in the same entry', async () => {
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => `${t}title: "Training judges"\n` })).toEqual([
      'content/issues/001/issue.yaml:13: title: written twice, on line 3 and here: keep one',
    ]);
    const event = '\n  - id: second-event\n    section: to-come\n    date: "2029-12"\n    title: "Follow-up"\n    date: "2030-01"\n';
    expect(await checkAfter({ 'issues/001/agenda.yaml': (t) => t.trimEnd() + event })).toEqual([
      'content/issues/001/agenda.yaml:11: date: written twice, on line 9 and here: keep one',
    ]);
  });

  it('an agenda event whose date contradicts its section, most likely a mistyped year', async () => {
    const event = '\n  - id: follow-up\n    section: to-come\n    date: "2028-12"\n    title: "Follow-up"\n';
    expect(await checkAfter({ 'issues/001/agenda.yaml': (t) => t.replace('date: "2029-10-12"', 'date: "2092-10-12"').trimEnd() + event })).toEqual([
      'content/issues/001/agenda.yaml:4: events[0].date: "2092-10-12" is after the issue\'s date, "2029-10", for an event reported in brief: check the year, or announce it with section: to-come',
      'content/issues/001/agenda.yaml:9: events[1].date: "2028-12" is over by the issue\'s date, "2029-10", for an event announced: check the year, or report it with section: in-brief',
    ]);
    // Known to the month or the year only, an event of the issue's month or year contradicts neither.
    const sameYear = '\n  - id: follow-up\n    section: to-come\n    date: "2029"\n    title: "Follow-up"\n';
    expect(await checkAfter({ 'issues/001/agenda.yaml': (t) => t.replace('date: "2029-10-12"', 'date: "2029-10"').trimEnd() + sameYear })).toEqual([]);
  });

  it('an issue dated before an issue of a lower number, most likely a mistyped year; a draft only once it is to be published', async () => {
    const dated = (date: string) => ({ 'issues/004/issue.yaml': (t: string) => t.replace('date: "2030-02"', `date: "${date}"`) });
    expect(await checkAfter(dated('2029-02'))).toEqual([
      'content/issues/004/issue.yaml:2: date: "2029-02" comes before the date of N° 2, "2030-01", yet issues are numbered in the order they appear: check the year, here or in N° 2',
    ]);
    // Known to the year only, N° 4 may well come after N° 2 of January 2030.
    expect(await checkAfter(dated('2030'))).toEqual([]);
    // The fixture's N° 3, a draft, is dated April 2030, after N° 4: said once it is to be published.
    expect(await checkAfter({ 'issues/003/issue.yaml': (t) => t.replace('status: draft', 'status: scheduled\npublishAt: "2030-05-01"') })).toEqual([
      'content/issues/004/issue.yaml:2: date: "2030-02" comes before the date of N° 3, "2030-04", yet issues are numbered in the order they appear: check the year, here or in N° 3',
    ]);
  });

  it('the newest issue dated more than a year after it goes live, which no lower number can show to be a mistyped year', async () => {
    const scheduled = 'status: scheduled\npublishAt: "2030-02-01"';
    const dated = (date: string, status = scheduled) => ({ 'issues/004/issue.yaml': (t: string) => t.replace('date: "2030-02"', `date: "${date}"`).replace(scheduled, status) });
    // The agenda's event to come, now over by the issue's date, points at the same mistake.
    expect(await checkAfter(dated('2031-03'))).toEqual([
      'content/issues/004/agenda.yaml:4: events[0].date: "2030-06" is over by the issue\'s date, "2031-03", for an event announced: check the year, or report it with section: in-brief',
      'content/issues/004/issue.yaml:2: date: "2031-03" is more than a year after the issue\'s publishAt, 2030-02-01: check the year',
    ]);
    expect(await checkAfter(dated('2093-04', 'status: published'))).toEqual([
      'content/issues/004/agenda.yaml:4: events[0].date: "2030-06" is over by the issue\'s date, "2093-04", for an event announced: check the year, or report it with section: in-brief',
      'content/issues/004/issue.yaml:2: date: "2093-04" is more than a year after today, 2030-01-15, and the issue is published: check the year',
    ]);
    // An issue dated the quarter after it goes live is as a quarterly letter may be; a draft is judged once it is to be published.
    expect(await checkAfter(dated('2030-04'))).toEqual([]);
    expect(await checkAfter(dated('2093-04', 'status: draft'))).toEqual([
      'content/issues/004/agenda.yaml:4: events[0].date: "2030-06" is over by the issue\'s date, "2093-04", for an event announced: check the year, or report it with section: in-brief',
    ]);
  });

  it('an entry of a list written without its "- ": the second entry\'s first field is not taken for a repeat to delete', async () => {
    const event = '\n    id: second-event\n    section: to-come\n    date: "2029-12"\n    title: "Follow-up"\n';
    expect(await checkAfter({ 'issues/001/agenda.yaml': (t) => t.trimEnd() + event })).toEqual([
      'content/issues/001/agenda.yaml:7: id: written twice in one entry of the list: if this line starts another entry, begin it with "- " as line 2 does',
    ]);
  });

  it('a piece renamed: to a name that is not an address, with the name to give it; to another name, which pieces and its translation are asked to match', async () => {
    const translation = `content/issues/001/field-visit.fr.mdx: translates "001/field-visit", which has no English file; a translation sits beside its source with the same name`;
    expect(await checkAfter({ [PIECE]: null, 'issues/001/Field Visit.mdx': fixtureFile(PIECE) })).toEqual([
      'content/issues/001/Field Visit.mdx: the file name "Field Visit" is used as the piece\'s address: use lower-case letters, digits and hyphens only: rename the file field-visit.mdx',
      translation,
      'content/issues/001/issue.yaml:12: pieces[0]: there is no piece "field-visit" (expected the file content/issues/001/field-visit.mdx)',
    ]);
    expect(await checkAfter({ [PIECE]: null, 'issues/001/field-visits.mdx': fixtureFile(PIECE) })).toEqual([
      `${translation}: did you mean "001/field-visits"? Then rename this file field-visits.fr.mdx`,
      'content/issues/001/field-visits.mdx: the piece is not listed in content/issues/001/issue.yaml under pieces; add "field-visits" where it belongs in the issue\'s order, or move the file out of the content folder if it is not to be published (an old copy, a draft kept aside)',
      'content/issues/001/issue.yaml:12: pieces[0]: there is no piece "field-visit" (expected the file content/issues/001/field-visit.mdx): did you mean "field-visits"?',
    ]);
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('  - field-visit', '  - Field Visit') })).toContain(
      'content/issues/001/issue.yaml:12: pieces[0]: expected lower-case letters, digits and hyphens, e.g. "field-visit"',
    );
  });

  it('an editorial kept as a copy under another name: read as a piece, which stops the build, never a second editorial published unasked', async () => {
    const editorial = fixtureFile('issues/001/editorial.mdx');
    expect(await checkAfter({ 'issues/001/editorial-old.mdx': editorial })).toEqual([
      'content/issues/001/editorial-old.mdx:2: kind: missing (expected one of: focus, return-to, word-from, three-questions, interview, overview, report)',
      'content/issues/001/editorial-old.mdx:3: unknown field "authors"; the fields are: title, kind, standfirst, countries, themes, people',
    ]);
    // A second editorial is numbered, and needs no listing.
    expect(await checkAfter({ 'issues/001/editorial-2.mdx': editorial })).toEqual([]);
  });

  it('a contact listed by its name alone, with the field it belongs to', async () => {
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('  - contact: regional-expert', '  - regional-expert') })).toEqual([
      'content/issues/001/issue.yaml:10: contacts[0]: expected fields, not a bare value: write "contact: regional-expert"',
    ]);
  });

  it('a text in typographic quotes, as a word processor types them, which the page would show; kept when put in straight quotes as a whole', async () => {
    expect(
      await checkAfter({
        'issues/001/issue.yaml': (t) => t.replace('title: "Training judges across the region"', 'title: “Training judges across the region”'),
        [PIECE]: (t) => t.replace('title: "A field visit to Sarajevo"', 'title: \'“A field visit to Sarajevo”\''),
      }),
    ).toEqual([
      `content/issues/001/issue.yaml:3: title: the text is in typographic quotes, which the page would show as part of it: write straight ones, "Training judges across the region" (to show them, put the whole in straight quotes: '“Training judges across the region”')`,
    ]);
  });

  it('a date in typographic quotes, as a word processor types them', async () => {
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('date: "2029-10"', 'date: “2029-10”') })).toEqual([
      'content/issues/001/issue.yaml:2: date: expected the date in straight quotes, "2029-10", not typographic ones (“2029-10”)',
    ]);
  });

  it('markup in a text field, which would be shown as typed; a translation\'s <Foreign> name is understood', async () => {
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace(/^title: .*$/m, 'title: "Training <em>judges</em>"') })).toEqual([
      'content/issues/001/issue.yaml:3: title: found <em>: a text field is plain text, shown as typed; markup belongs in a piece\'s body',
    ]);
    // Markdown, too, would be shown as typed.
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace(/^title: .*$/m, 'title: "Training judges in *Sarajevo*"').replace('A published issue', 'A **published** issue, see [the visit](./field-visit.mdx)') })).toEqual([
      'content/issues/001/issue.yaml:3: title: found *Sarajevo*: a text field is plain text, shown as typed, asterisks or underscores included: write Sarajevo alone; italics and bold belong in a piece\'s body',
      'content/issues/001/issue.yaml:4: summary: found **published**: a text field is plain text, shown as typed, asterisks or underscores included: write published alone; italics and bold belong in a piece\'s body',
    ]);
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('A published issue', 'A published issue, see [the visit](./field-visit.mdx)') })).toEqual([
      'content/issues/001/issue.yaml:4: summary: found [the visit](./field-visit.mdx): a text field is plain text, shown as typed, brackets included: write the visit alone; links belong in a piece\'s body',
    ]);
    // An asterisk that marks a note, or a product, is text.
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace(/^title: .*$/m, 'title: "Training judges* across 3 * 4 regions"') })).toEqual([]);
    const translation = 'issues/001/field-visit.fr.mdx';
    expect(await checkAfter({ [translation]: (t) => t.replace(/^title: .*$/m, 'title: "Une visite de <Foreign>Quillonbrae</Foreign>"') })).toEqual([]);
    expect(await checkAfter({ [translation]: (t) => t.replace(/^title: .*$/m, 'title: "Une visite de <Foreign>Quillonbrae"') })).toEqual([
      `content/${translation}:5: title: found <Foreign>: a text field is plain text, in which only <Foreign>…</Foreign> (or <Foreign lang="fr">…</Foreign>) around a name to keep as written is understood`,
    ]);
    expect(await checkAfter({ [translation]: (t) => t.replace(/^title: .*$/m, `title: "Une visite de <Foreign lang='en'>Quillonbrae</Foreign>"`) })).toEqual([]);
    expect(await checkAfter({ [translation]: (t) => t.replace(/^title: .*$/m, `title: "Une visite de <Foreign lang='english'>Quillonbrae</Foreign>"`) })).toEqual([
      `content/${translation}:5: title: found lang="english": expected the name's language as a language tag, e.g. lang="fr"`,
    ]);
    // The mark of a split Serbian digraph is not markup: a text field takes it as a piece's body does.
    const serbian = fixtureFile(translation).replace(/^title: .*$/m, 'title: "Seminar o in&zwnj;jekciji"');
    expect(await checkAfter({ 'issues/001/field-visit.sr-latn.mdx': serbian })).toEqual([]);
  });

  it('a day that does not exist, even written without quotes (where YAML would silently move it to the next month)', async () => {
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('date: "2029-10"', 'date: 2029-11-31') })).toEqual([
      'content/issues/001/issue.yaml:2: date: "2029-11-31" is not a date of the calendar: check the month (01 to 12) and the day',
    ]);
  });

  it('a scheduled issue\'s day written wrongly: once, with the form it takes', async () => {
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('status: published', 'status: scheduled\npublishAt: "30/11/2029"') })).toEqual([
      'content/issues/001/issue.yaml:7: publishAt: expected a day written "YYYY-MM-DD" (in quotes), year first: "2029-11-30"',
    ]);
    // A month is a date, but not a day to go live on.
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('status: published', 'status: scheduled\npublishAt: "2029-11"') })).toEqual([
      'content/issues/001/issue.yaml:7: publishAt: expected a day written "YYYY-MM-DD" (in quotes), e.g. "2026-05-04"',
    ]);
  });

  it('a day to go live on an issue that is not scheduled, which would go live at once', async () => {
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('status: published', 'status: published\npublishAt: "2029-12-01"') })).toEqual([
      'content/issues/001/issue.yaml:7: publishAt: only a scheduled issue goes live on its publishAt: set status: scheduled, or delete publishAt',
    ]);
  });

  it('a phone number without quotes, which YAML reads as a number', async () => {
    expect(await checkAfter({ 'contacts/regional-expert.yaml': (t) => `${t}phone: 4315018252\n` })).toEqual([
      expect.stringMatching(/^content\/contacts\/regional-expert\.yaml:\d+: phone: expected text: write it in quotes, "4315018252"$/),
    ]);
  });

  it('a missing required field', async () => {
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace(/^title: .*\n/m, '') })).toEqual([
      'content/issues/001/issue.yaml:1: title: missing (expected text)',
    ]);
  });

  it('a duplicate issue number', async () => {
    expect(await checkAfter({ 'issues/002/issue.yaml': (t) => t.replace('number: 2', 'number: 1') })).toEqual([
      'content/issues/002/issue.yaml:1: number: issue number 1 is already used by content/issues/001/issue.yaml; each issue needs its own number',
      'content/issues/002/issue.yaml:1: number: issue number 1 does not match its folder "002"; put the issue in content/issues/001/ or correct the number',
    ]);
  });

  it('a piece in a folder that holds no issue', async () => {
    expect(await checkAfter({ 'issues/009/lost-piece.mdx': '---\ntitle: "Lost"\nkind: focus\n---\n\nText.\n' })).toEqual([
      'content/issues/009/lost-piece.mdx: there is no issue.yaml in its folder "009"; every piece belongs to the issue whose folder holds it: move it to its issue\'s folder, or create the issue with npm run new-issue',
    ]);
  });

  it('a link to a piece of an issue that does not exist, or to a heading a piece does not have', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('See [the lost piece](../009/lost-piece.mdx) and [the seminar](#the-seminr).\nAnd [the visit](./feild-visit.mdx#the-seminar) and [the conference](../2/larkspurgate-conference.mdx).\nAnd [the strategy](../002/multilateral-strategy.mdx).') })).toEqual([
      `content/${PIECE}:${ADDED}: the link "../009/lost-piece.mdx" points to a file that does not exist (content/issues/009/lost-piece.mdx); link to a piece by its file, ./slug.mdx or ../012/slug.mdx (add #heading for one of its headings)`,
      `content/${PIECE}:${ADDED}: the link "#the-seminr" points to a heading this piece does not have; its headings are: #the-seminar`,
      `content/${PIECE}:${ADDED + 1}: the link "./feild-visit.mdx#the-seminar" points to a file that does not exist (content/issues/001/feild-visit.mdx); did you mean "./field-visit.mdx#the-seminar"?`,
      `content/${PIECE}:${ADDED + 1}: the link "../2/larkspurgate-conference.mdx" points to a file that does not exist (content/issues/2/larkspurgate-conference.mdx); did you mean "../002/larkspurgate-conference.mdx"?`,
      // Nothing near the name: the pieces the issue has.
      `content/${PIECE}:${ADDED + 2}: the link "../002/multilateral-strategy.mdx" points to a file that does not exist (content/issues/002/multilateral-strategy.mdx); the pieces in content/issues/002/ are editorial.mdx, larkspurgate-conference.mdx`,
    ]);
  });

  it('a copy of a piece named as its original in capitals: not told to take the original\'s name', async () => {
    expect(await checkAfter({ 'issues/001/Field-Visit.mdx': fixtureFile(PIECE) })).toEqual([
      'content/issues/001/Field-Visit.mdx: the file name "Field-Visit" is used as the piece\'s address: use lower-case letters, digits and hyphens only; field-visit.mdx is beside it: if this file is a copy of it, delete it, or else give it a name of its own',
    ]);
  });

  it('a copy of a contact left beside it, as a file manager names it: both the name and the repeated person are reported', async () => {
    const contact = fixtureFile('contacts/regional-expert.yaml');
    expect(await checkAfter({ 'contacts/regional-expert copy.yaml': contact })).toEqual([
      'content/contacts/regional-expert copy.yaml: the file name "regional-expert copy" is used as the contact\'s name in issues and its place on the contacts page: use lower-case letters, digits and hyphens only: rename the file regional-expert-copy.yaml',
      'content/contacts/regional-expert copy.yaml:1: name: "Mira Testova" is already the name of content/contacts/regional-expert.yaml: one person or office is one file: if this one is a copy, delete it',
    ]);
    expect(await checkAfter({ 'contacts/regional-expert.yaml': null, 'contacts/Regional-Expert.yaml': contact })).toContain(
      'content/contacts/Regional-Expert.yaml: the file name "Regional-Expert" is used as the contact\'s name in issues and its place on the contacts page: use lower-case letters, digits and hyphens only: rename the file regional-expert.yaml',
    );
  });

  it('a link to a piece whose file is named with capitals or spaces: the advice is to rename the file', async () => {
    expect(
      await checkAfter({
        [PIECE]: null,
        'issues/001/field-visit.fr.mdx': null,
        'issues/001/Field-Visit.mdx': fixtureFile(PIECE),
        'issues/001/editorial.mdx': (t) => `${t}\nSee [the visit](./field-visit.mdx) and [the conference](../002/larkspurgate conference.mdx#the-conference).\n`,
      }),
    ).toEqual([
      'content/issues/001/editorial.mdx:10: the link "./field-visit.mdx" will lead to the piece once its file, "Field-Visit.mdx", is renamed field-visit.mdx, as a piece\'s file name is written in lower-case letters, digits and hyphens',
      'content/issues/001/editorial.mdx:10: "[the conference](../002/larkspurgate conference.mdx#the-conference)" reads as text, not as a link: a piece\'s file name has no spaces; name the file in lower-case words joined by hyphens, larkspurgate-conference.mdx, and link to ../002/larkspurgate-conference.mdx#the-conference',
      'content/issues/001/Field-Visit.mdx: the file name "Field-Visit" is used as the piece\'s address: use lower-case letters, digits and hyphens only: rename the file field-visit.mdx',
      'content/issues/001/issue.yaml:12: pieces[0]: there is no piece "field-visit" (expected the file content/issues/001/field-visit.mdx)',
    ]);
  });

  it('a link without text, which a screen reader could only spell out; a link around a described photo has text', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('See [](https://www.unodc.org/) and [ ](#the-seminar).\n[![The seminar room](https://www.unodc.org/room.jpg)](https://www.unodc.org/)') })).toEqual([
      `content/${PIECE}:${ADDED}: the link to "https://www.unodc.org/" has no text: write what it leads to between the square brackets, as in [UNODC](https://www.unodc.org/), so that every reader, with a screen reader too, knows where it goes`,
      `content/${PIECE}:${ADDED}: the link to "#the-seminar" has no text: write what it leads to between the square brackets, as in [UNODC](https://www.unodc.org/), so that every reader, with a screen reader too, knows where it goes`,
    ]);
  });

  it('a heading at the level of the piece\'s title, and a heading that skips a level', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('# A second title\n\n#### Too deep\n\n#### As deep') })).toEqual([
      `content/${PIECE}:${ADDED}: the heading "# A second title" is at the level of the piece's title, which comes from its front matter: a section starts with ##`,
      `content/${PIECE}:${ADDED + 2}: the heading "#### Too deep" skips a level: write ### here, one level below the ## heading before it`,
    ]);
  });

  it('a link to a page of the site written as its address, which would break in other languages or from another page', async () => {
    const links = [
      'See [the seminar](./field-visit) and [the strategy](/en/issues/12/french-strategy/).',
      'See [the seminar](/fr/issues/1/field-visit/#the-seminar) and [the conference](/sr-cyrl/issues/2/larkspurgate-conference).',
      'See [the visit](./feild-visit), [again](/en/issues/1/field-visit/?from=home), [the issue](/en/issues/1/) and [in German](/de/issues/1/field-visit/).',
    ];
    expect(await checkAfter({ [PIECE]: addToPiece(links.join('\n')) })).toEqual([
      `content/${PIECE}:${ADDED}: the link "./field-visit" is not an address the site can keep: link to the piece by its file: "./field-visit.mdx"`,
      `content/${PIECE}:${ADDED}: the link "/en/issues/12/french-strategy/" is not an address the site can keep: link to a piece by its file, ./slug.mdx or ../012/slug.mdx (add #heading for one of its headings), or give a full address (https://…)`,
      `content/${PIECE}:${ADDED + 1}: the link "/fr/issues/1/field-visit/#the-seminar" is not an address the site can keep: link to the piece by its file: "./field-visit.mdx#the-seminar"`,
      `content/${PIECE}:${ADDED + 1}: the link "/sr-cyrl/issues/2/larkspurgate-conference" is not an address the site can keep: link to the piece by its file: "../002/larkspurgate-conference.mdx"`,
      `content/${PIECE}:${ADDED + 2}: the link "./feild-visit" is not an address the site can keep: link to the piece by its file: "./field-visit.mdx"`,
      `content/${PIECE}:${ADDED + 2}: the link "/en/issues/1/field-visit/?from=home" is not an address the site can keep: link to the piece by its file: "./field-visit.mdx"`,
      `content/${PIECE}:${ADDED + 2}: the link "/en/issues/1/" is not an address the site can keep: link to a piece by its file, ./slug.mdx or ../012/slug.mdx (add #heading for one of its headings), or give a full address (https://…)`,
      `content/${PIECE}:${ADDED + 2}: the link "/de/issues/1/field-visit/" is not an address the site can keep: link to a piece by its file, ./slug.mdx or ../012/slug.mdx (add #heading for one of its headings), or give a full address (https://…)`,
    ]);
  });

  it('a link Markdown reads as text, or whose address no browser opens', async () => {
    const links = [
      'See [UNODC] (https://www.unodc.org/) and, further, [the report](https://www.unodc.org/global report.pdf).',
      'See [UNODC](htps://www.unodc.org/), [the office](mailto:office@example.org) and [the agenda](file:///C:/agenda.docx).',
    ];
    expect(await checkAfter({ [PIECE]: addToPiece(links.join('\n')) })).toEqual([
      `content/${PIECE}:${ADDED}: "[UNODC] (" reads as text, not as a link: write [what it leads to](address), with nothing between ] and (, and no space in the address (write a space in it as %20)`,
      `content/${PIECE}:${ADDED}: "[the report](" reads as text, not as a link: write [what it leads to](address), with nothing between ] and (, and no space in the address (write a space in it as %20)`,
      `content/${PIECE}:${ADDED + 1}: the link "htps://www.unodc.org/" starts with "htps:", which a full address on a page does not: did you mean "https:"?`,
      `content/${PIECE}:${ADDED + 1}: the link "file:///C:/agenda.docx" starts with "file:", which a full address on a page does not: write https:, http:, mailto: or tel:`,
    ]);
  });

  it('a link to a piece written as its full address on the site, which would take every reader to that one language', async () => {
    const links = [
      'See [the seminar](https://quarterly-letter.example.org/fr/issues/1/field-visit/#the-seminar) and [the issue](https://quarterly-letter.example.org/en/issues/1/).',
      'See [the strategy](https://quarterly-letter.example.org/en/issues/12/french-strategy/) and [elsewhere](https://example.org/en/issues/1/field-visit/).',
    ];
    expect(await checkAfter({ [PIECE]: addToPiece(links.join('\n')) })).toEqual([
      `content/${PIECE}:${ADDED}: the link "https://quarterly-letter.example.org/fr/issues/1/field-visit/#the-seminar" is a piece's address on this site, which keeps every reader in the language it names: link to the piece by its file: "./field-visit.mdx#the-seminar"`,
      `content/${PIECE}:${ADDED + 1}: the link "https://quarterly-letter.example.org/en/issues/12/french-strategy/" is a piece's address on this site, which keeps every reader in the language it names: link to a piece by its file, ./slug.mdx or ../012/slug.mdx (add #heading for one of its headings)`,
    ]);
  });

  it('a piece that fails its schema, and a contact that does not exist: both at once, and no false "there is no piece"', async () => {
    expect(
      await checkAfter({
        [PIECE]: (t) => t.replace('kind: report', 'kind: reportage'),
        'issues/001/issue.yaml': (t) => t.replace('contact: regional-expert', 'contact: regional-expret'),
      }),
    ).toEqual([
      `content/${PIECE}:3: kind: expected one of: focus, return-to, word-from, three-questions, interview, overview, report: did you mean "report"?`,
      'content/issues/001/issue.yaml:10: contacts[0].contact: unknown contact "regional-expret": did you mean "regional-expert"? (a contact is a file in content/contacts/)',
    ]);
  });

  it('an unknown contact, with the contact meant', async () => {
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('contact: regional-expert', 'contact: regional-expret') })).toEqual([
      'content/issues/001/issue.yaml:10: contacts[0].contact: unknown contact "regional-expret": did you mean "regional-expert"? (a contact is a file in content/contacts/)',
    ]);
  });

  it('a contact or a piece named by its file, with the extension or the folder', async () => {
    expect(
      await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('contact: regional-expert', 'contact: regional-expert.yaml').replace('- field-visit', '- field-visit.mdx') }),
    ).toEqual([
      'content/issues/001/issue.yaml:10: contacts[0].contact: expected the file\'s name without its extension: "regional-expert"',
      'content/issues/001/issue.yaml:12: pieces[0]: expected the file\'s name without its extension: "field-visit"',
    ]);
    expect(
      await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('contact: regional-expert', 'contact: contacts/regional-expert.yaml').replace('- field-visit', '- ./field-visit') }),
    ).toEqual([
      'content/issues/001/issue.yaml:10: contacts[0].contact: expected the file\'s name alone, without its folder: "regional-expert"',
      'content/issues/001/issue.yaml:12: pieces[0]: expected the file\'s name alone, without its folder: "field-visit"',
    ]);
  });

  it('a person\'s unknown contact, on the line of the piece that names it', async () => {
    const signed = (t: string) => t.replace('themes: [training]\n', 'themes: [training]\npeople:\n  - name: A. Expert\n    contact: regional-expret\n');
    expect(await checkAfter({ [PIECE]: signed })).toEqual([
      `content/${PIECE}:8: people[0].contact: unknown contact "regional-expret": did you mean "regional-expert"? (a contact is a file in content/contacts/)`,
    ]);
  });

  it('a missing image, in a piece and as a cover, with the file meant', async () => {
    expect(
      await checkAfter({
        [PIECE]: (t) => t.replace("'./seminar-sarajevo.jpg'", "'./seminar-sarajvo.jpg'"),
        'issues/001/issue.yaml': (t) => t.replace('cover: ./cover.jpg', 'cover: ./covr.jpg'),
      }),
    ).toEqual([
      'content/issues/001/field-visit.mdx:7: there is no image "./seminar-sarajvo.jpg" in content/issues/001/: did you mean "./seminar-sarajevo.jpg"?',
      'content/issues/001/issue.yaml:7: cover: there is no image "./covr.jpg" in content/issues/001/: did you mean "./cover.jpg"?',
    ]);
  });

  it('an MDX syntax error of no usual cause, at its line, in the compiler\'s words with what to look for', async () => {
    const [problem, ...rest] = await checkAfter({ [PIECE]: addToPiece('<Box title=>\nThe box\'s title is left out.\n</Box>') });
    expect(rest).toEqual([]);
    expect(problem).toBe(
      `content/${PIECE}:${ADDED}: MDX syntax error: Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`); check that every <Tag> has its </Tag> (or is written <Tag />) and that a { or < meant as text is written \\{ or &lt;`,
    );
  });

  it('a value in curly quotes, as a word processor types them, named as the cause of the syntax error', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('<Box kind=“sidebar” title=“A note”>\nText.\n</Box>') })).toEqual([
      `content/${PIECE}:${ADDED}: MDX syntax error: kind=“sidebar” is in curly quotes, which MDX does not read: write kind="sidebar" with straight quotes (")`,
    ]);
  });

  it('a value without quotes, a <br> written as HTML allows, a tag never closed and one closed by another name', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('<Box kind=sidebar title="A note">\nText.\n</Box>') })).toEqual([
      `content/${PIECE}:${ADDED}: MDX syntax error: the value of kind must be in quotes: write kind="sidebar"`,
    ]);
    expect(await checkAfter({ [PIECE]: addToPiece('A first line<br>and a second.') })).toEqual([
      `content/${PIECE}:${ADDED}: MDX syntax error: <br> must be written <br /> in MDX, with a slash before the >`,
    ]);
    expect(await checkAfter({ [PIECE]: addToPiece('A first line<br />and a second.') })).toEqual([]);
    expect(await checkAfter({ [PIECE]: addToPiece('<Box kind="sidebar" title="A note">\nText.') })).toEqual([
      `content/${PIECE}:${ADDED}: MDX syntax error: <Box> is opened here and never closed: end it with </Box> after what it holds (or, if it holds nothing, write <Box … />)`,
    ]);
    expect(await checkAfter({ [PIECE]: addToPiece('<Box kind="sidebar" title="A note">\nText.\n</PullQuote>') })).toEqual([
      `content/${PIECE}:${ADDED + 2}: MDX syntax error: </PullQuote> does not close the <Box> opened above it: end that one with </Box>`,
    ]);
  });

  it('a value holding straight quotes, which end it, with the two ways to write it; the value in single quotes is read', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('<Box kind="sidebar" title="The "new" code">\nText.\n</Box>') })).toEqual([
      `content/${PIECE}:${ADDED}: MDX syntax error: the value of title holds a ", which ends it: write the quotes inside as typographic ones, title="The “new” code", or the value in single quotes, title='The "new" code'`,
    ]);
    expect(await checkAfter({ [PIECE]: addToPiece(`<Box kind="sidebar" title='The "new" code'>\nText.\n</Box>`) })).toEqual([]);
  });

  it('an imported photo named with a hyphen, with the name it can take', async () => {
    expect(await checkAfter({ [PIECE]: (t) => t.replace('import seminar from', 'import seminar-photo from').replace('src={seminar}', 'src={seminar-photo}') })).toEqual([
      `content/${PIECE}:7: MDX syntax error: the name "seminar-photo" cannot hold a hyphen: write it seminarPhoto, here and where it is used ({seminarPhoto})`,
    ]);
  });

  it('an import line whose file name is in curly quotes, as a word processor types them, with the line in straight quotes', async () => {
    expect(await checkAfter({ [PIECE]: (t) => t.replace("'./seminar-sarajevo.jpg'", '‘./seminar-sarajevo.jpg’') })).toEqual([
      `content/${PIECE}:7: MDX syntax error: the file name in the import line is in curly quotes, which MDX does not read: write it in straight quotes, import seminar from './seminar-sarajevo.jpg';`,
    ]);
  });

  it('words in braces, which MDX reads as code, with the braces written as text', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('The details are in the report {see annex}.') })).toEqual([
      `content/${PIECE}:${ADDED}: MDX syntax error: {see annex}: in MDX, braces hold code, not text: to show them, write \\{see annex\\}, or leave them out`,
    ]);
    expect(await checkAfter({ [PIECE]: addToPiece('The details are in the report \\{see annex\\}.') })).toEqual([]);
  });

  it('a tag whose ">" is missing, and a { never closed, each named with what to write', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('<Box kind="sidebar" title="Key"\nThe text of the box.\n</Box>') })).toEqual([
      `content/${PIECE}:${ADDED}: MDX syntax error: <Box kind="sidebar" title="Key" has no ">" at the end of its line: end the tag with > (or with />, if it holds nothing)`,
    ]);
    expect(await checkAfter({ [PIECE]: addToPiece('The budget {was set in 2019.\n\nAnother paragraph.') })).toEqual([
      `content/${PIECE}:${ADDED}: MDX syntax error: "{was set in 2019.": this { is never closed, and MDX reads what follows as code: to show it as text, write \\{ (a comment is written {/* … */})`,
    ]);
  });

  it('a < meant as text, which MDX reads as the start of a tag, with how to write it', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('Most victims were children aged <5.') })).toEqual([
      `content/${PIECE}:${ADDED}: MDX syntax error: "<5": in MDX, a < starts a tag: to show it as text, write \\<5, or say it in words, "under 5", "less than 5"`,
    ]);
    expect(await checkAfter({ [PIECE]: addToPiece('Most victims were children aged \\<5.') })).toEqual([]);
    // A word processor puts a no-break space after it, which MDX does not take for a space.
    expect(await checkAfter({ [PIECE]: addToPiece('Most victims were aged <\u00a018.') })).toEqual([
      `content/${PIECE}:${ADDED}: MDX syntax error: "<\u00a018": in MDX, a < starts a tag: to show it as text, write \\<\u00a018, or say it in words, "under 18", "less than 18"`,
    ]);
  });

  it('a link written <https://…>, as Markdown allows and MDX does not, with the link to write', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('The report is on <https://www.example.org>.') })).toEqual([
      `content/${PIECE}:${ADDED}: MDX syntax error: <https://www.example.org> is a link written as Markdown allows and MDX does not: write [https://www.example.org](https://www.example.org), or with words in the brackets, [what it leads to](https://www.example.org)`,
    ]);
  });

  it('an HTML comment, with the comment MDX reads', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('<!-- a note -->') })).toEqual([
      `content/${PIECE}:${ADDED}: MDX syntax error: <!-- a note --> is an HTML comment, which MDX does not read: write it {/* a note */}`,
    ]);
    expect(await checkAfter({ [PIECE]: addToPiece('{/* a note */}') })).toEqual([]);
  });

  it('a list pasted from a word processor, with "•" or "–" before its items, which the page would run into one paragraph; a line of text opened by a dash is left alone', async () => {
    const list = 'The seminar covered:\n• identification\n• protection\n\n– first, the law;\n– then, the practice.\n\nThe countries of the region\n– and Greece since 2016 – took part.';
    expect(await checkAfter({ [PIECE]: addToPiece(list) })).toEqual([
      `content/${PIECE}:${ADDED + 1}: a list typed with "•": the page would show the "•" as typed and run the items together into one paragraph: start each item with "- " (a hyphen and a space) instead`,
      `content/${PIECE}:${ADDED + 4}: a list typed with "–": the page would run its lines together into one paragraph: start each item with "- " (a hyphen and a space) instead, or leave a blank line between paragraphs`,
    ]);
  });

  it('a heading typed without the space after its "#"s, which the page would show as text; a hashtag opening a line is left alone', async () => {
    const text = '##Results of the visit\n\nThe partners met twice.\n###Next steps\n\n#EndTrafficking was the campaign\'s motto.';
    expect(await checkAfter({ [PIECE]: addToPiece(text) })).toEqual([
      `content/${PIECE}:${ADDED}: "##Results of the visit" would show as text, not as a heading: write "## Results of the visit", with a space after ##`,
      `content/${PIECE}:${ADDED + 3}: "###Next steps" would show as text, not as a heading: write "### Next steps", with a space after ###`,
    ]);
  });

  it('translations the English no longer matches: an event renamed in the English agenda, a translation without its English file', async () => {
    const englishIds = [...readFileSync('content/issues/012/agenda.yaml', 'utf8').matchAll(/^ {2}- id: (\S+)$/gm)].map(([, id]) => id).join(', ').replace('-presentation', '');
    const problems = await checkAfter(
      {
        'issues/012/agenda.yaml': (t) => t.replace('id: unodc-global-report-2018-presentation', 'id: unodc-global-report-2018'),
        'issues/012/french-strateg.fr.mdx': readFileSync('content/issues/012/french-strategy.fr.mdx', 'utf8'),
      },
      'content',
    );
    expect(problems).toEqual([
      `content/issues/012/agenda.fr.yaml:5: events[0].id: there is no event "unodc-global-report-2018-presentation" in the English agenda.yaml: an event keeps its English id, one of ${englishIds}`,
      `content/issues/012/agenda.sr-cyrl.yaml:5: events[0].id: there is no event "unodc-global-report-2018-presentation" in the English agenda.yaml: an event keeps its English id, one of ${englishIds}`,
      'content/issues/012/french-strateg.fr.mdx: translates "012/french-strateg", which has no English file; a translation sits beside its source with the same name',
    ]);
    // An id mistyped in the translation: the English id near it.
    expect(await checkAfter({ 'issues/012/agenda.fr.yaml': (t) => t.replace('id: unodc-global-report-2018-presentation', 'id: unodc-global-report-2018-presentaton') }, 'content')).toEqual([
      'content/issues/012/agenda.fr.yaml:5: events[0].id: there is no event "unodc-global-report-2018-presentaton" in the English agenda.yaml: did you mean "unodc-global-report-2018-presentation"?',
    ]);
  });

  it('a piece copied whole under another name: the translation of the first keeps its right sourceVersion', async () => {
    const listed = (t: string) => t.replace('  - field-visit\n', '  - field-visit\n  - visit-report\n');
    expect(await checkAfter({ 'issues/001/visit-report.mdx': fixtureFile(PIECE), 'issues/001/issue.yaml': listed })).toEqual([]);
  });

  it('a sourceVersion copied from another file, or a commit id written in its place, which the status could only call outdated', async () => {
    const translation = 'issues/001/field-visit.fr.mdx';
    const wrongVersion = (version: string) => (t: string) => t.replace(/^sourceVersion: .*$/m, `sourceVersion: "${version}"`);
    const editorial = sourceVersion(fixtureFile('issues/001/editorial.mdx'));
    const todo = 'write the version of the English file the translation was made from (npm run translate writes it; npm run translations prints the current one)';
    expect(await checkAfter({ [translation]: wrongVersion(editorial) })).toEqual([
      `content/${translation}:3: sourceVersion: is the version of content/issues/001/editorial.mdx, not of content/${PIECE}: ${todo}`,
    ]);

    const copy = copyWith({});
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], { cwd: copy.dir, encoding: 'utf8' }).trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'The archive');
    const commit = git('rev-parse', 'HEAD');
    writeFileSync(join(copy.dir, translation), wrongVersion(commit)(readFileSync(join(copy.dir, translation), 'utf8')));
    expect(await checkOf(copy)).toEqual([
      `content/${translation}:3: sourceVersion: is the id of a commit, not a version of content/${PIECE}: ${todo}`,
    ]);
  });

  it('a translation whose headings are not the English\'s, where links to a heading would lead nowhere', async () => {
    const problems = await checkAfter(
      {
        'issues/012/french-strategy.fr.mdx': (t) => t.replace('## Un phénomène préoccupant', '### Un phénomène préoccupant'),
        'issues/012/programme-2019.sr-cyrl.mdx': (t) => t.replace('## Превенција\n', 'Превенција\n'),
      },
      'content',
    );
    const keep = 'a translation keeps the English headings, in the same order and at the same levels, so that a link to a heading leads to it in every language';
    expect(problems).toEqual([
      `content/issues/012/french-strategy.fr.mdx:26: the heading "### Un phénomène préoccupant en Europe du Sud-Est" is the 2nd heading where content/issues/012/french-strategy.mdx has "## A worrying phenomenon in Southeast Europe"; ${keep}`,
      // Which heading is missing the check cannot tell (the words differ by language): it gives the English outline to compare with.
      `content/issues/012/programme-2019.sr-cyrl.mdx: this translation has 4 headings and content/issues/012/programme-2019.mdx 5 headings, "## Understanding the networks", "## Prevention", "## Protection", "## Prosecution", "## Partnership"; ${keep}`,
    ]);
  });

  it('a section added to an English piece: its translations, now outdated, may lag behind its headings until they are updated', async () => {
    const added = (t: string) => t.replace('## A worrying phenomenon in Southeast Europe', '## A new section\n\nIts text.\n\n## A worrying phenomenon in Southeast Europe');
    expect(await checkAfter({ 'issues/012/french-strategy.mdx': added }, 'content')).toEqual([]);
    // Brought up to date with the English, the translation is held to its headings again.
    const updated = (t: string) => t.replace(/^sourceVersion: .*$/m, `sourceVersion: "${sourceVersion(added(readFileSync('content/issues/012/french-strategy.mdx', 'utf8')))}"`);
    expect(await checkAfter({ 'issues/012/french-strategy.mdx': added, 'issues/012/french-strategy.fr.mdx': updated }, 'content')).toEqual([
      'content/issues/012/french-strategy.fr.mdx: this translation has 3 headings and content/issues/012/french-strategy.mdx 4 headings, "## A French concern", "## A new section", "## A worrying phenomenon in Southeast Europe", "## A targeted inter-ministerial strategy"; a translation keeps the English headings, in the same order and at the same levels, so that a link to a heading leads to it in every language',
    ]);
  });

  it('a piece named as a part of the issue\'s page or as the issue\'s own file', async () => {
    const piece = fixtureFile('issues/001/field-visit.mdx');
    expect(
      await checkAfter({
        'issues/001/agenda.mdx': piece,
        'issues/001/issue.mdx': piece,
        'issues/001/issue.yaml': (t) => t.replace('  - field-visit', '  - field-visit\n  - agenda\n  - issue'),
      }),
    ).toEqual([
      'content/issues/001/agenda.mdx: the file name "agenda" is taken by a part of the issue\'s page, which its links lead to by name: give the piece another file name',
      'content/issues/001/issue.mdx: the file name "issue" is taken by the issue\'s own file, issue.yaml: give the piece another file name',
    ]);
  });

  it('a photo the site cannot read: a phone\'s HEIC, a file that is not the image its name says, a photo cut short', async () => {
    const save = 'open it in an image editor and save it as JPEG or PNG (see "Photos" in docs/editing.md)';
    const photo = readFileSync('tests/fixtures/archive/issues/001/seminar-sarajevo.jpg');
    expect(
      await checkAfter({
        'issues/001/phone.heic': 'ftypheic',
        'issues/001/seminar.jpg': 'not a photo',
        // A copy that stopped early: the header is whole, the picture is not.
        'issues/001/seminar-sarajevo.jpg': photo.subarray(0, photo.length / 4),
        [PIECE]: addToPiece(`import phone from './phone.heic';\nimport seminar from './seminar.jpg';\n\n<Figure src={phone} alt="The team" />\n\n<Figure src={seminar} alt="The seminar" />`),
      }),
    ).toEqual([
      `content/issues/001/phone.heic: "phone.heic" is a HEIC file, which the site cannot show: ${save}`,
      `content/issues/001/seminar-sarajevo.jpg: "seminar-sarajevo.jpg" is not an image the site can read (damaged, cut short, or not the format its name says): ${save}`,
      `content/issues/001/seminar.jpg: "seminar.jpg" is not an image the site can read (damaged, cut short, or not the format its name says): ${save}`,
    ]);
  });

  it('front matter never closed, or written without its opening "---" or both, instead of every field reported missing', async () => {
    expect(await checkAfter({ [PIECE]: (t) => t.replace(/^---\n([\s\S]*?)\n---\n/, '---\n$1\n') })).toEqual([
      `content/${PIECE}:1: the front matter opened by "---" on line 1 is never closed: add a line "---" after its last field, before the text`,
    ]);
    expect(await checkAfter({ [PIECE]: (t) => t.replace(/^---\n/, '') })).toEqual([
      `content/${PIECE}:1: the front matter must open with a line "---" on line 1: add one above its first field (it closes on line 5)`,
    ]);
    expect(await checkAfter({ [PIECE]: (t) => t.replace(/^---\n([\s\S]*?)\n---\n/, '$1\n') })).toEqual([
      `content/${PIECE}:1: the front matter must open with a line "---" on line 1: add one and another after its last field, before the text`,
    ]);
  });

  it('an import written above the front matter, said once, instead of every field missing and a syntax error', async () => {
    expect(await checkAfter({ [PIECE]: (t) => `import other from './cover.jpg';\n\n${t}` })).toEqual([
      `content/${PIECE}:1: the front matter must open the file, on line 1: move lines 1-2 below its closing "---" (line 8)`,
    ]);
  });

  it('a footnote call without its note, shown as typed, and a note nothing calls, left out of the page', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('A claim\nthat needs a source[^9].\n\n[^7]: A source nothing calls.') })).toEqual([
      `content/${PIECE}:${ADDED + 1}: the note call [^9] has no note: add the note further down, on a line of its own, "[^9]: The note's text." (see docs/editing.md)`,
      `content/${PIECE}:${ADDED + 3}: the note [^7] is never called, so the page would leave it out: write [^7] where it belongs in the text, or delete the note`,
    ]);
  });

  it('a second note under a label already used, which the page would leave out', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('A claim[^1] and another[^2].\n\n[^1]: The first source.\n[^2]: The second source.\n[^1]: A third source, labelled again.') })).toEqual([
      `content/${PIECE}:${ADDED + 4}: the note [^1] is written twice (first on line ${ADDED + 2}), so the page would leave this one out: give it a label of its own, here and at its call`,
    ]);
  });

  it('a key figure outside its box, and text inside a list of key figures or acronyms, which would break the list', async () => {
    expect(
      await checkAfter({
        [PIECE]: addToPiece('<KeyFigure value="30">victims</KeyFigure>\n\n<KeyFigures title="Key figures">\n  <KeyFigure value="4">JPOs</KeyFigure>\n  Source: UNODC.\n</KeyFigures>\n\n<Acronyms>\n  <Acronym short="ASI">Internal Security Attaché</Acronym>\n  {/* More to come. */}\n  <KeyFigure value="2">countries</KeyFigure>\n</Acronyms>'),
      }),
    ).toEqual([
      `content/${PIECE}:${ADDED}: <KeyFigure value="30"> is a line of <KeyFigures>: write it between <KeyFigures> and </KeyFigures>`,
      `content/${PIECE}:${ADDED + 3}: <KeyFigures title="Key figures"> holds only its <KeyFigure> lines: write "Source: UNODC." as a <KeyFigure>, or move it out of the box`,
      `content/${PIECE}:${ADDED + 10}: <Acronyms> holds only its <Acronym> lines: move <KeyFigure> out of the box`,
      `content/${PIECE}:${ADDED + 10}: <KeyFigure value="2"> is a line of <KeyFigures>: write it between <KeyFigures> and </KeyFigures>`,
    ]);
  });

  it('two photos imported under one name, said once at the second import, without the misreports it used to cause', async () => {
    expect(await checkAfter({ [PIECE]: (t) => t.replace("import seminar from './seminar-sarajevo.jpg';", "import seminar from './seminar-sarajevo.jpg';\nimport seminar from './cover.jpg';") })).toEqual([
      `content/${PIECE}:8: the name "seminar" is given twice in the import lines: give each photo a name of its own (import cover from './cover.jpg';) and write that name in src={…}`,
    ]);
  });

  it('a translation named without its language, and a contact and a translation saved as .yml, each with the name to give it', async () => {
    const translation = fixtureFile('issues/001/field-visit.fr.mdx');
    expect(
      await checkAfter({
        'issues/001/field-visit.fr.mdx': null,
        'issues/001/field-visit_FR.mdx': translation,
        'issues/001/french-notes.mdx': translation,
        'contacts/zephyrquill-office.yaml': null,
        'contacts/zephyrquill-office.yml': fixtureFile('contacts/zephyrquill-office.yaml'),
        'issues/002/issue.fr.yaml': null,
        'issues/002/issue.fr.yml': fixtureFile('issues/002/issue.fr.yaml'),
      }),
    ).toEqual([
      'content/contacts/zephyrquill-office.yml: nothing reads this file: the build reads YAML files named .yaml; rename it zephyrquill-office.yaml',
      'content/issues/001/field-visit_FR.mdx:3: a translation (it has a sourceVersion) whose name does not say its language: rename it field-visit.fr.mdx',
      'content/issues/001/french-notes.mdx:3: a translation (it has a sourceVersion) whose name does not say its language: name it as its English file, with fr, sr-latn or sr-cyrl before the extension (field-visit.fr.mdx beside field-visit.mdx)',
      'content/issues/002/issue.fr.yml: nothing reads this file: the build reads YAML files named .yaml; rename it issue.fr.yaml',
      'content/issues/004/issue.yaml:9: contacts[0].contact: unknown contact "zephyrquill-office": there is no file content/contacts/zephyrquill-office.yaml; add it or correct the name',
    ]);
  });

  it('a translation whose name gives its language otherwise than the site does, with the name meant', async () => {
    const french = fixtureFile('issues/002/editorial.fr.mdx');
    expect(
      await checkAfter({
        'issues/002/editorial.fr.mdx': null,
        'issues/002/editorial.FR.mdx': french,
        'issues/002/editorial.sr.mdx': french,
        'issues/002/editorial.sr-lat.mdx': french,
        'issues/002/editorial.en.mdx': french,
        'issues/002/editorial.de.mdx': french,
        'issues/002/editorial.french.mdx': french,
        'issues/002/editorial.srpski.mdx': french,
      }),
    ).toEqual([
      'content/issues/002/editorial.de.mdx: "de" in the file name is not a language of the site; expected fr, sr-latn, sr-cyrl',
      'content/issues/002/editorial.en.mdx: "en" in the file name: the English text is the source, whose file name has no language: name it without ".en"',
      'content/issues/002/editorial.FR.mdx: "FR" in the file name: write it "fr", as the site names it',
      'content/issues/002/editorial.french.mdx: "french" in the file name: French is named "fr"',
      'content/issues/002/editorial.sr-lat.mdx: "sr-lat" in the file name is not a language of the site; expected fr, sr-latn, sr-cyrl: did you mean "sr-latn"?',
      'content/issues/002/editorial.sr.mdx: "sr" in the file name: Serbian is named with its script, sr-latn (Latin letters) or sr-cyrl (Cyrillic), the one the file is written in',
      'content/issues/002/editorial.srpski.mdx: "srpski" in the file name: Serbian is named with its script, sr-latn (Latin letters) or sr-cyrl (Cyrillic), the one the file is written in',
    ]);
  });

  it('a field of the English file written in its translation, which the translator is told to leave to the English', async () => {
    expect(
      await checkAfter({
        'issues/002/issue.fr.yaml': (t) => `${t}date: "2030-01"\n`,
        'issues/002/larkspurgate-conference.fr.mdx': (t) => t.replace('title: "Larkspurgate : une conférence"', 'title: "Larkspurgate : une conférence"\nkind: report\ntitel: "x"'),
      }),
    ).toEqual([
      'content/issues/002/issue.fr.yaml:5: "date" is not translated: the English file\'s date serves every language; delete the line',
      'content/issues/002/larkspurgate-conference.fr.mdx:5: "kind" is not translated: the English file\'s kind serves every language; delete the line',
      'content/issues/002/larkspurgate-conference.fr.mdx:6: unknown field "titel": did you mean "title"?',
    ]);
  });

  it('an unknown component, with the component meant', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('<PullQoute source="UDHR">No one shall be held in slavery.</PullQoute>') })).toEqual([
      `content/${PIECE}:${ADDED}: unknown component <PullQoute source="UDHR">: did you mean <PullQuote>? (see docs/editing.md)`,
    ]);
  });

  it('a component written in lower case, which HTML does not have either, with the component meant', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('<box kind="definition" title="Palermo">Text.</box>\n\nA <sup>superscript</sup> is HTML.') })).toEqual([
      `content/${PIECE}:${ADDED}: unknown element <box kind="definition" title="Palermo">: did you mean <Box>? (components start with a capital letter) (see docs/editing.md)`,
    ]);
  });

  it('HTML where the piece has its own way: an image without its text alternative, and a link, given in Markdown', async () => {
    const html = '<img src="/map.png" />\n\nSee <a href="../002/larkspurgate-conference.mdx">the conference</a> and <a href="https://www.unodc.org/">UNODC</a>.\n\n<a id="top"></a>Kept.';
    expect(await checkAfter({ [PIECE]: addToPiece(html) })).toEqual([
      `content/${PIECE}:${ADDED}: <img src="/map.png">: alt is required: a text alternative describing the image (better: use <Figure>, see docs/editing.md)`,
      `content/${PIECE}:${ADDED + 2}: <a href="../002/larkspurgate-conference.mdx">: write the link in Markdown, [the conference](../002/larkspurgate-conference.mdx), which the check follows and the site takes to the reader's language`,
      `content/${PIECE}:${ADDED + 2}: <a href="https://www.unodc.org/">: write the link in Markdown, [UNODC](https://www.unodc.org/), which the check follows and the site takes to the reader's language`,
    ]);
  });

  it('HTML a piece has no use for: a script, an embedded video and a form (said once, not once per field), each with what to write instead', async () => {
    const html = '<script>track()</script>\n\n<iframe src="https://www.youtube.com/embed/x" title="The seminar on video"></iframe>\n\n<form action="https://example.org/register"><input name="email" /></form>';
    expect(await checkAfter({ [PIECE]: addToPiece(html) })).toEqual([
      `content/${PIECE}:${ADDED}: <script>: a piece carries no script: every page but search works without JavaScript; delete it`,
      `content/${PIECE}:${ADDED + 2}: <iframe src="https://www.youtube.com/embed/x" title="The seminar on video">: a piece embeds no page, video or sound, which the printed letter cannot carry: link to it instead, [The seminar on video](https://www.youtube.com/embed/x)`,
      `content/${PIECE}:${ADDED + 4}: <form action="https://example.org/register">: a piece holds no form: link to the page that has it instead, […](https://example.org/register)`,
    ]);
  });

  it('a translation\'s link to its own heading, by the English anchor it takes on the page or by its own', async () => {
    const translation = 'issues/001/field-visit.fr.mdx';
    const links = '\nVoir [le séminaire](#the-seminar), [encore](#le-séminaire) et [ailleurs](#nulle-part).\n';
    expect(await checkAfter({ [translation]: (t) => `${t}${links}` })).toEqual([
      `content/${translation}:19: the link "#nulle-part" points to a heading this piece does not have; its headings are: #the-seminar`,
    ]);
  });

  it('a link to another piece\'s translation names a heading by the English anchor, which the translated page uses too', async () => {
    const links = '\nSee [the seminar](../001/field-visit.fr.mdx#the-seminar) and [le séminaire](../001/field-visit.fr.mdx#le-séminaire).\n';
    expect(await checkAfter({ 'issues/002/larkspurgate-conference.mdx': (t) => `${t}${links}` })).toEqual([
      expect.stringMatching(/the link "\.\.\/001\/field-visit\.fr\.mdx#le-séminaire" points to a heading that the English content\/issues\/001\/field-visit\.mdx, whose anchors every language's page uses, does not have; its headings are: #the-seminar$/),
    ]);
  });

  it('Cyrillic in a Serbian file written in Latin script, which the Latin pages would show as it is', async () => {
    const translation = 'issues/001/field-visit.sr-latn.mdx';
    const written = fixtureFile('issues/001/field-visit.fr.mdx').replace('sourceVersion', '# Преводилац: коментар.\nsourceVersion');
    expect(await checkAfter({ [translation]: `${written}\nSeminar je održan u Београду.\n\nGospođa <Foreign lang="ru">Иванова</Foreign> {/* Иванова */} je govorila.\n` })).toEqual([
      `content/${translation}:20: "Београду" is in Cyrillic in a file written in Latin script (sr-latn): write it in Latin letters, as the build makes the Cyrillic pages from this file (a name to keep as written goes in <Foreign>…</Foreign>)`,
    ]);
  });

  it('a name in a language no browser or screen reader knows, in a piece and in a text field', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('Named <Foreign lang="french">Quillonbrae</Foreign>, <Foreign lang="xx">Brae</Foreign>, <Foreign lang="sr-Latn">Brdo</Foreign>.') })).toEqual([
      `content/${PIECE}:${ADDED}: <Foreign lang="french">: lang must be the language of the name as a language tag, e.g. lang="fr", lang="sr-Latn"`,
      `content/${PIECE}:${ADDED}: <Foreign lang="xx">: lang must be the language of the name as a language tag, e.g. lang="fr", lang="sr-Latn"`,
    ]);
    const translation = 'issues/001/field-visit.fr.mdx';
    expect(await checkAfter({ [translation]: (t) => t.replace(/^title: .*$/m, `title: "Une visite de <Foreign lang='xx'>Quillonbrae</Foreign>"`) })).toEqual([
      `content/${translation}:5: title: found lang="xx": expected the name's language as a language tag, e.g. lang="fr"`,
    ]);
  });

  it('a component with a wrong or unknown attribute, or without one it needs', async () => {
    expect(
      await checkAfter({ [PIECE]: addToPiece('<Box kind="defintion" titel="Palermo">Text.</Box>\n\n<QA>What?</QA>\n\n<DocumentLink href="www.unodc.org">Report</DocumentLink>\n\n<DocumentLink hreff="https://www.unodc.org/report.pdf">Report</DocumentLink>') }),
    ).toEqual([
      `content/${PIECE}:${ADDED}: <Box kind="defintion" titel="Palermo">: kind must be definition or sidebar`,
      `content/${PIECE}:${ADDED}: <Box kind="defintion" titel="Palermo">: unknown attribute "titel": did you mean "title"?`,
      `content/${PIECE}:${ADDED + 2}: <QA>: question is required: the question, e.g. question="What is your role?"`,
      `content/${PIECE}:${ADDED + 4}: <DocumentLink href="www.unodc.org">: href must be the document's full address, starting with https://`,
      `content/${PIECE}:${ADDED + 6}: <DocumentLink hreff="https://www.unodc.org/report.pdf">: unknown attribute "hreff": did you mean "href"?`,
    ]);
  });

  it('a value written in braces, checked as a value in quotes is (it would stop the page when it renders)', async () => {
    expect(
      await checkAfter({ [PIECE]: addToPiece('<KeyFigures>\n<KeyFigure value={30}>victims</KeyFigure>\n</KeyFigures>\n\n<Box kind={"defintion"} title={2026}>Text.</Box>\n\n<Box kind={\'sidebar\'}>Text.</Box>') }),
    ).toEqual([
      `content/${PIECE}:${ADDED + 1}: <KeyFigure value={30}>: value must be text in quotes: the figure as printed, e.g. value="€1,830,000"`,
      `content/${PIECE}:${ADDED + 4}: <Box kind="defintion" title={2026}>: title must be text in quotes: the heading of the box`,
      `content/${PIECE}:${ADDED + 4}: <Box kind="defintion" title={2026}>: kind must be definition or sidebar`,
    ]);
  });

  it('a box written inside a sentence, where it would cut the paragraph in two, or opened on a line of text: it starts its own paragraph', async () => {
    const ownParagraph = (name: string) => `<${name}> is a block, which must start its own paragraph: write <${name}> and </${name}> on lines of their own, with a blank line before and after`;
    expect(await checkAfter({ [PIECE]: addToPiece('We can note the <DocumentLink href="https://www.unodc.org/digest.pdf">Case Digest</DocumentLink>, based on 135 cases.\n\nThe report says <PullQuote>No one shall be held in slavery.</PullQuote> and more.') })).toEqual([
      `content/${PIECE}:${ADDED}: <DocumentLink href="https://www.unodc.org/digest.pdf">: ${ownParagraph('DocumentLink')}; to link to a document from a sentence, write [its title](address)`,
      `content/${PIECE}:${ADDED + 2}: <PullQuote>: ${ownParagraph('PullQuote')}`,
    ]);
    // Its text on the line of one tag and not of the other, MDX cannot read.
    expect(await checkAfter({ [PIECE]: addToPiece('The report says:\n<PullQuote>No one shall be held in slavery.\n</PullQuote>') })).toEqual([
      `content/${PIECE}:${ADDED + 1}: MDX syntax error: ${ownParagraph('PullQuote')}`,
    ]);
    expect(await checkAfter({ [PIECE]: addToPiece('The report says:\n\n<PullQuote>\nNo one shall be held in slavery.\n</PullQuote>\n\nAnd more.') })).toEqual([]);
  });

  it('a name the piece does not define, read in braces: a misspelt photo, or words in braces meant as text, said once', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('<Figure src={seminr} alt="The seminar">A caption.</Figure>\n\nSee the annex {annex} and {/* a comment */}.\n\nSee Article 26 {non-punishment}.\n\n<Figure src={photo} alt="The seminar">A caption.</Figure>') })).toEqual([
      `content/${PIECE}:${ADDED}: {seminr}: "seminr" is not defined in this piece: did you mean {seminar}? (to write a brace as text, write \\{)`,
      `content/${PIECE}:${ADDED + 2}: {annex}: in MDX, braces hold code, not text: to show them, write \\{annex\\}, or leave them out`,
      `content/${PIECE}:${ADDED + 4}: {non-punishment}: in MDX, braces hold code, not text: to show them, write \\{non-punishment\\}, or leave them out`,
      `content/${PIECE}:${ADDED + 6}: {photo}: "photo" is not defined in this piece: a photo is named by its import line at the top of the piece (to write a brace as text, write \\{)`,
    ]);
  });

  it('a brace meant as text around a figure or a word, which the page would drop', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('The budget {2026} is set.\n\n{"Palermo protocol"}') })).toEqual([
      `content/${PIECE}:${ADDED}: {2026}: the page would show what is in the braces without them: to write a brace as text, write \\{ (a comment is written {/* … */})`,
      `content/${PIECE}:${ADDED + 2}: {"Palermo protocol"}: the page would show what is in the braces without them: to write a brace as text, write \\{ (a comment is written {/* … */})`,
    ]);
  });

  it('an image without its text alternative', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('<Figure src={seminar}>A caption.</Figure>\n\n![](./seminar-sarajevo.jpg)') })).toEqual([
      `content/${PIECE}:${ADDED}: <Figure src={…}>: alt is required: a text alternative describing the image for readers who cannot see it`,
      `content/${PIECE}:${ADDED + 2}: the image "./seminar-sarajevo.jpg" has no text alternative: describe it between the brackets, ![A description](./seminar-sarajevo.jpg), or use <Figure> (see docs/editing.md)`,
    ]);
  });

  it('a text alternative that says nothing of the picture: "Photo", a file name', async () => {
    expect(
      await checkAfter({
        [PIECE]: addToPiece('<Figure src={seminar} alt="Photo">A caption.</Figure>'),
        'issues/001/issue.yaml': (t) => t.replace(/^coverAlt: .*$/m, 'coverAlt: "cover.jpg"'),
      }),
    ).toEqual([
      `content/${PIECE}:${ADDED}: <Figure src={…} alt="Photo">: alt must say what the picture shows, for readers who cannot see it, e.g. "Participants seated around a table at the Sarajevo seminar"`,
      'content/issues/001/issue.yaml:8: coverAlt: must say what the picture shows, for readers who cannot see it, e.g. "Participants seated around a table at the Sarajevo seminar"',
    ]);
  });

  it('an image given as a file name instead of an imported image, with the import to write', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('<Figure src="./seminar-sarajevo.jpg" alt="The seminar" />') })).toEqual([
      `content/${PIECE}:${ADDED}: <Figure src="./seminar-sarajevo.jpg" alt="The seminar">: src must be an imported image, not its file's name: put import seminarSarajevo from './seminar-sarajevo.jpg'; at the top of the file and write src={seminarSarajevo}`,
    ]);
  });

  it('a component that holds nothing, which the page would show as an empty box, with what it should hold; an MDX comment is nothing, an image something', async () => {
    const empty = '<PullQuote source="Article 4"></PullQuote>\n\n<QA question="What is your role?" />\n\n<Box title="Definition">\n{/* to write */}\n</Box>\n\n<DocumentLink href="https://www.unodc.org/report.pdf" format="PDF">The report</DocumentLink>\n\n<Box title="Map">\n![The region](./cover.jpg)\n</Box>';
    expect(await checkAfter({ [PIECE]: addToPiece(empty) })).toEqual([
      `content/${PIECE}:${ADDED}: <PullQuote source="Article 4"> holds nothing: write the words quoted between <PullQuote> and </PullQuote>`,
      `content/${PIECE}:${ADDED + 2}: <QA question="What is your role?"> holds nothing: write the answer between <QA> and </QA>`,
      `content/${PIECE}:${ADDED + 4}: <Box title="Definition"> holds nothing: write the text of the box between <Box> and </Box>`,
    ]);
  });

  it('a file that nothing reads, with what to do about a phone photo, a Word document or any other file', async () => {
    expect(
      await checkAfter({
        'issues/001/notes.txt': 'Ideas for the next issue.',
        'issues/001/IMG_0412.heic': 'ftypheic',
        'issues/001/Field visit.docx': 'PK',
        'notes.txt': 'Ideas for the next issue.',
      }),
    ).toEqual([
      "content/issues/001/Field visit.docx: nothing reads this file: the site publishes the pieces written as .mdx, not documents; copy its text into a piece (see \"Write the editorial and the pieces\" in docs/editing.md), then move the document out of the content folder",
      'content/issues/001/IMG_0412.heic: "IMG_0412.heic" is a HEIC file, which the site cannot show: open it in an image editor and save it as JPEG or PNG (see "Photos" in docs/editing.md)',
      "content/issues/001/notes.txt: nothing reads this file: an issue's folder holds issue.yaml, agenda.yaml, the pieces (.mdx), their translations and their images; move it out of the content folder",
      "content/notes.txt: nothing reads this file: an issue's files go in content/issues/NNN/ (issue.yaml, agenda.yaml, pieces as .mdx, images), contacts in content/contacts/",
    ]);
  });

  it('a placeholder left in an issue that is published', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('TODO: a last paragraph.') })).toEqual([
      `content/${PIECE}:${ADDED}: still holds a placeholder to write ("TODO: a last paragraph."); an issue that is scheduled or published must have none (or set status: draft)`,
    ]);
  });

  it('a link from a published issue to one that is not', async () => {
    expect(await checkAfter({ [PIECE]: addToPiece('See [the harbour](../003/marmaladewood-harbour.mdx).') })).toEqual([
      `content/${PIECE}:${ADDED}: this link leads to issue N° 3, which is a draft: on the published site it would lead nowhere; link to it once it is published`,
    ]);
  });

  it('a kind of piece, an e-mail address or a country code that does not exist; a country written by its name or in small letters, with its code', async () => {
    expect(
      await checkAfter({
        // ZZ is a code Intl knows, as "Unknown Region": no country.
        [PIECE]: (t) => t.replace('kind: report', 'kind: opinion').replace('countries: [BA]', 'countries: [Bosnia, ZZ, XK, rs, North Macedonia, Atlantis]'),
        'contacts/regional-expert.yaml': (t) => t.replace('mira.testova@example.org', 'mira.testova.example.org'),
      }),
    ).toEqual([
      'content/contacts/regional-expert.yaml:4: email: expected an e-mail address, e.g. name@diplomatie.gouv.fr',
      `content/${PIECE}:3: kind: expected one of: focus, return-to, word-from, three-questions, interview, overview, report`,
      `content/${PIECE}:4: countries[0]: expected an ISO 3166-1 alpha-2 country code: Bosnia is "BA"`,
      `content/${PIECE}:4: countries[1]: expected an ISO 3166-1 alpha-2 country code in capitals, e.g. "RS" (Kosovo: "XK")`,
      `content/${PIECE}:4: countries[3]: write the country code in capitals: "RS"`,
      `content/${PIECE}:4: countries[4]: expected an ISO 3166-1 alpha-2 country code: North Macedonia is "MK"`,
      `content/${PIECE}:4: countries[5]: expected an ISO 3166-1 alpha-2 country code in capitals, e.g. "RS" (Kosovo: "XK")`,
    ]);
    // An address copied from a link keeps its "mailto:".
    expect(await checkAfter({ 'contacts/regional-expert.yaml': (t) => t.replace('email: mira', 'email: mailto:mira') })).toEqual([
      'content/contacts/regional-expert.yaml:4: email: write the address without "mailto:": mira.testova@example.org',
    ]);
    // A web address as a browser's bar shows it.
    expect(await checkAfter({ 'contacts/zephyrquill-office.yaml': (t) => `${t}web: www.zephyrquill.example/office\n` })).toEqual([
      'content/contacts/zephyrquill-office.yaml:4: web: write the address in full, with its https://: "https://www.zephyrquill.example/office"',
    ]);
  });

  it('an account on X named "x", or given by its address or a name X does not allow, with what to write', async () => {
    expect(
      await checkAfter({
        'contacts/regional-expert.yaml': (t) =>
          t.replace('network: twitter\n    handle: "@miratestova"', 'network: twitter\n    handle: https://x.com/miratestova').replace('network: youtube', 'network: X'),
        'contacts/zephyrquill-office.yaml': (t) => `${t}social:\n  - network: twitter\n    handle: "Zephyrquill Office"\n`,
      }),
    ).toEqual([
      'content/contacts/regional-expert.yaml:7: social[0].handle: write the account\'s name, "@miratestova", not its address',
      'content/contacts/regional-expert.yaml:10: social[2].network: expected one of: twitter, facebook, linkedin, youtube: did you mean "twitter"?',
      'content/contacts/zephyrquill-office.yaml:6: social[0].handle: expected the account\'s name as X shows it, e.g. "@FranceONUVienne"',
    ]);
  });

  it('a country written with the code the EU uses, not ISO 3166\'s, with the code meant (Intl would take UK for GB)', async () => {
    expect(await checkAfter({ [PIECE]: (t) => t.replace('countries: [BA]', 'countries: [UK, EL, GB, GR]') })).toEqual([
      `content/${PIECE}:4: countries[0]: UK is not an ISO 3166 country code: the United Kingdom is GB`,
      `content/${PIECE}:4: countries[1]: EL is not an ISO 3166 country code: Greece is GR`,
    ]);
  });

  it('a no-break space pasted from a word processor where YAML needs a space, in YAML files and front matter; one inside a text is the text\'s', async () => {
    expect(
      await checkAfter({
        'issues/001/issue.yaml': (t) => t.replace('  - field-visit', '\u00a0 - field-visit'),
        'issues/001/agenda.yaml': (t) => t.replace('    section: in-brief', '\u00a0   section: in-brief'),
        'contacts/regional-expert.yaml': (t) => t.replace('kind: person', 'kind:\u00a0person'),
        [PIECE]: (t) => t.replace('title: "A field visit', 'title:\u00a0"A field visit'),
        'issues/002/issue.yaml': (t) => t.replace('status: scheduled', 'status: scheduled\u00a0'),
      }),
    ).toEqual([
      'content/contacts/regional-expert.yaml:2: kind: a no-break space (as pasted from a word processor) after "kind:": replace it with an ordinary space',
      'content/issues/001/agenda.yaml:3: section: a no-break space (as pasted from a word processor) in the indentation of this line: replace it with an ordinary space',
      `content/${PIECE}:2: title: a no-break space (as pasted from a word processor) after "title:": replace it with an ordinary space`,
      'content/issues/001/issue.yaml:12: pieces: a no-break space (as pasted from a word processor) in the indentation of this line: replace it with an ordinary space',
      'content/issues/002/issue.yaml:6: status: a no-break space (as pasted from a word processor) at the end of this line: replace it with an ordinary space',
    ]);
    // French typography puts them before ":" and inside « », in a text as in a block text.
    expect(
      await checkAfter({
        [PIECE]: (t) => t.replace('title: "A field visit to Sarajevo"', 'title: "Visite\u00a0: «\u00a0Sarajevo\u00a0»"'),
        'issues/001/issue.yaml': (t) => t.replace('  A published issue', '  Lieu\u00a0: un numéro publié'),
      }),
    ).toEqual([]);
  });

  it('a list entry opened with a dash, as a word processor makes of "- "; a dash opening a line of a block text, or of a text going on below its field, is text', async () => {
    expect(
      await checkAfter({
        'issues/001/issue.yaml': (t) => t.replace('  - field-visit', '  – field-visit'),
        'issues/001/agenda.yaml': (t) => t.replace('  - id: sarajevo-seminar', '  — id: sarajevo-seminar'),
      }),
    ).toEqual([
      'content/issues/001/agenda.yaml:2: events: a list entry starts with "- ", a hyphen and a space, not the dash "—" a word processor makes of it: write "- id: sarajevo-seminar"',
      'content/issues/001/issue.yaml:12: pieces: a list entry starts with "- ", a hyphen and a space, not the dash "–" a word processor makes of it: write "- field-visit"',
    ]);
    expect(await checkAfter({ 'issues/001/issue.yaml': (t) => t.replace('  A published issue', '  – A published issue') })).toEqual([]);
    expect(
      await checkAfter({
        'issues/001/issue.yaml': (t) => t.replace('title: "Training judges across the region"', 'title: Training judges\n  – across the region'),
        'issues/001/agenda.yaml': (t) => t.replace('    title: "Seminar on forced criminality"', '    title: Seminar\n      — on forced criminality\n      — in Sarajevo'),
      }),
    ).toEqual([]);
  });

  it('a required field written under a misspelt name: the unknown field with the name meant, not also the field missing', async () => {
    expect(await checkAfter({ [PIECE]: (t) => t.replace('title:', 'tittle:') })).toEqual([
      `content/${PIECE}:2: unknown field "tittle": did you mean "title"?`,
    ]);
    // A name that suggests no field leaves the field reported missing.
    expect(await checkAfter({ [PIECE]: (t) => t.replace('title:', 'heading:') })).toEqual([
      `content/${PIECE}:2: title: missing (expected text)`,
      `content/${PIECE}:2: unknown field "heading"; the fields are: title, kind, standfirst, countries, themes, people`,
    ]);
  });

  it('an event\'s date written day first: the date\'s form, with the date in it, and no false "end before start"', async () => {
    expect(await checkAfter({ 'issues/001/agenda.yaml': (t) => t.replace('date: "2029-10-12"', 'date: "14/10/2029"\n    end: "2029-10-15"') })).toEqual([
      'content/issues/001/agenda.yaml:4: events[0].date: expected a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes), year first: "2029-10-14"',
    ]);
    expect(await checkAfter({ 'issues/001/agenda.yaml': (t) => t.replace('date: "2029-10-12"', 'date: "2029-10-12"\n    end: "15.10.2029"') })).toEqual([
      'content/issues/001/agenda.yaml:5: events[0].end: expected a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes), year first: "2029-10-15"',
    ]);
  });

  it('a date written in words or without its zeros, with the date in the fields\' form', async () => {
    const dated = (date: string) => checkAfter({ 'issues/001/agenda.yaml': (t) => t.replace('date: "2029-10-12"', `date: "${date}"`) });
    const expected = (how: string, date: string) => [`content/issues/001/agenda.yaml:4: events[0].date: expected a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes), ${how}: "${date}"`];
    expect(await dated('October 2029')).toEqual(expected('in figures, year first', '2029-10'));
    expect(await dated('12 Oct. 2029')).toEqual(expected('in figures, year first', '2029-10-12'));
    expect(await dated('2029-10-5')).toEqual(expected('with two figures for the month and the day', '2029-10-05'));
    expect(await dated('2029-9')).toEqual(expected('with two figures for the month and the day', '2029-09'));
    // No date of the calendar: the form alone.
    expect(await dated('31 September 2029')).toEqual(['content/issues/001/agenda.yaml:4: events[0].date: expected a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes), e.g. "2019-04"']);
  });

  it('an event over several days written in one date field, with the two fields to write', async () => {
    expect(await checkAfter({ 'issues/001/agenda.yaml': (t) => t.replace('date: "2029-10-12"', 'date: "2029-10-12 to 2029-10-14"') })).toEqual([
      'content/issues/001/agenda.yaml:4: events[0].date: one date per field: for an event over several days, write its first day here, "2029-10-12", and its last in end: "2029-10-14"',
    ]);
  });

});
