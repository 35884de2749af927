import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Run {
  /** Wall-clock time of the whole process, in seconds. */
  seconds: number;
  /** CPU time (user + system) of the process and every child it waited for, in seconds. */
  cpuSeconds: number;
  /** The largest resident memory of the whole process tree at any sampled moment, in bytes. */
  peakBytes: number;
  output: string;
}

const PAGE_SIZE = 4096;

/** Resident memory of a process and all its descendants, read from /proc (Linux). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * PAGE_SIZE);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += rss.get(pid) ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs a command to its end, measuring its wall time, its CPU time (bash's `times`, which counts every
 * descendant it waited for) and the peak memory of its process tree (sampled every 100 ms). Fails if it fails.
 */
export function measure(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('bash', ['-c', '"$@"; status=$?; times >&2; exit $status', 'measure', command, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakBytes = 0;
    const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 100);
    child.on('close', (status) => {
      clearInterval(sampler);
      const seconds = (performance.now() - start) / 1000;
      if (status !== 0) return reject(new Error(`${command} ${args.join(' ')} failed (exit ${status}):\n${output.slice(-4000)}`));
      // The last line of `times` is the children's user and system time: "0m11.240s 0m1.800s".
      const times = [...output.matchAll(/(\d+)m([\d.]+)s (\d+)m([\d.]+)s/g)].at(-1)!;
      const cpuSeconds = Number(times[1]) * 60 + Number(times[2]) + Number(times[3]) * 60 + Number(times[4]);
      resolve({ seconds, cpuSeconds, peakBytes, output });
    });
  });
}

/** A build measured from cold: `reset` removes what its previous run left (output, caches), `run` builds. */
export interface ColdBuild {
  reset: () => void;
  run: () => Promise<Run>;
}

/**
 * The best (least CPU time) of `times` cold runs of each build, the builds taking turns. A shared 2-core
 * machine's speed drifts by a fifth over minutes: taking turns lets our build and the floor meet the same
 * drift, so that their ratio holds from one benchmark to the next.
 */
export async function bestColdRuns<Builds extends ColdBuild[]>(times: number, builds: [...Builds]): Promise<{ [Index in keyof Builds]: Run }> {
  const best: Run[] = [];
  for (let round = 0; round < times; round++) {
    for (const [index, build] of builds.entries()) {
      build.reset();
      const current = await build.run();
      if (!best[index] || current.cpuSeconds < best[index].cpuSeconds) best[index] = current;
    }
  }
  return best as { [Index in keyof Builds]: Run };
}
