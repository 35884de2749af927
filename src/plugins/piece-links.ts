import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { defineMdastPlugin, type MdastNode, type PluginFactoryContext } from 'satteri';
import type { Link } from 'mdast';
import { headingAnchorsOfFile, textOf } from './heading-anchors.ts';
import { atLine, documentPath, reportProblem } from './problems.ts';
import { asSlug, closest, SLUG_PATTERN } from '../schemas/common.ts';
import { shownPath } from '../lib/content-error.ts';
import { LOCALES, SOURCE_LOCALE } from '../i18n/locales.ts';
import { issueFolderName } from '../lib/archive.ts';
import { urls } from '../lib/urls.ts';
import { CONTENT_DIR } from '../lib/content-dir.ts';
import { SITE } from '../lib/site-address.ts';
import { buildDate } from '../lib/publication.ts';
import { leftOutOfProduction } from '../lib/unpublished-content.ts';
import { translationSourceFile } from '../lib/translations.ts';
import { isProductionBuild } from '../integrations/build-mode.ts';

const LINK_HINT = 'link to a piece by its file, ./slug.mdx or ../012/slug.mdx (add #heading for one of its headings)';

let leftOut: ReadonlySet<string> | undefined;
/**
 * The issue folders a production build leaves out (drafts, issues scheduled for later), where a link
 * would lead nowhere on the published site. None in the preview, which shows every issue, nor for the
 * check command, which reports such links itself with the day they become valid.
 */
const unpublishedFolders = () =>
  isProductionBuild() ? (leftOut ??= new Set(leftOutOfProduction(CONTENT_DIR, buildDate()).issueFolders)) : new Set<string>();

/** What a link says to a reader: its text, and the text alternative of an image it holds. */
const spokenText = (node: MdastNode): string =>
  node.type === 'image' ? (node.alt ?? '') : 'children' in node ? node.children.map((child) => spokenText(child as MdastNode)).join('') : textOf(node);

