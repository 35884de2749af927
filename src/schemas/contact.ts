import { z } from 'astro/zod';
import { entryList, entryObject, text, oneOf } from './common.ts';

export const contactSchema = entryObject({
  name: text,
  kind: oneOf(['person', 'office'], 'person or office'),
  role: text.optional(),
  office: text.optional(),
  address: text.optional(),
  email: z.email({ error: 'expected an e-mail address, e.g. name@diplomatie.gouv.fr' }).optional(),
  phone: text.optional(),
  web: z.url({ error: 'expected a full web address starting with https:// or http://' }).optional(),
  social: entryList(entryObject({ network: oneOf(['twitter', 'facebook', 'linkedin', 'youtube']), handle: text }), 'one "- network: …" with its "handle: …" per account, under the field').default([]),
});
