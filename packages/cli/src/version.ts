import manifest from "../package.json" with { type: "json" };

/** The diarium version written into `analysis.generator` (bundled from packages/cli/package.json). */
export const DIARIUM_VERSION: string = manifest.version;
