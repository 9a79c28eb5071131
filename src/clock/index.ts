// Public exports of src/clock (re-exported by src/index.ts).
export {};
