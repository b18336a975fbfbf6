import { readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { tooLarge, type InputFormat } from "@diarium/parser";
import { messageOf, type Failure } from "./failure.ts";

export type { InputFormat };

/** One file to analyse: where it is, how the user named it, and where its analysis goes. */
export type InputFile = {
  /** Absolute path on disk, or "-" for stdin. */
  file: string;
  /** The path as the user would write it ("archive/2013/a.txt"); goes into `source.path`. */
  display: string;
  format: InputFormat;
  /** Path of the analysis relative to --out ("2013/a.json"), never starting with "..". */
  outRel: string;
  size: number;
  /** A named pipe, not a regular file: its bytes can be read once, as its writer writes them (batch/input-bytes.ts). */
  pipe?: true;
};

/** Extensions read when given explicitly (and by `diarium view`); folder walks pick only {@link WALKED}. */
export const FORMAT_BY_EXTENSION: Record<string, InputFormat> = { ".pdf": "pdf", ".txt": "text", ".md": "text", ".text": "text" };
const WALKED = new Set([".txt", ".md", ".pdf"]);
/**
 * Papers in formats diarium cannot read yet: met in a folder walk they are reported (E_UNSUPPORTED),
 * not passed over, so an archive learns which papers went unanalysed. Other files (data, notes,
 * system files) are not papers and are left alone.
 */
const PAPER_LIKE = new Set([".doc", ".docx", ".odt", ".rtf", ".htm", ".html", ".xml", ".tif", ".tiff", ".jpg", ".jpeg", ".png"]);

export type CollectOptions = { maxBytes: Readonly<Record<InputFormat, number>> };
/** `failureAt[i]` is how many inputs were met before `failures[i]`: its place in input order. */
export type Collected = { inputs: InputFile[]; failures: Failure[]; failureAt: number[] };

/**
 * Expands the command-line operands into input files: files as given, folders walked
 * recursively (following symlinks, reporting loops), "-" for stdin. Files over the size limit,
 * unsupported types and unreadable entries become failures, never exceptions.
 * @example collectInputs(["corpus", "notes/x.md"], { maxBytes: { text: 20e6, pdf: 100e6 } }).inputs[0].outRel // "hagersten-….json"
 */
export function collectInputs(operands: string[], options: CollectOptions): Collected {
  const inputs: InputFile[] = [];
  const failures: Failure[] = [];
  const failureAt: number[] = [];
  const fail = (path: string, code: string, message: string): void => {
    failures.push({ path, code, message });
    failureAt.push(inputs.length);
  };

  const seenFiles = new Set<string>();
  const addFile = (abs: string, display: string, rel: string, stats: Stats, explicit: boolean): void => {
    // A file named on the command line and also met in a folder walk is one input.
    if (seenFiles.has(abs)) return;
    seenFiles.add(abs);
    const ext = extname(abs).toLowerCase();
    const format = FORMAT_BY_EXTENSION[ext];
    if (!format || (!explicit && !WALKED.has(ext))) {
      if (explicit || PAPER_LIKE.has(ext)) fail(display, "E_UNSUPPORTED", `diarium reads .pdf, .txt, .md and .text files, not "${ext || "(no extension)"}"`);
      return;
    }
    const limit = options.maxBytes[format];
    if (stats.size > limit) {
      fail(display, "E_TOO_LARGE", `${tooLarge(stats.size, limit, format).message} (--max-size)`);
      return;
    }
    inputs.push({ file: abs, display, format, outRel: stemPath(rel), size: stats.size, ...(stats.isFIFO() ? { pipe: true as const } : {}) });
  };

  const walk = (dir: string, root: string, displayRoot: string, seen: Set<string>): void => {
    let real: string;
    let entries: string[];
    try {
      real = realpathSync(dir);
      if (seen.has(real)) {
        fail(join(displayRoot, relative(root, dir)), "E_IO", "symbolic link loop: this folder was already visited");
        return;
      }
      entries = readdirSync(dir).sort(byName);
    } catch (error) {
      fail(join(displayRoot, relative(root, dir)), "E_IO", `cannot read folder: ${messageOf(error)}`);
      return;
    }
    const inside = new Set(seen).add(real);
    for (const name of entries) {
      const abs = join(dir, name);
      const display = join(displayRoot, relative(root, abs));
      let stats: Stats;
      try {
        stats = statSync(abs);
      } catch (error) {
        fail(display, "E_IO", `cannot read: ${messageOf(error)}`);
        continue;
      }
      if (stats.isDirectory()) walk(abs, root, displayRoot, inside);
      else if (stats.isFile()) addFile(abs, display, relative(root, abs), stats, false);
    }
  };

  // Several operands keep their paths below the folder they share, so that archive1/x.txt and
  // archive2/x.txt become OUT/archive1/x.json and OUT/archive2/x.json; one keeps today's layout.
  const base = commonFolder(operands.filter((o) => o !== "-").map((o) => resolve(o)));
  for (const operand of operands) {
    if (operand === "-") {
      inputs.push({ file: "-", display: "stdin", format: "text", outRel: "stdin.json", size: 0 });
      continue;
    }
    const abs = resolve(operand);
    let stats: Stats;
    try {
      stats = statSync(abs);
    } catch (error) {
      fail(operand, "E_IO", errnoMessage(error));
      continue;
    }
    if (stats.isDirectory()) {
      const before = inputs.length + failures.length;
      walk(abs, base ?? abs, join(operand, relative(abs, base ?? abs)), new Set());
      if (inputs.length + failures.length === before) fail(operand, "E_NO_INPUT", "no papers in this folder (diarium reads .txt, .md and .pdf files)");
    } else addFile(abs, operand, base ? relative(base, abs) : basename(abs), stats, true);
  }
  disambiguate(inputs);
  return { inputs, failures, failureAt };
}

/**
 * The folder that holds every operand (a folder operand holds itself), or null for fewer than two.
 * @example commonFolder(["/x/arkiv1", "/x/arkiv2/a.txt"]) // "/x"
 */
function commonFolder(paths: string[]): string | null {
  if (paths.length < 2) return null;
  const folderOf = (p: string): string[] => {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // A missing operand is reported on its own; its parent still counts here.
    }
    return (isDir ? p : dirname(p)).split(sep);
  };
  const [first, ...rest] = paths.map(folderOf);
  let n = first!.length;
  for (const parts of rest) {
    let i = 0;
    while (i < n && i < parts.length && parts[i] === first![i]) i++;
    n = i;
  }
  return first!.slice(0, n).join(sep) || sep;
}

