/** The machine a run happened on, for the results page. */
import { availableParallelism, cpus, getPriority, loadavg, release, totalmem, type as osType } from 'node:os';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly availableParallelism: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly v8: string;
  readonly os: string;
  /** 1-minute load average when the run started (other processes competing for the cores). */
  readonly loadAtStart: number;
  /** Scheduling priority (nice value) of the benchmark process: negative when run with `nice -n -N` to shield it from other load. */
  readonly nice: number;
  /** The parent process's TZ (slakit's results must not depend on it). */
  readonly processTz: string;
  readonly date: string;
}

export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    availableParallelism: availableParallelism(),
    memoryGiB: totalmem() / 1024 ** 3,
    node: process.version,
    v8: process.versions.v8,
    os: `${osType()} ${release()} ${process.arch}`,
    loadAtStart: loadavg()[0] ?? 0,
    nice: getPriority(),
    processTz: process.env['TZ'] ?? `${Intl.DateTimeFormat().resolvedOptions().timeZone} (TZ unset)`,
    date: new Date().toISOString(),
  };
}
