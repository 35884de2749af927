/**
 * The ids pages give their own parts: the main content (every page) and the parts of an issue's page. There,
 * each piece's section takes the piece's file name as its id (and prefixes its headings' ids with it), so a
 * piece may not be named as one of these parts.
 */
export const PAGE_IDS = { main: 'main', inThisIssue: 'in-this-issue', agenda: 'agenda', contacts: 'contacts' } as const;

/** File names a piece cannot take: the pages' own ids, and the issue's own file (issue.yaml). */
export const RESERVED_PIECE_NAMES: ReadonlySet<string> = new Set([...Object.values(PAGE_IDS), 'issue']);
