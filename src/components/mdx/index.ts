import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { ComponentName } from './props.ts';
import KeyFigures from './KeyFigures.astro';
import KeyFigure from './KeyFigure.astro';
import Box from './Box.astro';
import PullQuote from './PullQuote.astro';
import QA from './QA.astro';
import Acronyms from './Acronyms.astro';
import Acronym from './Acronym.astro';
import Abbr from './Abbr.astro';
import PartnerCountries from './PartnerCountries.astro';
import Figure from './Figure.astro';
import MissingPhoto from './MissingPhoto.astro';
import DocumentLink from './DocumentLink.astro';
import Foreign from './Foreign.astro';

/** The components editors may use in any piece without importing them; their names and attributes are in props.ts. */
export const mdxComponents = {
  KeyFigures,
  KeyFigure,
  Box,
  PullQuote,
  QA,
  Acronyms,
  Acronym,
  Abbr,
  PartnerCountries,
  Figure,
  MissingPhoto,
  DocumentLink,
  Foreign,
} satisfies Record<ComponentName, AstroComponentFactory>;
