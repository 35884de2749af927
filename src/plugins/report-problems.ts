import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { documentPath, problemsIn, shownPath } from './problems.ts';

/**
 * The last plugin of the build: stops it on the problems the checks before it found in a file, all of
 * them at once, one line each (file:line: what is wrong). The check command runs the same checks without
 * this plugin and collects the problems instead.
 */
export function reportProblems(document: PluginFactoryContext) {
  const shown = shownPath(documentPath(document) ?? 'the document');
  return defineMdastPlugin({
    name: 'report-problems',
    after(_root, ctx) {
      const problems = problemsIn(ctx.data);
      if (problems.length === 0) return;
      const error = new Error(problems.map((p) => `${shown}${p.line ? `:${p.line}` : ''}: ${p.reason}`).join('\n'));
      // Astro reads the position of an MDX error from these.
      Object.assign(error, { line: problems[0]!.line, column: problems[0]!.column });
      throw error;
    },
  });
}
