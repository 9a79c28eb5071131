// Imported first (`node --import`) by the cold-start section: registers
// module-graph-hooks.mjs, which records every module URL the process loads.
import { register } from 'node:module';

register('./module-graph-hooks.mjs', import.meta.url);
