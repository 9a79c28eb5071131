// Preloaded (node --require) into a measured process when /usr/bin/time is
// missing: reports the process's peak resident set size on exit. See
// ../process-measure.ts.
process.on('exit', () => {
  process.stderr.write(`\nSLAKIT_BENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
