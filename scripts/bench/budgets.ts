import type { Run } from './measure.ts';
import type { Sizes } from './page-weight.ts';

/** What the benchmark measured, for the budgets. */
export interface Measured {
  runs: {
    archive: string;
    issues: number;
    pages: number;
    ours: Run;
    floor: Run;
    floorPages: number;
    /** Our build's CPU time per page over the bare Astro + MDX build's (CPU time: other work on the machine inflates wall times unevenly). */
    ratio: number;
    /** The same with wall-clock times. */
    wallRatio: number;
    rebuild?: Run;
  }[];
  pageWeights: { archive: string; type: string; file: string; html: Sizes; css: Sizes; total: Sizes }[];
  /** Pages other than search that carry JavaScript. */
  scriptsOutsideSearch: string[];
}

export interface BudgetResult {
  name: string;
  /** Undefined when this run did not measure it (e.g. no 200-issue archive among the sizes asked for). */
  pass: boolean | undefined;
  figure: string;
}

const BUDGETS = {
  issuePageCompressedBytes: 30 * 1024,
  costPerPageRatio: 1.5,
  largeArchiveIssues: 200,
  largeArchiveSeconds: 180,
};

/** The project's performance budgets, each PASS, FAIL or n/a with the figure it was judged on. */
export function checkBudgets(measured: Measured): BudgetResult[] {
  const results: BudgetResult[] = [];
  const outside = measured.scriptsOutsideSearch;
  results.push({
    name: 'no JavaScript on any page but search',
    pass: outside.length === 0,
    figure: outside.length === 0 ? 'none found' : `${outside.length} pages, e.g. ${outside.slice(0, 3).join(', ')}`,
  });

  const issuePages = measured.pageWeights.filter((w) => w.type === '{locale}/issues/{number}/');
  const heaviest = issuePages.sort((a, b) => b.total.gzip - a.total.gzip)[0];
  results.push({
    name: `issue page HTML + CSS under ${BUDGETS.issuePageCompressedBytes / 1024} KB compressed (gzip)`,
    pass: heaviest && heaviest.total.gzip < BUDGETS.issuePageCompressedBytes,
    figure: heaviest ? `largest /${heaviest.file}: ${(heaviest.total.gzip / 1024).toFixed(1)} KB gzip, ${(heaviest.total.brotli / 1024).toFixed(1)} KB brotli` : 'not measured',
  });

  const largestRun = [...measured.runs].sort((a, b) => b.issues - a.issues)[0];
  results.push({
    name: `build cost (CPU time) per page within ${BUDGETS.costPerPageRatio}× the bare Astro + MDX build (largest archive)`,
    pass: largestRun && largestRun.ratio <= BUDGETS.costPerPageRatio,
    figure: measured.runs.map((r) => `${r.issues} issues: ${r.ratio.toFixed(2)}× (wall ${r.wallRatio.toFixed(2)}×)`).join(', ') || 'not measured',
  });

  const large = measured.runs.find((r) => r.issues >= BUDGETS.largeArchiveIssues);
  results.push({
    name: `${BUDGETS.largeArchiveIssues}-issue archive in four locales builds in under ${BUDGETS.largeArchiveSeconds / 60} minutes (without PDFs)`,
    pass: large && large.ours.seconds < BUDGETS.largeArchiveSeconds,
    figure: large ? `${large.ours.seconds.toFixed(1)} s wall, ${large.ours.cpuSeconds.toFixed(1)} s CPU` : `not measured (add ${BUDGETS.largeArchiveIssues} to the sizes)`,
  });

  const rebuilt = measured.runs.find((r) => r.rebuild);
  results.push({
    name: 'a rebuild after changing one piece reuses what did not change (less CPU time than the first build)',
    pass: rebuilt?.rebuild && rebuilt.rebuild.cpuSeconds < rebuilt.ours.cpuSeconds,
    figure: rebuilt?.rebuild
      ? `${rebuilt.rebuild.seconds.toFixed(1)} s wall, ${rebuilt.rebuild.cpuSeconds.toFixed(1)} s CPU; first build ${rebuilt.ours.seconds.toFixed(1)} s wall, ${rebuilt.ours.cpuSeconds.toFixed(1)} s CPU (${rebuilt.issues} issues)`
      : 'not measured',
  });
  return results;
}
