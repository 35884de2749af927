import { relative } from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

/** Marks the messages of the project's own content checks among whatever else a file collects. */
const SOURCE = 'quarterly-letter';

/** Records a problem in an editor's file, at the node that shows it (its line is what the editor sees). */
export function reportProblem(file: VFile, reason: string, node?: Node): void {
  file.message(reason, { place: node?.position, source: SOURCE });
}

export const problemsIn = (file: VFile): VFile['messages'] => file.messages.filter((message) => message.source === SOURCE);

/** A content file's path as the editor knows it: relative to the project. */
export const shownPath = (path: string) => relative(process.cwd(), path);
