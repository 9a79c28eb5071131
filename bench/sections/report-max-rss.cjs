// Preloaded (node --require) into the CLI process when /usr/bin/time is missing:
// reports the process's peak resident set size on exit. See cli.ts.
process.on('exit', () => {
  process.stderr.write(`\nSLAKIT_BENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
