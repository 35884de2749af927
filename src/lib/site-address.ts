/** The site's public address (QL_SITE): the canonical links, feeds and sitemap use it, and the check knows an editor's link to it. */
export const SITE = process.env.QL_SITE ?? 'https://quarterly-letter.example.org';
