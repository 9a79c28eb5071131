// Public exports of src/availability (re-exported by src/index.ts).
export {};
