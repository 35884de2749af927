import { componentTags } from './component-tags.ts';
import { typedMarkers } from './typed-markers.ts';
import { pieceImages } from './piece-images.ts';
import { pieceFootnotes } from './piece-footnotes.ts';
import { pieceHeadings } from './piece-headings.ts';
import { pieceLinks } from './piece-links.ts';
import { reportProblems } from './report-problems.ts';
import { translationHeadings } from './translation-headings.ts';

/**
 * The Sätteri mdast plugins that check (and, for links, rewrite) what editors write in a piece. The check
 * command runs exactly these; the build runs them followed by the one that stops it on a problem.
 */
export const checkingPlugins = [pieceLinks, componentTags, pieceImages, pieceFootnotes, pieceHeadings, typedMarkers, translationHeadings];
export const buildPlugins = [...checkingPlugins, reportProblems];
