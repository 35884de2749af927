import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../src/i18n/file-size.ts';

describe('file sizes', () => {
  it('are written as readers of each language write them', () => {
    expect(formatFileSize(214_912, 'en')).toBe('215 kB');
    expect(formatFileSize(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatFileSize(1_234_567, 'fr')).toBe('1,2\u202fMo'); // with a narrow no-break space, as French writes it
    expect(formatFileSize(1_234_567, 'sr-Cyrl')).toMatch(/^1,2\s\S+$/);
    expect(formatFileSize(300, 'en')).toBe('1 kB');
  });
});
