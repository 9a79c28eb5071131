/** The report's stylesheet, inlined in the page (no external asset). */
export const REPORT_CSS = `
:root {
  --ink: #1d2733; --muted: #5b6776; --line: #dfe4ea; --paper: #ffffff; --wash: #f5f7fa;
  --up: #e3f1e7; --counted: #d1343f; --excused: #f0a23b; --maintenance: #b8c7d9; --unmonitored: #c9ced6;
  --ok: #1f7a4d; --bad: #b3261e;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--wash); color: var(--ink);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 28px 24px 40px; }
header { border-bottom: 1px solid var(--line); padding-bottom: 14px; margin-bottom: 18px; }
h1 { font-size: 22px; margin: 0 0 4px; font-weight: 650; letter-spacing: -0.01em; }
h2 { font-size: 15px; margin: 26px 0 10px; font-weight: 650; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.subtitle { color: var(--muted); margin: 0; }
.period { color: var(--muted); margin: 2px 0 0; font-size: 13px; font-variant-numeric: tabular-nums; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.card .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; }
.card .value { font-size: 24px; font-weight: 650; margin-top: 2px; font-variant-numeric: tabular-nums; }
.card .hint { color: var(--muted); font-size: 12px; }
.card.primary { grid-row: span 2; display: flex; flex-direction: column; justify-content: center; }
.card.primary .value { font-size: 40px; }
.badges { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 12px; }
.badge { border-radius: 999px; padding: 3px 10px; font-size: 12px; font-weight: 600; border: 1px solid; }
.badge.met { color: var(--ok); border-color: #9fd3b5; background: #eef8f2; }
.badge.missed { color: var(--bad); border-color: #efb1ac; background: #fdf0ef; }
.panel { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; }
.legend { display: flex; gap: 16px; flex-wrap: wrap; margin: 0 0 10px; color: var(--muted); font-size: 12px; }
.legend span { display: inline-flex; align-items: center; gap: 6px; }
.swatch { width: 14px; height: 10px; border-radius: 2px; display: inline-block; }
svg.timeline { width: 100%; height: auto; display: block; }
svg .row-label { font-size: 11px; text-anchor: end; fill: var(--muted); font-variant-numeric: tabular-nums; }
svg .weekend .row-label { fill: var(--ink); font-weight: 600; }
svg .tick { font-size: 10px; text-anchor: middle; fill: var(--muted); }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .row-bg { fill: var(--up); }
svg .span-maintenance { fill: var(--maintenance); opacity: 0.75; }
svg .span-unmonitored { fill: url(#hatch); }
svg .hatch-bg { fill: #f1f3f6; }
svg .hatch-line { stroke: #8d97a5; stroke-width: 2.5; }
svg .span-excused { fill: var(--excused); }
svg .span-counted { fill: var(--counted); }
.swatch.up { background: var(--up); border: 1px solid #c5e2cd; }
.swatch.maintenance { background: var(--maintenance); }
.swatch.unmonitored { background: repeating-linear-gradient(45deg, #f1f3f6 0 3px, #8d97a5 3px 5px); }
.swatch.excused { background: var(--excused); }
.swatch.counted { background: var(--counted); }
table { width: 100%; border-collapse: collapse; background: var(--paper); font-size: 13px; }
th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; font-size: 12px; background: #fafbfc; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.when { white-space: nowrap; font-variant-numeric: tabular-nums; }
.table-wrap { border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
blockquote { margin: 0; font-style: italic; color: #364252; }
.section-ref { color: var(--muted); font-size: 12px; display: block; margin-bottom: 2px; }
.muted { color: var(--muted); }
.caption { font-size: 12px; margin: 8px 0 0; }
.rejected { color: var(--bad); }
footer { margin-top: 28px; color: var(--muted); font-size: 12px; }
@media print { body { background: #fff; } .panel, .card, .table-wrap { break-inside: avoid; } }
`;
