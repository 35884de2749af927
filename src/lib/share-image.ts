import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';

/** What the card shows, already in the page's language and script. */
export interface ShareCard {
  /** The letter's title above an issue's number ("Fight against human trafficking in Southeast Europe"). */
  letterTitle?: string | undefined;
  /** "Quarterly Letter". */
  kind: string;
  /** "N° 12" and "April 2019", for an issue's card. */
  number?: string | undefined;
  date?: string | undefined;
  /** The theme, or the archive's own heading. */
  title: string;
  publisher: string;
}

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * The project's own font, so that the card looks the same on every machine whatever fonts it has.
 * Fontsource splits it by script; each subset gets its own family name, and the card lists the subsets
 * it needs so that each character is drawn from the one that has it (Latin, č ć đ š ž, Cyrillic). Satori
 * looks for each character through every font it is given: a card in Latin script is laid out a quarter
 * faster without the Cyrillic subsets.
 */
const LATIN = ['latin', 'latin-ext'] as const;
const LATIN_AND_CYRILLIC = [...LATIN, 'cyrillic', 'cyrillic-ext'] as const;
const WEIGHTS = [400, 700] as const;
const CYRILLIC_LETTER = /[\u0400-\u052F]/;
/** The family name a subset is given, in the fonts and in the card's font list alike. */
const family = (subset: string) => `Source Sans 3 ${subset}`;

type Fonts = Parameters<typeof satori>[1]['fonts'];
const fontSets = new Map<readonly string[], Fonts>();
/** The fonts of the subsets named, read once (Satori keeps its parse of each list of fonts it was given). */
function loadFonts(subsets: readonly string[]): Fonts {
  // Resolved from the project (the build runs there), not from the bundled chunk, which lives in the output folder.
  const require = createRequire(resolve('package.json'));
  let fonts = fontSets.get(subsets);
  if (!fonts) {
    fonts = subsets.flatMap((subset) =>
      WEIGHTS.map((weight) => ({
        name: family(subset),
        weight,
        style: 'normal' as const,
        data: readFileSync(require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff`)),
      })),
    );
    fontSets.set(subsets, fonts);
  }
  return fonts;
}

/** The subsets a card's text needs: Latin always (digits, punctuation), Cyrillic when it has a Cyrillic letter. */
const subsetsOf = (card: ShareCard): readonly string[] =>
  CYRILLIC_LETTER.test(Object.values(card).join(' ')) ? LATIN_AND_CYRILLIC : LATIN;

type Node = { type: string; props: { style: Record<string, string | number>; children?: string | Node | (string | Node)[] | undefined } };
const box = (style: Node['props']['style'], children?: Node['props']['children']): Node => ({ type: 'div', props: { style, children } });

/** The card's layout, in the colours of the site's masthead (DSFR blue France and red Marianne). */
function layout(card: ShareCard, subsets: readonly string[]): Node {
  const line = [box({ color: '#c9191e', textTransform: 'uppercase', marginRight: 28 }, card.kind)];
  if (card.number) line.push(box({ marginRight: 28 }, card.number));
  if (card.date) line.push(box({}, card.date));
  return box(
    {
      width: SHARE_IMAGE_SIZE.width,
      height: SHARE_IMAGE_SIZE.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      padding: '0 72px 56px',
      background: '#ffffff',
      borderTop: '24px solid #000091',
      fontFamily: subsets.map(family).join(', '),
      color: '#161616',
    },
    [
      ...(card.letterTitle ? [box({ marginTop: 56, fontSize: 28, fontWeight: 700, color: '#000091', textTransform: 'uppercase', letterSpacing: 1 }, card.letterTitle)] : []),
      box({ display: 'flex', flexWrap: 'wrap', marginTop: card.letterTitle ? 20 : 72, fontSize: 34, fontWeight: 700, color: '#3a3a3a' }, line),
      box({ marginTop: 36, fontSize: card.title.length > 90 ? 52 : 64, fontWeight: 700, lineHeight: 1.15 }, card.title),
      box({ marginTop: 'auto', paddingTop: 24, fontSize: 24, color: '#3a3a3a' }, card.publisher),
    ],
  );
}

/** Where rendered cards are kept between builds: a card is drawn again only when its text or layout changed. */
const cacheDir = () => join(process.env['QL_CACHE_DIR'] ?? 'node_modules/.astro', 'share-images');

/** The card as a 1200×630 PNG: the layout is drawn as SVG (text turned into outlines of the embedded font), then rasterised by sharp. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const subsets = subsetsOf(card);
  const tree = layout(card, subsets);
  const key = createHash('sha256').update(JSON.stringify(tree)).digest('hex').slice(0, 32);
  const cached = join(cacheDir(), `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...SHARE_IMAGE_SIZE, fonts: loadFonts(subsets) });
  // A full-colour PNG at the default compression: quantising to a palette would make it a third of the
  // size but doubles the time to draw it, and only social sites' crawlers ever fetch it.
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  mkdirSync(cacheDir(), { recursive: true });
  writeFileSync(cached, png);
  return png;
}
