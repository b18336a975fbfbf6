import { closeSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { threadId } from "node:worker_threads";

/**
 * Writes a file atomically: a temp file in the same folder, then a rename. A killed run leaves
 * at most a `.*.tmp` file, never a half-written analysis.
 * @example writeAtomic("/tmp/out/2013/a.json", json)
 */
export function writeAtomic(target: string, content: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${threadId}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** `"generator":{"name":"diarium","version":"0.1.0"}` at the head of an analysis (compact or pretty). */
const GENERATOR_VERSION = /"generator"\s*:\s*\{\s*"name"\s*:\s*"diarium"\s*,\s*"version"\s*:\s*"(?<version>[^"]+)"/;
/** `"sha256":"9f86d0…"` inside `source`. */
const SOURCE_SHA256 = /"sha256"\s*:\s*"(?<sha>[0-9a-f]{64})"/;

/**
 * The version and source hash of an analysis already in OUT, read from the head of the file
 * (schemaVersion, generator and source come first), or null when there is none.
 * @example existingAnalysis("/tmp/out/a.json") // { version: "0.1.0", sha256: "9f86…" }
 */
export function existingAnalysis(file: string): { version: string; sha256: string } | null {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return null;
  }
  try {
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, n).toString("utf8");
    const version = GENERATOR_VERSION.exec(text)?.groups?.["version"];
    const sha256 = SOURCE_SHA256.exec(text)?.groups?.["sha"];
    return version && sha256 ? { version, sha256 } : null;
  } finally {
    closeSync(fd);
  }
}

/** A temp file of {@link writeAtomic}: ".a.json.4242-1.tmp" (pid 4242, thread 1). */
const TEMP_FILE = /^\..+\.(?<pid>\d+)-\d+\.tmp$/;

/**
 * Removes temp files left in OUT by a run that was killed (their process is gone); a running
 * diarium's temp files are left alone.
 * @example sweepStaleTemps("/tmp/out") // 1
 */
export function sweepStaleTemps(outDir: string): number {
  let removed = 0;
  let entries;
  try {
    entries = readdirSync(outDir, { withFileTypes: true, recursive: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const pid = e.isFile() ? TEMP_FILE.exec(e.name)?.groups?.["pid"] : undefined;
    if (!pid || isAlive(Number(pid))) continue;
    rmSync(join(e.parentPath, e.name), { force: true });
    removed++;
  }
  return removed;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === "EPERM";
  }
}
