// Cold start (issue 13): a fresh Node process imports the modules named on
// the command line (none: Node alone) and prints how long after the
// process's start it was done, as JSON. Plain JavaScript, run by plain `node`.
//
// Usage: node bench/sections/cold-import.mjs [specifier…]
for (const specifier of process.argv.slice(2)) await import(specifier);
process.stdout.write(JSON.stringify({ readyMs: performance.now() }));
