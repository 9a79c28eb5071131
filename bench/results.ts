/** Everything one benchmark run measured, as the report reads it. */
import type { Machine } from './machine.js';
import type { BusinessDaysResult } from './sections/business-days.js';
import type { CliResult } from './sections/cli.js';
import type { CliTicketsResult } from './sections/cli-tickets.js';
import type { ClockBatchResult } from './sections/clock-batch.js';
import type { ColdStartResult } from './sections/cold-start.js';
import type { ElapsedSpansResult } from './sections/elapsed-spans.js';
import type { EngineResult } from './sections/engine.js';
import type { MemoryResult } from './sections/memory.js';
import type { ProbesResult } from './sections/probes.js';
import type { TenantsResult } from './sections/tenants.js';
import type { WorkersResult } from './sections/workers.js';
import type { YearBuildResult } from './sections/year-build.js';
import type { Sizes } from './workload.js';

export interface BenchResults {
  readonly quick: boolean;
  readonly sizes: Sizes;
  readonly machine: Machine;
  /** The holiday dates every library was configured with. */
  readonly holidays: readonly string[];
  readonly seconds: number;
  readonly engine: EngineResult;
  readonly businessDays: BusinessDaysResult;
  readonly yearBuild: YearBuildResult;
  readonly memory: MemoryResult;
  readonly probes: ProbesResult;
  /** `slakit availability` on a million probe rows against a readline + split pass (issues 7 and 13). */
  readonly cli: CliResult;
  /** Issue 13: `ResponseTimeClock.evaluate` against the due + elapsed it needs. */
  readonly clockBatch: ClockBatchResult;
  /** Issue 13: `elapsed` over spans up to 50 years against the bare index. */
  readonly elapsedSpans: ElapsedSpansResult;
  /** Issue 13: 1,000 tenant calendars × 3 years. */
  readonly tenants: TenantsResult;
  /** Issue 13: `slakit tickets` on a million ticket rows against a readline + split pass. */
  readonly cliTickets: CliTicketsResult;
  /** Issue 13: a fresh process importing slakit and answering one `due`, against importing luxon. */
  readonly coldStart: ColdStartResult;
  /** Issue 13: several probe files in one command (worker threads) against one by one. */
  readonly workers: WorkersResult;
}
