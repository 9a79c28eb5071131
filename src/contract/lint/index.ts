// Public exports of src/contract/lint (re-exported by src/index.ts).
export { type LintCode, type LintWarning, type LintOptions, type LintReport, lintContract } from './lint-contract.js';
