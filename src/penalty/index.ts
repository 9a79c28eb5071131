// Public exports of src/penalty (re-exported by src/index.ts).
export {};
