// Open the demo's HTML availability report in headless Chromium and check it:
// one SVG timeline with counted-downtime, excused-downtime and maintenance
// spans, the figures, the clauses, no external request. Saves a screenshot.
//
//   npx tsx scripts/check-html-report.ts [--screenshot docs/report-screenshot.png] [--chromium /usr/bin/chromium]
//
// Runs the built CLI (dist/cli.js) when present, else src/cli/main.ts via tsx.
// Needs Debian's `chromium` package (apt-get install -y chromium).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values } = parseArgs({
  options: {
    screenshot: { type: 'string', default: 'docs/report-screenshot.png' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
  strict: true,
});
const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'slakit-html-check-'));
const report = join(work, 'letsignit-2026-03.html');

try {
  const cli = existsSync(join(root, 'dist/cli.js')) ? [join(root, 'dist/cli.js')] : ['--import', 'tsx', join(root, 'src/cli/main.ts')];
  execFileSync(process.execPath, [...cli, 'demo', '--html', report], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  assert.ok(existsSync(report), `the demo wrote no HTML report at ${report}`);

  // A new, empty user-data-dir for this run only.
  const browser = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: values.chromium,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1100, height: 900 },
    deviceScaleFactor: 1,
  });
  try {
    const page = await browser.newPage();
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) external.push(request.url());
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });

    // A string, not a function: tsx would wrap inner functions with a helper the page lacks.
    const found = (await page.evaluate(`(() => {
      const svg = document.querySelectorAll('svg.timeline');
      const count = (selector) => document.querySelectorAll('svg.timeline ' + selector).length;
      const box = svg[0] ? svg[0].getBoundingClientRect() : { width: 0, height: 0 };
      return {
        timelines: svg.length,
        rows: count('g.row'),
        counted: count('rect.span-counted'),
        excused: count('rect.span-excused'),
        maintenance: count('rect.span-maintenance'),
        unmonitored: count('rect.span-unmonitored'),
        width: box.width,
        height: box.height,
        title: document.title,
        text: document.body.innerText,
      };
    })()`)) as { timelines: number; rows: number; counted: number; excused: number; maintenance: number; unmonitored: number; width: number; height: number; title: string; text: string };
    assert.equal(found.timelines, 1, 'one SVG timeline');
    assert.equal(found.rows, 31, 'March 2026: one timeline row per day');
    assert.ok(found.counted >= 5, `counted-downtime spans drawn (found ${found.counted})`);
    assert.ok(found.excused >= 4, `excused-downtime spans drawn (found ${found.excused})`);
    assert.ok(found.maintenance >= 31, `maintenance spans drawn, nightly and third Saturday (found ${found.maintenance})`);
    assert.ok(found.unmonitored >= 1, `the monitoring gap drawn (found ${found.unmonitored})`);
    assert.ok(found.width > 600 && found.height > 400, `the timeline is laid out (${found.width}×${found.height})`);
    assert.match(found.title, /Letsignit/);
    // (743 h − 1 h 45 − 4 h 10) / (743 h − 1 h 45) = 737.0833… / 741.25 = 0.9943788… → 99.4378 % (4 decimals, truncated).
    assert.match(found.text, /99\.4378 %/, 'the availability figure');
    assert.match(found.text, /44\.70 EUR/, 'the credit amount: 3 % of 1,490.00 EUR');
    assert.match(found.text, /§5 DISPONIBILITE DU SERVEUR D'APPLICATION/, 'the clause of the 99 % commitment');
    assert.deepEqual(external, [], 'no external request: the page is self-contained');
    assert.deepEqual(errors, [], 'no page error');

    await page.screenshot({ path: resolve(root, values.screenshot), fullPage: true });
    console.log(`check-html-report: ok — ${found.rows} rows, ${found.counted} counted, ${found.excused} excused, ${found.maintenance} maintenance spans; screenshot ${values.screenshot}`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
