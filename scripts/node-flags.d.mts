/** The V8 flags `diarium` runs under (node-flags.mjs says why). */
export declare const NODE_FLAGS: readonly string[];
