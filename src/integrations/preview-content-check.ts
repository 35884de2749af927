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
 * browser's error overlay (and in the terminal), in the check's words: file:line: field: what is expected; and again to every page
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
          const said = found?.err.message;
          const message = problems.map(formatProblem).join('\n');
          found = problems.length === 0 ? undefined : { type: 'error', err: { message, stack: '', plugin: 'npm run check' } };
          if (found) server.hot.send(found);
          // Mended: take the box down. Mending a file Astro reads reloads the page anyway, but deleting a stray
          // file changes no page; an update, even an empty one, is what makes Vite's client clear its overlay.
          else if (said !== undefined) server.hot.send({ type: 'update', updates: [] });
          // The terminal, where the editor started the preview, hears of what is wrong too, each time that changes.
          if (found && message !== said) logger.warn(`The check finds problems (a file that cannot be read is left out of the preview until it is mended):\n${message}`);
          else if (!found && said !== undefined) logger.info('The check finds no problem now.');
        };
        // A failure of the check itself is reported, never left to stop the preview.
        const checkFailed = (error: unknown) => logger.error(`The content check failed: ${String(error)}`);
        check().catch(checkFailed);
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
