// Public exports of src/maintenance (re-exported by src/index.ts).
export {};