/** "2013/a.txt" → "2013/a.json". */
function stemPath(rel: string): string {
  return rel.slice(0, rel.length - extname(rel).length) + ".json";
}

/**
 * Two inputs that would share an analysis path (a.txt and a.pdf) must not overwrite each other:
 * the first keeps `a.json`, the next gets `a.pdf.json` (then `a.pdf-2.json`, …).
 */
function disambiguate(inputs: InputFile[]): void {
  const taken = new Set<string>();
  for (const input of inputs) {
    let candidate = input.outRel;
    if (taken.has(candidate.toLowerCase())) {
      const base = candidate.slice(0, -".json".length) + extname(input.display).toLowerCase();
      candidate = `${base}.json`;
      for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base}-${n}.json`;
    }
    taken.add(candidate.toLowerCase());
    input.outRel = candidate;
  }
}

/**
 * The absolute output path for an analysis, refusing anything that would land outside OUT.
 * @example outputPath("/tmp/out", "2013/a.json") // "/tmp/out/2013/a.json"
 */
export function outputPath(outDir: string, outRel: string): string {
  const root = resolve(outDir);
  const target = resolve(root, outRel);
  if (!target.startsWith(root + sep)) throw new Error(`output path escapes --out: ${outRel}`);
  return target;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errnoMessage(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES") return "permission denied";
  return messageOf(error);
}
