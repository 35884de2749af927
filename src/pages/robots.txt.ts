import type { APIRoute } from 'astro';
import { urls } from '../lib/urls.ts';

/** Every page may be crawled; the sitemap lists them all with their language alternates. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(urls.sitemap(), site).href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
