import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderShareImage } from '../../src/lib/share-image.ts';

// A letter the card's fonts lack is drawn as the font's empty box, the same for every such letter:
// two words of as many letters come out alike only when neither is drawn in its own letters.
const card = (title: string) => ({ kind: 'Quarterly Letter', title, publisher: 'Permanent Mission of France to the OSCE' });
const drawnAlike = async (a: string, b: string) => (await renderShareImage(card(a))).equals(await renderShareImage(card(b)));

describe('an issue\'s share image', () => {
  let cache: string;
  beforeAll(() => {
    cache = mkdtempSync(join(tmpdir(), 'ql-share-'));
    process.env['QL_CACHE_DIR'] = cache;
  });
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('draws Cyrillic and Serbian Latin letters in its own font, whatever script the rest of the card is in', async () => {
    expect(await drawnAlike('Мере у 2018.', 'Жито у 2018.')).toBe(false);
    expect(await drawnAlike('Đ š ž', 'Ž đ š')).toBe(false);
  });
});
