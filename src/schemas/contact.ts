import { z } from 'astro/zod';
import { entryList, entryObject, text, oneOf } from './common.ts';

/** The networks a contact's accounts may be on, with the name each goes by, the same in every language. */
export const SOCIAL_NETWORKS = { twitter: 'X (Twitter)', facebook: 'Facebook', linkedin: 'LinkedIn', youtube: 'YouTube' } as const;
const NETWORKS = Object.keys(SOCIAL_NETWORKS) as [keyof typeof SOCIAL_NETWORKS, ...(keyof typeof SOCIAL_NETWORKS)[]];

/** An X account's name as X shows it: up to 15 letters, digits or "_", after an "@". */
const X_NAME = /^@?\w{1,15}$/;
/** An X account's address, whose name the page links from. */
const X_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?(?:x|twitter)\.com\/@?(\w{1,15})\/?$/i;

/** An account, by its name or its full address; on X, by its name (the page makes the link from it). */
const socialAccount = entryObject({ network: oneOf(NETWORKS, undefined, { x: 'twitter' }), handle: text }).superRefine((account, ctx) => {
  if (account.network !== 'twitter' || X_NAME.test(account.handle)) return;
  const name = X_ADDRESS.exec(account.handle.trim())?.[1];
  ctx.addIssue({
    code: 'custom',
    path: ['handle'],
    message: name ? `write the account's name, "@${name}", not its address` : 'expected the account\'s name as X shows it, e.g. "@FranceONUVienne"',
  });
});

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
  web: z
    .url({
      error: (issue) => {
        // An address as a browser's bar shows it, without its "https://".
        const bare = typeof issue.input === 'string' && /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(issue.input.trim()) ? issue.input.trim() : undefined;
        return bare ? `write the address in full, with its https://: "https://${bare}"` : 'expected a full web address starting with https:// or http://';
      },
    })
    .optional(),
  social: entryList(socialAccount, 'one "- network: …" with its "handle: …" per account, under the field').default([]),
});
