// Public exports of src/versions: a contract as a list of versions with effective dates.
export { type JsonMergePatch, applyMergePatch } from './json-merge-patch.js';
export {
  ContractVersions,
  type VersionDefinition,
  type ContractVersionsOptions,
  type ContractVersion,
  type AmendmentSplit,
  type PeriodVersionPart,
  type PeriodVersions,
} from './contract-versions.js';
