import { remarkComponents } from './remark-components.ts';
import { remarkImages } from './remark-images.ts';
import { remarkPieceLinks } from './remark-piece-links.ts';
import { remarkReportProblems } from './remark-report-problems.ts';

/**
 * The remark plugins that check (and, for links, rewrite) what editors write in a piece. The check
 * command runs exactly these; the build runs them followed by the one that stops it on a problem.
 */
export const checkingRemarkPlugins = [remarkPieceLinks, remarkComponents, remarkImages];
export const buildRemarkPlugins = [...checkingRemarkPlugins, remarkReportProblems];
