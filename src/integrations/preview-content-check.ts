import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { ErrorPayload } from 'vite';
import { CONTENT_DIR } from '../lib/content-dir.ts';
import { checkContent } from '../lib/check-content.ts';
import { formatProblem } from '../lib/content-error.ts';
import { buildDate } from '../lib/publication.ts';

/**
 * In the development preview, a file Astro cannot load (YAML it cannot read, a field the schema refuses) is
 * left out, or left at its last good version (src/lib/preview-loader-context.ts). When the preview starts and
 * after every save in the content folder, this runs the editors' check and shows what it finds in the
 * browser's error overlay, in the check's words: file:line: field: what is expected; and again to every page
 * opened or reloaded until the content is mended, since the page itself shows the content as it last loaded;
 * then it takes the overlay down.
 */
export function previewContentCheck(): AstroIntegration {
  return {
    name: 'quarterly-letter:preview-content-check',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const folder = resolve(CONTENT_DIR) + sep;
        let waiting: NodeJS.Timeout | undefined;
        /** What the last check found, as the overlay shows it; undefined once the content is in order. */
        let found: ErrorPayload | undefined;
        const check = async () => {
          const { problems } = await checkContent(CONTENT_DIR, buildDate());
          const shown = found !== undefined;
          found = problems.length === 0 ? undefined : { type: 'error', err: { message: problems.map(formatProblem).join('\n'), stack: '', plugin: 'npm run check' } };
          if (found) server.hot.send(found);
          // Mended: take the box down. Mending a file Astro reads reloads the page anyway, but deleting a stray
          // file changes no page; an update, even an empty one, is what makes Vite's client clear its overlay.
          else if (shown) server.hot.send({ type: 'update', updates: [] });
          return problems;
        };
        // A failure of the check itself is reported, never left to stop the preview.
        const checkFailed = (error: unknown) => logger.error(`The content check failed: ${String(error)}`);
        // What is at fault when the preview starts is said in the terminal too, where the editor started it.
        check().then((problems) => {
          if (problems.length > 0) logger.warn(`The check finds problems (a file that cannot be read is left out of the preview until it is mended):\n${problems.map(formatProblem).join('\n')}`);
        }, checkFailed);
        server.hot.on('vite:client:connect', (_data, client) => {
          if (found) client.send(found);
        });
        // Every file of the content folder, not only those Astro's loaders read: a stray file is the check's too.
        // By its absolute path: the watcher names a file as its folder was added, and Astro's loaders find the
        // entry of a deleted file by its absolute path (a relative one left it in the preview until a restart).
        server.watcher.add(resolve(CONTENT_DIR));
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(folder)) return;
          // An editor's save can touch several files at once: check once they are all written.
          clearTimeout(waiting);
          waiting = setTimeout(() => check().catch(checkFailed), 300);
        });
      },
    },
  };
}