/** The schemes of the full addresses a piece links to; anything else is most likely a typo ("htps:"). */
const SCHEMES = ['https', 'http', 'mailto', 'tel'];
const SCHEME = /^([a-z][a-z\d+.-]*):/i;
/** What Markdown leaves as text of a link written wrongly: "[UNODC] (https://…)", or "[report](https://…/a report.pdf)" cut at the space. */
const UNREAD_LINK = /\[[^\]\n]*\]\s?\((?:https?:|mailto:|\.{0,2}\/|$)/;

/** A link to a piece's file: folder part, file name, optional #anchor. */
const PIECE_FILE = /^(\.{1,2}\/[^#?]*?)([^/#?]+)\.mdx?(#[^?]*)?$/;

/** The piece a link written in `folder` points to, when it is a link to a piece's file: its .mdx path, file name and #anchor. */
export function linkedPiece(url: string, folder: string): { target: string; name: string; hash: string } | undefined {
  const match = PIECE_FILE.exec(url);
  if (!match) return undefined;
  const [, folderPart, name, hash = ''] = match;
  return { target: resolve(folder, `${folderPart}${name}.mdx`), name: name!, hash };
}

/**
 * Editors link to another piece by its file (`./french-strategy.mdx`, `../012/french-strategy.mdx#a-french-concern`);
 * this turns such links into the piece's page address in the source locale ("/en/issues/10/editorial/"),
 * which rehype-piece-fragment moves to the reader's locale when the piece is placed in its page. A link
 * to a missing file, or to a heading that the piece does not have, is reported at the link's line.
 */
export function pieceLinks(document: PluginFactoryContext) {
  const from = documentPath(document);
  if (!from) return undefined;
  const ownAnchorLinks: Link[] = [];
  return defineMdastPlugin({
    name: 'piece-links',
    options: { position: true },
    text(node, ctx) {
      const unread = UNREAD_LINK.exec(node.value);
      if (unread) {
        const line = (node.position?.start.line ?? 0) + (node.value.slice(0, unread.index).match(/\n/g)?.length ?? 0);
        reportProblem(ctx, unreadLinkMessage(unread[0], node.value.slice(unread.index + unread[0].length)), line ? atLine(line) : node);
      }
    },
    link(node, ctx) {
      if (!spokenText(node as MdastNode).trim()) {
        reportProblem(ctx, `the link to "${node.url}" has no text: write what it leads to between the square brackets, as in [UNODC](https://www.unodc.org/), so that every reader, with a screen reader too, knows where it goes`, node);
      }
      if (node.url.startsWith('#')) {
        ownAnchorLinks.push(node);
        return;
      }
      const onThisSite = pathOnThisSite(node.url);
      if (onThisSite !== undefined && PAGE_ADDRESS.test(onThisSite.replace(/[?#].*$/, ''))) {
        const meant = meantFileLink(onThisSite, dirname(from));
        const hint = meant ? `link to the piece by its file: "${meant}"` : LINK_HINT;
        reportProblem(ctx, `the link "${node.url}" is a piece's address on this site, which keeps every reader in the language it names: ${hint}`, node);
        return;
      }
      const piece = linkedPiece(node.url, dirname(from));
      if (!piece) {
        const scheme = SCHEME.exec(node.url)?.[1]?.toLowerCase();
        if (scheme !== undefined && !SCHEMES.includes(scheme)) {
          const meant = closest(scheme, SCHEMES);
          reportProblem(ctx, `the link "${node.url}" starts with "${scheme}:", which a full address on a page does not: ${meant ? `did you mean "${meant}:"?` : `write https:, http:, mailto: or tel:`}`, node);
        }
        // Any other address without a scheme (https:, mailto:) is a path on the site, which only a link by file keeps right in every language.
        if (scheme === undefined) {
          const meant = meantFileLink(node.url, dirname(from));
          const hint = meant ? `link to the piece by its file: "${meant}"` : `${LINK_HINT}, or give a full address (https://…)`;
          reportProblem(ctx, `the link "${node.url}" is not an address the site can keep: ${hint}`, node);
        }
        return;
      }
      const { target, name, hash } = piece;
      const existing = [target, target.replace(/\.mdx$/, '.md')].find((path) => existsSync(path));
      const misnamed = existing ? undefined : misnamedPiece(name, dirname(target));
      if (misnamed) {
        reportProblem(ctx, `the link "${node.url}" will lead to the piece once its file, "${misnamed}", is renamed ${name}.mdx, as a piece's file name is written in lower-case letters, digits and hyphens`, node);
        return;
      }
      if (!existing) {
        const pieces = piecesIn(dirname(target));
        const closeName = closest(`${name}.mdx`, pieces);
        const meant = closeName ? node.url.replace(/[^/#?]+\.mdx?(?=#|$)/, closeName) : meantFileLink(node.url, dirname(from));
        // Nothing close: the pieces the folder does hold, for the editor to pick from.
        const hint = meant ? `did you mean "${meant}"?` : pieces.length > 0 ? `the pieces in ${shownPath(dirname(target))}/ are ${pieces.join(', ')}` : LINK_HINT;
        reportProblem(ctx, `the link "${node.url}" points to a file that does not exist (${shownPath(target)}); ${hint}`, node);
        return;
      }
      // Every language's page of a piece gives its headings the English file's anchors: a link to a
      // translation's heading must name the English one.
      const wanted = decodeURIComponent(hash.slice(1));
      const english = translationSourceFile(existing);
      const anchors = wanted ? headingAnchorsOfFile(english ?? existing) : undefined;
      if (anchors && !anchors.has(wanted)) {
        const which = english ? `the English ${shownPath(english)}, whose anchors every language's page uses,` : shownPath(existing);
        reportProblem(ctx, `the link "${node.url}" points to a heading that ${which} does not have; ${anchorHint(anchors)}`, node);
      }
      const issueNumber = Number.parseInt(basename(dirname(target)), 10);
      if (unpublishedFolders().has(basename(dirname(target)))) {
        reportProblem(ctx, `the link "${node.url}" leads to issue N° ${issueNumber}, which this build leaves out (a draft, or scheduled for a later day): on the published site it would lead nowhere; link to it once it is published`, node);
      }
      ctx.setProperty(node, 'url', `${urls.piece(SOURCE_LOCALE, issueNumber, name.replace(/\.[a-z]{2}(-[a-z]{4})?$/, ''))}${hash}`);
    },
    // Links to this piece's own headings are checked against its anchors as any other piece's are. A
    // translation's headings take the English ones' anchors on the page, so a link it keeps from the
    // English (#the-programme) is right, and so is one to its own heading (#le-programme), which the page
    // turns into the English anchor.
    after(_root, ctx) {
      if (ownAnchorLinks.length === 0) return;
      const english = translationSourceFile(from);
      const englishAnchors = english === undefined ? undefined : headingAnchorsOfFile(english);
      const ownAnchors = headingAnchorsOfFile(from) ?? new Set<string>();
      for (const link of ownAnchorLinks) {
        const wanted = decodeURIComponent(link.url.slice(1));
        if (wanted && !ownAnchors.has(wanted) && !englishAnchors?.has(wanted)) {
          reportProblem(ctx, `the link "${link.url}" points to a heading this piece does not have; ${anchorHint(englishAnchors ?? ownAnchors)}`, link);
        }
      }
    },
  });
}

/**
 * What to say of a link Markdown left as text (`start`, followed by `rest`). A link to a file named with
 * spaces ("./field visit.mdx") is one to a file misnamed: the advice is the name it should have, not %20.
 */
function unreadLinkMessage(start: string, rest: string): string {
  const local = /\]\((\.{1,2}\/)$/.exec(start)?.[1];
  const [written, path, hash = ''] = (local && /^([^)\n]* [^)\n]*?)\.mdx?(#[^)\s]*)?\)/.exec(rest)) || [];
  const meant = path && asSlug(basename(path));
  if (written && path && meant) {
    return `"${start}${written}" reads as text, not as a link: a piece's file name has no spaces; name the file in lower-case words joined by hyphens, ${meant}.mdx, and link to ${local}${join(dirname(path), `${meant}.mdx`)}${hash}`;
  }
  return `"${start}" reads as text, not as a link: write [what it leads to](address), with nothing between ] and (, and no space in the address (write a space in it as %20)`;
}

/** The name, without .mdx, of an English piece's file (a translation's has a second dot). */
const pieceFileStem = (file: string) => /^([^.]+)\.mdx?$/.exec(file)?.[1];
/** Whether a file is an English piece's named as the build takes it: its name a slug. */
const isPieceFileName = (file: string) => SLUG_PATTERN.test(pieceFileStem(file) ?? '');

/** The English pieces' files of a folder, among which a misspelt link's target is looked for. */
function piecesIn(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter(isPieceFileName).sort() : [];
}

/** A file of that folder named as `name` written another way ("Field-Visit.mdx" for field-visit), which the check asks to rename. */
function misnamedPiece(name: string, folder: string): string | undefined {
  const files = existsSync(folder) ? readdirSync(folder) : [];
  return files.find((file) => asSlug(pieceFileStem(file) ?? '') === name);
}

/** The site's origin; none when QL_SITE is not an address, which is Astro's to report. */
const SITE_ORIGIN = URL.canParse(SITE) ? new URL(SITE).origin : undefined;

/** The path of a full address on this site (https://…/fr/issues/12/…), with its query and #anchor; undefined for any other address. */
function pathOnThisSite(url: string): string | undefined {
  if (SITE_ORIGIN === undefined || !URL.canParse(url)) return undefined;
  const address = new URL(url);
  return address.origin === SITE_ORIGIN ? `${address.pathname}${address.search}${address.hash}` : undefined;
}

const PAGE_ADDRESS = new RegExp(`^/(?:${LOCALES.map((locale) => locale.path).join('|')})/issues/(\\d+)/([^/]+)/?$`);

/**
 * The link by file that a link written another way most likely means, when that piece (or one of a near
 * name) exists: a piece page's address copied from the site (/fr/issues/12/french-strategy/), a file named
 * without its .mdx (./field-visit), an issue folder without its leading zeros (../12/french-strategy.mdx).
 */
function meantFileLink(url: string, folder: string): string | undefined {
  const [, path = '', hash = ''] = /^([^#?]*)(?:\?[^#]*)?(#.*)?$/.exec(url) ?? [];
  const page = PAGE_ADDRESS.exec(path);
  const written = page ? `../${page[1]}/${page[2]}` : /^\.{1,2}\//.test(path) ? path.replace(/\/$/, '').replace(/\.mdx?$/, '') : undefined;
  if (written === undefined) return undefined;
  const target = resolve(folder, written.replace(/(?<=^\.\.\/)\d+(?=\/)/, (number) => issueFolderName(Number(number))));
  const name = closest(`${basename(target)}.mdx`, piecesIn(dirname(target)));
  if (!name) return undefined;
  const link = relative(folder, join(dirname(target), name));
  return `${link.startsWith('../') ? '' : './'}${link}${hash}`;
}

const anchorHint = (anchors: Set<string>) =>
  anchors.size > 0 ? `its headings are: ${[...anchors].map((a) => `#${a}`).join(', ')}` : 'it has no headings to link to';
