#!/usr/bin/env node
// `pnpm diarium …`: pnpm runs a script from the repository root and names the caller's folder in
// INIT_CWD; paths on the command line are the caller's, so the CLI runs from there. Only when pnpm
// started this script: a child process inherits INIT_CWD and must keep the cwd it was given.
if (process.env.npm_lifecycle_event === "diarium" && process.env.INIT_CWD) {
  try {
    process.chdir(process.env.INIT_CWD);
  } catch {
    // A folder that is gone: stay in the root, and the paths will say what is missing.
  }
}
await import("../packages/cli/bin/diarium.cjs");
