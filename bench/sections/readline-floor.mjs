// The floor of the CLI benchmarks (issue 13): read a CSV file line by line
// with node:readline and split each line on ",", nothing else. Prints the
// number of fields read. Plain JavaScript, run by plain `node`, like the
// built CLI it is compared with.
//
// Usage: node bench/sections/readline-floor.mjs <file.csv>
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const lines = createInterface({ input: createReadStream(process.argv[2] ?? ''), crlfDelay: Infinity });
let fields = 0;
lines.on('line', (line) => {
  fields += line.split(',').length;
});
lines.on('close', () => process.stdout.write(`${fields}\n`));
