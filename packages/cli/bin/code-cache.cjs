// V8's code cache for a CommonJS script (dist/analyze.cjs; dist/worker.cjs and pdf.js's
// dist/pdfjs-dist.cjs in the workers). Node 20 keeps no compiled code of ES modules between runs
// (module.enableCompileCache came in Node 22), but vm.Script takes the bytecode V8 saved of an
// earlier run: `diarium analyze one.txt` then compiles neither the bundle nor the analysis
// functions it runs again (~60 ms of main-thread CPU, bench/startup.mjs).
//
// The cache lives next to the script (`analyze.cjs.cache`) and is written (by the bin, after a
// lone paper read in its own thread) when there was none, or it did not fit: another bundle (by
// its SHA-256), another Node or V8 (V8's own check), or a damaged file (by the SHA-256 of the
// cached bytes: V8 does not check them itself, and a flipped byte aborts the process in its
// deserializer). A cache that does not fit is never
// fed to V8, or V8 rejects it; the run goes on compiling afresh and says nothing. A folder that
// cannot be written (a read-only global install) just runs without a cache.
"use strict";
const { createHash } = require("node:crypto");
const { readFileSync, renameSync, rmSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { dirname } = require("node:path");
const vm = require("node:vm");

const FORMAT = "diarium-code-cache 1";

/**
 * Loads the CommonJS script `file` through its code cache. `save()` (after the run, so that the
 * functions the run compiled are in it) writes the cache when there was none that fitted. V8 keeps
 * a cache only under the flags it was made with: the bin sets them as it starts (bin/diarium.cjs).
 * @example const { exports, save } = loadWithCodeCache("/…/dist/analyze.cjs"); await exports.main(argv); save();
 */
function loadWithCodeCache(file) {
  const bytes = readFileSync(file);
  const source = bytes.toString("utf8");
  const key = `${FORMAT} ${process.version} ${process.arch} ${sha256(bytes)}`;
  const cacheFile = `${file}.cache`;
  const cachedData = readCache(cacheFile, key);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    // A dynamic import() in the script (pdf.js, only ever loaded in the workers) would resolve as
    // in a module of the bundle (Node marks this option experimental, and says so once if used).
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const fits = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: module.exports,
    /** True when the script ran from a cache that fitted. */
    cached: fits,
    save() {
      if (!fits) writeCache(cacheFile, key, script.createCachedData());
    },
  };
}

/**
 * The file holds one header line, `<key> <SHA-256 of the data>`, then the data V8 made. Returns
 * the data, or undefined when the file is missing, made for another script, Node or format, or
 * its data is not what was written.
 */
function readCache(cacheFile, key) {
  let bytes;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(10);
  const [headerKey, dataHash] = splitLast(bytes.subarray(0, Math.max(end, 0)).toString("latin1"));
  if (end < 0 || headerKey !== key) return undefined;
  const data = bytes.subarray(end + 1);
  return sha256(data) === dataHash ? data : undefined;
}

/**
 * Written to a temp file and renamed into place: a run reading it at once sees the old or the new.
 * The temp file is the thread's own (two workers may write pdf.js's cache at once).
 */
function writeCache(cacheFile, key, data) {
  // worker_threads only here: requiring it costs a lone paper's start ~3 ms
  const temp = `${cacheFile}.${process.pid}-${require("node:worker_threads").threadId}.tmp`;
  try {
    writeFileSync(temp, Buffer.concat([Buffer.from(`${key} ${sha256(data)}\n`, "latin1"), data]));
    renameSync(temp, cacheFile);
  } catch {
    // A folder this user cannot write: the next run compiles afresh, as this one did.
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}

function sha256(data) {
  return createHash("sha256").update(data).digest("hex");
}

/** "a b c" → ["a b", "c"]. */
function splitLast(line) {
  const at = line.lastIndexOf(" ");
  return [line.slice(0, at), line.slice(at + 1)];
}

module.exports = { loadWithCodeCache };
