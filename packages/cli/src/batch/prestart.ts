// The bin's head start for `diarium analyze` (built as dist/prestart.cjs, apart from the command
// line): a PDF is read in a worker, and a worker takes ~0.1 s to start and ~0.2 s more to load
// pdf.js, all before the first page. Started here, before the bin loads the command line and the
// analysis (dist/analyze.cjs, ~0.1 s on the main thread), the two overlap on two cores.
import { DEFAULT_MAX_MEMORY_MB, startWorker, type Prestarted } from "./spawn.ts";

/** An operand or option value that names a PDF: "paper.pdf", "ARKIV/Protokoll.PDF". */
const PDF_NAME = /\.pdf$/i;

/**
 * A worker started for `diarium analyze ARGS` when they name a PDF, with the heap limits of
 * --max-memory; undefined otherwise. The worker loads pdf.js at once. It does not keep the
 * process alive (the pool that takes it does; see takePrestarted), and the bin stops it after the
 * command in case no pool took it (a usage error, an up-to-date output, a text paper).
 * @example prestartReader(["paper.pdf"], new URL("./worker.cjs", distUrl)) // { worker, memoryMb: 2048, … }
 */
export function prestartReader(args: string[], entry: URL): Prestarted | undefined {
  if (!args.some((arg) => PDF_NAME.test(arg))) return undefined;
  const memoryMb = maxMemoryOf(args);
  if (memoryMb === undefined) return undefined;
  const worker = startWorker(entry, memoryMb, true);
  worker.unref();
  const prestarted: Prestarted = { worker, entry: entry.href, memoryMb, gone: false };
  const gone = (): void => {
    prestarted.gone = true;
  };
  worker.on("error", gone);
  worker.on("exit", gone);
  return prestarted;
}

/**
 * --max-memory as commander reads it (`--max-memory 512` or `--max-memory=512`, the last one
 * given), the default when absent, undefined when its value is no whole number of 1 or more
 * (commander then stops with a usage error, and no worker is wanted).
 * @example maxMemoryOf(["a.pdf", "--max-memory=512"]) // 512
 */
function maxMemoryOf(args: string[]): number | undefined {
  let value: string | undefined;
  for (const [k, arg] of args.entries()) {
    if (arg === "--") break;
    if (arg === "--max-memory") value = args[k + 1] ?? "";
    else if (arg.startsWith("--max-memory=")) value = arg.slice("--max-memory=".length);
  }
  if (value === undefined) return DEFAULT_MAX_MEMORY_MB;
  const mb = Number(value);
  return Number.isInteger(mb) && mb >= 1 ? mb : undefined;
}
