/** Tables and disagreement write-ups for the due and elapsed workload. */
import { type Agreement, DISAGREEMENT_CLASSES, type DisagreementClass } from '../agreement.js';
import { EDGE_CASES } from '../edge-cases.js';
import type { EngineResult, LibraryResult } from '../sections/engine.js';
import { verdictFor } from '../verdicts.js';
import { MS_PER_HOUR, TARGET_HOURS } from '../workload.js';
import { count, local, perCall, percent, rate, ratio, signedDuration, table } from './format.js';

function slakitOf(engine: EngineResult): LibraryResult {
  return engine.libraries.find((l) => l.run.id === 'slakit') as LibraryResult;
}

function inputsNote(library: LibraryResult): string {
  const { plan } = library.run;
  const where = library.run.zoneBlind ? ' ¹' : '';
  return `${count(plan.starts)}${where}`;
}

function agreementCell(agreement: Agreement | undefined): string {
  if (!agreement) return '(reference)';
  return `${percent(agreement.exact, agreement.samples)} / ${percent(agreement.withinMinute, agreement.samples)}`;
}

/** Due: speed per target, µs per call, ratio, agreement. */
export function dueTables(engine: EngineResult): string {
  const slakit = slakitOf(engine);
  const targets = TARGET_HOURS.map((h) => `${h} h`);
  const speed = table(
    ['library', 'starts', ...targets],
    engine.libraries.map((l) => [l.run.label, inputsNote(l), ...l.run.due.map((d) => `${rate(d.timing.opsPerSecond)} (${perCall(d.timing.opsPerSecond)})`)]),
    ['l', 'r', 'r', 'r', 'r', 'r'],
  );
  const ratios = table(
    ['slakit ÷ library', ...targets],
    engine.libraries.filter((l) => l !== slakit).map((l) => [l.run.label, ...l.run.due.map((d, t) => ratio((slakit.run.due[t]?.timing.opsPerSecond ?? Number.NaN) / d.timing.opsPerSecond))]),
    ['l', 'r', 'r', 'r', 'r'],
  );
  const agreement = table(
    ['agreement with slakit: exact ms / within 1 min', ...targets],
    engine.libraries.filter((l) => l !== slakit).map((l) => [l.run.label, ...l.due.map(agreementCell)]),
    ['l', 'r', 'r', 'r', 'r'],
  );
  return [`**Speed** (calls/s, median round; time per call in brackets)\n\n${speed}`, `**Speed ratio** (how many times faster slakit is)\n\n${ratios}`, `**Agreement** with slakit's due instants\n\n${agreement}`].join('\n\n');
}

/** Elapsed: one table. */
export function elapsedTable(engine: EngineResult): string {
  const slakit = slakitOf(engine);
  const slakitSpeed = slakit.run.elapsed?.timing.opsPerSecond ?? Number.NaN;
  return table(
    ['library', 'pairs', 'calls/s', 'per call', 'slakit ÷ library', 'exact ms / within 1 min'],
    engine.libraries
      .filter((l) => l.run.elapsed)
      .map((l) => {
        const speed = l.run.elapsed?.timing.opsPerSecond ?? Number.NaN;
        return [l.run.label, `${count(l.run.plan.pairs)}${l.run.zoneBlind ? ' ¹' : ''}`, rate(speed), perCall(speed), l === slakit ? '—' : ratio(slakitSpeed / speed), agreementCell(l.elapsed)];
      }),
    ['l', 'r', 'r', 'r', 'r', 'r'],
  );
}

/** Each library's configuration, for the method section. */
export function configurationList(engine: EngineResult): string {
  return engine.libraries.map((l) => `- **${l.run.label}**: ${l.run.note}.`).join('\n');
}

function exampleLines(question: 'due' | 'elapsed', agreement: Agreement, kind: DisagreementClass): string[] {
  const entry = agreement.classes.get(kind);
  if (!entry) return [];
  return entry.examples.map((e) =>
    question === 'due'
      ? `  - start ${local(e.a)}, target ${e.b / MS_PER_HOUR} h → slakit ${local(e.slakit)}, peer ${local(e.peer)} (${signedDuration(e.peer - e.slakit)})`
      : `  - [${local(e.a)}, ${local(e.b)}) → slakit ${e.slakit} ms, peer ${e.peer} ms (${signedDuration(e.peer - e.slakit)})`,
  );
}

/** Every disagreement class found, per library and question, with examples and the verdict. */
export function disagreementSections(engine: EngineResult): string {
  const blocks: string[] = [];
  for (const library of engine.libraries) {
    const found: { question: 'due' | 'elapsed'; label: string; agreement: Agreement }[] = [];
    library.due.forEach((a, t) => a && found.push({ question: 'due', label: `due ${TARGET_HOURS[t]} h`, agreement: a }));
    if (library.elapsed) found.push({ question: 'elapsed', label: 'elapsed', agreement: library.elapsed });
    const kinds = new Set<string>();
    for (const f of found) for (const kind of f.agreement.classes.keys()) kinds.add(`${f.question}:${kind}`);
    if (found.length === 0) continue;
    if (kinds.size === 0) {
      blocks.push(`- **${library.run.label}**: no disagreement on any input.`);
      continue;
    }
    for (const key of kinds) {
      const [question, kind] = key.split(':') as ['due' | 'elapsed', DisagreementClass];
      const rows = found.filter((f) => f.question === question && f.agreement.classes.has(kind));
      const counts = rows.map((f) => `${f.label}: ${count(f.agreement.classes.get(kind)?.count ?? 0)}/${count(f.agreement.samples)}`).join(', ');
      const verdict = verdictFor(library.run.id, question, kind);
      const examples = exampleLines(question, (rows[0] as (typeof rows)[number]).agreement, kind);
      blocks.push(
        [
          `- **${library.run.label}**, ${question}, *${DISAGREEMENT_CLASSES[kind]}* (${counts}).`,
          verdict ? `  **Wrong: ${verdict.wrong}.** ${verdict.explanation}` : '  ⚠ **Not investigated yet**: no verdict in bench/verdicts.ts for this class.',
          '  Examples:',
          ...examples,
        ].join('\n'),
      );
    }
  }
  return blocks.join('\n');
}

/** The edge-case matrix: every library on every hand-worked case. */
export function edgeTable(engine: EngineResult): string {
  const libraries = engine.libraries.filter((l) => l.run.edges.length > 0);
  const rows = EDGE_CASES.map((edge, i) => {
    const expected = Date.parse(edge.expected);
    return [
      `${edge.what}: ${edge.start} + ${edge.targetHours} h`,
      `${edge.expected} — ${edge.why}`,
      ...libraries.map((l) => {
        const got = l.run.edges[i] as number;
        return got === expected ? '✓' : `✗ ${local(got)}`;
      }),
    ];
  });
  return table(['case', 'expected (by hand)', ...libraries.map((l) => l.run.id)], rows);
}

/** Zone-blind libraries run on a server whose TZ is not the calendar's zone. */
export function wrongZoneTable(engine: EngineResult): string {
  return table(
    [`library under TZ=${engine.wrongZoneTz}`, 'starts', ...TARGET_HOURS.map((h) => `${h} h: exact / ≤ 1 min`), 'example (30 h)'],
    engine.wrongZone.map((l) => {
      const classes = l.due[2]?.classes;
      const example = (classes?.get('other') ?? classes?.values().next().value)?.examples[0];
      return [
        l.run.label,
        count(l.run.plan.starts),
        ...l.due.map(agreementCell),
        example ? `start ${local(example.a)} → ${local(example.peer)} instead of ${local(example.slakit)}` : '—',
      ];
    }),
  );
}
