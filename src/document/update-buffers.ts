/** The updates' memory, each buffer once: moved between page and worker rather than copied. */
export const buffersOf = (updates: Uint8Array[]): ArrayBuffer[] => [
  ...new Set(updates.map((u) => u.buffer as ArrayBuffer)),
];
