import { z } from 'astro/zod';
import { entryObject, text, oneOf } from './common.ts';

export const contactSchema = entryObject({
  name: text,
  kind: oneOf(['person', 'office'], 'person or office'),
  role: text.optional(),
  office: text.optional(),
  address: text.optional(),
  email: z.email({ error: 'expected an e-mail address, e.g. name@diplomatie.gouv.fr' }).optional(),
  phone: text.optional(),
  web: z.url({ error: 'expected a full web address starting with https:// or http://' }).optional(),
  social: z
    .array(entryObject({ network: oneOf(['twitter', 'facebook', 'linkedin', 'youtube']), handle: text }))
    .default([]),
});
