import { z } from 'astro/zod';
import { entryList, entryObject, text, oneOf } from './common.ts';

export const contactSchema = entryObject({
  name: text,
  kind: oneOf(['person', 'office'], 'person or office'),
  role: text.optional(),
  office: text.optional(),
  address: text.optional(),
  email: z
    .email({
      error: (issue) => {
        // An address copied from a link's target keeps its "mailto:".
        const address = typeof issue.input === 'string' ? /^mailto:(.+)$/i.exec(issue.input.trim())?.[1] : undefined;
        return address ? `write the address without "mailto:": ${address}` : 'expected an e-mail address, e.g. name@diplomatie.gouv.fr';
      },
    })
    .optional(),
  phone: text.optional(),
  web: z.url({ error: 'expected a full web address starting with https:// or http://' }).optional(),
  social: entryList(entryObject({ network: oneOf(['twitter', 'facebook', 'linkedin', 'youtube']), handle: text }), 'one "- network: …" with its "handle: …" per account, under the field').default([]),
});
