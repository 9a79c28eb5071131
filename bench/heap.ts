/**
 * Heap readings for the child processes started with `--expose-gc`
 * (memory-measure.ts, tenants-measure.ts).
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** GC until ArrayBuffer frees (done off-thread) have landed, then read usage. */
export async function settledUsage(): Promise<NodeJS.MemoryUsage> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('this benchmark child needs node --expose-gc');
  for (let i = 0; i < 3; i++) {
    gc();
    await sleep(20);
  }
  return process.memoryUsage();
}
