import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: the form of every slug and id an editor writes. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slug = z.string().regex(SLUG_PATTERN, {
  error: 'expected lower-case letters, digits and hyphens, e.g. "french-strategy"',
});

export const text = z.string().trim().min(1, { error: 'must not be empty' });

export const person = z.strictObject({
  name: text,
  role: text.optional(),
});
export type Person = z.infer<typeof person>;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** ISO 3166-1 alpha-2, plus XK (Kosovo), which every Intl implementation knows. */
export const countryCode = z
  .string()
  .refine((code) => /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== undefined, {
    error: 'expected an ISO 3166-1 alpha-2 country code in capitals, e.g. "RS" (Kosovo: "XK")',
  });
