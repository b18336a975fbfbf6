// The V8 flags `diarium` runs under. They are given to node on its command line, before V8 runs
// anything: the shebangs of packages/cli/bin/diarium.cjs and scripts/diarium.mjs, `pnpm diarium`
// (package.json), and every test, bench and eval that starts the command (they import this list).
//
// --no-regexp-tier-up: regular expressions are compiled to machine code at once rather than
// interpreted first. The rules are regex-heavy and most run a few times per paper: a lone paper
// takes ~180 ms less CPU (488 against 668 ms, medians of 11 runs at load 8). V8's flags are the
// process's, so the worker threads have it too.
//
// Never set at run time (v8.setFlagsFromString): a pattern run once under one setting and again
// under the other crashes V8 (SIGSEGV in native regexp code), and Node's own module loaders run
// patterns before a script's first line. The bin set it there until a CI run lost `diarium index`
// to such a crash without a line on stderr. Started without it (`node bin/diarium.cjs`), the
// command runs the same, only slower.
export const NODE_FLAGS = ["--no-regexp-tier-up"];
