// Public exports of src/contract/reconcile (re-exported by src/index.ts).
export { RECONCILE_CAUSES, type ReconcileCauseKind, type ReconcileVerdict, type ReconcileHoliday, type ReconcileCause } from './causes.js';
export {
  type ReconcileRow,
  type ReconcileOptions,
  type ReconciledTicket,
  type ReconcileResult,
  reconcileTickets,
} from './reconcile-tickets.js';
