// The V8 flag `diarium` sets as it starts, in the bin's first line (and in bench/startup's run of
// the ES module bundle).
//
// --regexp-tier-up-ticks=0: a regular expression is compiled to machine code on its first run
// instead of being interpreted once first. The rules are regex-heavy and most run a few times per
// paper: a lone paper starts ~60 ms sooner (357 against 420 ms wall, 400 against 470 ms CPU,
// medians of 21 interleaved runs).
//
// Set at run time, and safe there: V8's tier-up stays on, so a pattern Node ran before this line
// (its module loaders run one or two) goes on through V8's ordinary tier-up. Turning tier-up off
// instead (--no-regexp-tier-up), which the bin did until a CI run lost `diarium index` without a
// word, crashes V8 (SIGSEGV in native regexp code) when a pattern run once before the change
// runs again after it (packages/cli/test/v8-flags.test.ts). The flag is set from code, not on
// node's command line (`#!/usr/bin/env -S node …`): BusyBox's env (Alpine) and the BSDs'
// have no -S.
"use strict";

const V8_FLAGS = "--regexp-tier-up-ticks=0";

/** Sets V8_FLAGS for this process and its worker threads (V8's flags are the process's). */
function setV8Flags() {
  require("node:v8").setFlagsFromString(V8_FLAGS);
}

module.exports = { V8_FLAGS, setV8Flags };
