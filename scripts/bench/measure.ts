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

/**
 * The better of `times` cold runs (least CPU time), each after `reset` has removed what the previous one left
 * (output, caches): a single run on a shared 2-core machine can be slowed by whatever else runs at that moment.
 */
export async function bestColdRun(times: number, reset: () => void, run: () => Promise<Run>): Promise<Run> {
  let best: Run | undefined;
  for (let i = 0; i < times; i++) {
    reset();
    const current = await run();
    if (!best || current.cpuSeconds < best.cpuSeconds) best = current;
  }
  return best!;
}
