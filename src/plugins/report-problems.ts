import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { documentPath, problemsError, problemsIn } from './problems.ts';

/**
 * The last plugin of the build: stops it on the problems the checks before it found in a file, all of
 * them at once, one line each (file:line: what is wrong). The check command runs the same checks without
 * this plugin and collects the problems instead.
 */
export function reportProblems(document: PluginFactoryContext) {
  const path = documentPath(document) ?? 'the document';
  return defineMdastPlugin({
    name: 'report-problems',
    after(_root, ctx) {
      const problems = problemsIn(ctx.data);
      if (problems.length > 0) throw problemsError(path, problems);
    },
  });
}
