import { availableParallelism } from "node:os";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import type { AnalyzeFlags } from "./commands/analyze.ts";
import type { OcrMode } from "@diarium/parser";
import { DIARIUM_VERSION } from "./version.ts";
import { DEFAULT_MAX_MEMORY_MB, type Prestarted } from "./batch/spawn.ts";

// Workers run dist/worker.cjs (worker-entry.ts). Commands are imported when they run, so
// `diarium --help` loads neither the analysis nor SQLite, and `diarium query` not the analysis.

const EXAMPLES = `
Examples:
  diarium analyze corpus/stockholm-utlatande-2013-125.txt          one JSON object on stdout
  diarium analyze a.txt b.pdf                                      one JSON object per line (NDJSON)
  cat paper.txt | diarium analyze -                                read stdin
  diarium analyze archive --out OUT --jobs 4                       <stem>.json per file, resumable
  diarium analyze paper.txt --format summary                       a dozen human lines
  diarium index OUT --db archive.sqlite                            load analyses into SQLite
  diarium index OUT2 --db archive.sqlite                           add a second archive (OUT stays)
  diarium query stance --db archive.sqlite --party Miljöpartiet --format csv
  diarium query stance --db archive.sqlite --from 2013 --to 2013 --undated include
  diarium query stance --db archive.sqlite --item "§ 98" --format csv
  diarium query documents --db archive.sqlite --dnr 325-1328/2012
  diarium search 'laddplats OR "personligt ombud"' --db archive.sqlite --limit 5
  diarium export --db archive.sqlite --format popolo --out POPOLO
  diarium index OUT --db postgres://diarium@db.example/arkiv       the same index, shared, on PostgreSQL
  diarium view corpus/stockholm-utlatande-2013-125-print.pdf --out v.html   the paper, facts marked
  diarium serve --db archive.sqlite --port 8080                    browse it at http://127.0.0.1:8080/

Exit codes: 0 all inputs succeeded, 1 any input failed, 2 usage error.`;

/**
 * The CLI: parses argv, runs one command, returns the exit code (never calls process.exit).
 * `prestarted`: a worker the bin started for `analyze` before loading this (batch/prestart.ts).
 * @example await main(["analyze", "corpus", "--out", "OUT"]) // 0
 */
export async function main(argv: string[], { prestarted }: { prestarted?: Prestarted | undefined } = {}): Promise<number> {
  let exitCode = 0;
  // `diarium analyze big | head`: a closed pipe ends the output quietly, not with a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") process.stderr.write(`diarium: E_IO: stdout: ${error.message}\n`);
  });
  // stdin is opened only by a command that reads it (`analyze -`): the stream costs each start ~3 ms
  const io = {
    stdout: process.stdout,
    stderr: process.stderr,
    get stdin() {
      return process.stdin;
    },
    workerEntry: workerEntry(),
    ...(prestarted ? { prestarted } : {}),
  };
  const program = new Command("diarium")
    .description("Swedish municipal decision papers in, structured evidence-linked JSON out.")
    .version(DIARIUM_VERSION)
    .addHelpText("after", EXAMPLES)
    .showHelpAfterError("(run with --help for usage and examples)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });

  program
    .command("analyze")
    .description("analyse files, folders (recursively: .txt .md .pdf) or stdin (-)")
    .argument("<inputs...>", "files, folders, or - for stdin")
    .option("-o, --out <dir>", "write <stem>.json per input under DIR, mirroring folders")
    .option("--pretty", "indent the JSON", false)
    .option("-j, --jobs <n>", "worker threads; with PDFs and n ≤ 2 the main thread analyses what they read (n + 1 threads)", positiveInt, availableParallelism())
    .option("--force", "redo inputs whose analysis in OUT is up to date", false)
    .option("-q, --quiet", "no progress and no summary (failure lines still print)", false)
    .addOption(new Option("--format <format>", "json or summary").choices(["json", "summary"]).default("json"))
    .option("--timeout <sec>", "per-file time limit in seconds", positiveInt, 120)
    .option("--max-size <mb>", "largest input in MB (default: 20 for text, 100 for PDF)", positiveInt)
    .option("--max-memory <mb>", "memory per worker in MB, its heap and pdf.js's buffers together", positiveInt, DEFAULT_MAX_MEMORY_MB)
    .addOption(new Option("--annotations <mode>", "a PDF's filled form fields, FreeText and notes: include or exclude").choices(["include", "exclude"]).default("include"))
    .addOption(new Option("--ocr <mode>", "OCR (tesseract) of PDF pages: auto (pages without a usable text layer), always or never").choices(["auto", "always", "never"]).default("auto"))
    .option("--ocr-lang <lang>", "tesseract's language data for OCR (tesseract-ocr-swe gives swe)", "swe")
    .option("--ocr-dpi <dpi>", "resolution a page is rendered at for OCR", positiveInt, 300)
    .addHelpText("after", EXAMPLES)
    .action(async (inputs: string[], o: AnalyzeCli) => {
      const { analyzeCommand } = await import("./commands/analyze.ts");
      exitCode = await analyzeCommand(
        inputs,
        {
          ...(o.out ? { out: o.out } : {}),
          pretty: o.pretty,
          jobs: o.jobs,
          force: o.force,
          quiet: o.quiet,
          format: o.format,
          timeoutSec: o.timeout,
          ...(o.maxSize === undefined ? {} : { maxSizeMb: o.maxSize }),
          maxMemoryMb: o.maxMemory,
          ...(o.annotations ? { annotations: o.annotations } : {}),
          ocr: { mode: o.ocr, lang: o.ocrLang, dpi: o.ocrDpi },
        },
        io,
      );
    });

  program
    .command("index")
    .description("add the analyses in OUT to an index, SQLite or PostgreSQL (incremental; keeps what other folders added)")
    .argument("<out>", "folder of analyses written by diarium analyze --out")
    .requiredOption("--db <file|url>", "SQLite database file (created when missing), or a PostgreSQL URL postgres://user@host/db")
    .option("-q, --quiet", "no summary line (removals are still named)", false)
    .option("--prune", "also remove documents of other OUT folders whose analysis file is gone", false)
    .option("--municipality <name>", "the municipality of every paper in OUT (default: read from each paper)")
    .addHelpText("after", EXAMPLES)
    .action(async (out: string, o: { db: string; quiet: boolean; prune: boolean; municipality?: string }) => {
      const { indexCommand } = await import("./commands/index-db.ts");
      exitCode = await indexCommand(out, o, io);
    });

  const query = program.command("query").description("ask an index questions").addHelpText("after", EXAMPLES);
  withDates(
    withFormat(
      query
        .command("stance")
        .description("one row per party position per paper: paper, municipality, Dnr, date, item (§ and title), forum, party, stance, kind, page, quote")
        .requiredOption("--db <file|url>", "SQLite database from diarium index, or a PostgreSQL URL")
        .option("--party <party>", "party code or name, any case (MP, mp, Miljöpartiet)")
        .option("--forum <text>", "forum, or part of its name")
        .option("--stance <stance>", "bifall, delvis_bifall, avslag, besvarad, aterremiss, ingen_stallning")
        .option("--kind <kind>", "reservation, sarskilt_uttalande, forslag, yrkande, beslut, remissvar, votering")
        .option("--municipality <name>", "municipality (Stockholm)")
        .option("--item <paragraph>", 'paragraph of a whole protocol: "§ 114", "§114" or "114"'),
    ),
  ).action(async (o: QueryCli) => {
    const { queryStanceCommand } = await import("./commands/query.ts");
    exitCode = await queryStanceCommand(o, io);
  });
  withDates(
    withFormat(
      query
        .command("documents")
        .description("papers by Dnr, number, issuer, municipality and date range")
        .requiredOption("--db <file|url>", "SQLite database from diarium index, or a PostgreSQL URL")
        .option("--dnr <dnr>", "diarienummer, or part of it")
        .option("--number <number>", "paper number, e.g. 2013:125")
        .option("--issuer <text>", "issuer, or part of its name")
        .option("--municipality <name>", "municipality (Stockholm)"),
    ),
  ).action(async (o: QueryCli) => {
    const { queryDocumentsCommand } = await import("./commands/query.ts");
    exitCode = await queryDocumentsCommand(o, io);
  });

  withFormat(
    program
      .command("search")
      .description("full-text search of section texts, every Swedish word form (laddplats finds laddplatser, laddplatsen)")
      .argument("<query>", 'words (all must occur), "a phrase", OR, NOT, prefix* and (groups)')
      .requiredOption("--db <file|url>", "SQLite database from diarium index, or a PostgreSQL URL")
      .option("--limit <n>", "most results", positiveInt, 20)
      .addHelpText("after", SEARCH_SYNTAX),
  ).action(async (q: string, o: QueryCli & { limit: number }) => {
    const { searchCommand } = await import("./commands/search.ts");
    exitCode = await searchCommand(q, o, io);
  });

  // The shared queue (PostgreSQL, pg-boss): pg and pg-boss load only when these commands run.
  program
    .command("enqueue")
    .description("queue papers (files or folders) on a PostgreSQL job queue, one job per paper keyed by its sha256")
    .argument("<inputs...>", "files or folders (read by path on the worker machines: use a shared mount)")
    .requiredOption("--db <url>", "PostgreSQL URL (postgres://user@host/db): the queue and the index")
    .option("--lease <sec>", "a job still running this long after it was taken (its worker died) is queued again", positiveInt, 600)
    .option("-q, --quiet", "no summary line", false)
    .addHelpText("after", QUEUE_EXAMPLES)
    .action(async (inputs: string[], o: { db: string; lease: number; quiet: boolean }) => {
      const { enqueueCommand } = await import("./commands/enqueue.ts");
      exitCode = await enqueueCommand(inputs, { db: o.db, leaseSec: o.lease, quiet: o.quiet }, io);
    });
  program
    .command("work")
    .description("take papers from the PostgreSQL queue, analyse them and store each analysis in the index; exits when the queue is drained")
    .requiredOption("--db <url>", "PostgreSQL URL (postgres://user@host/db): the queue and the index")
    .option("-j, --jobs <n>", "worker threads", positiveInt, availableParallelism())
    .option("--timeout <sec>", "per-paper time limit in seconds", positiveInt, 120)
    .option("--max-memory <mb>", "memory per worker in MB, its heap and pdf.js's buffers together", positiveInt, DEFAULT_MAX_MEMORY_MB)
    .option("--retries <n>", "a paper that crashes its worker (memory, time, death) runs again at most N times", nonNegativeInt, 2)
    .option("--watch", "keep waiting for new papers when the queue is empty", false)
    .option("-q, --quiet", "only failure lines", false)
    .addHelpText("after", QUEUE_EXAMPLES)
    .action(async (o: { db: string; jobs: number; timeout: number; maxMemory: number; retries: number; watch: boolean; quiet: boolean }) => {
      const { workCommand } = await import("./commands/work.ts");
      const superviseEverySec = Number(process.env["DIARIUM_SUPERVISE_SEC"]) || undefined;
      exitCode = await workCommand({ db: o.db, jobs: o.jobs, timeoutSec: o.timeout, maxMemoryMb: o.maxMemory, retries: o.retries, watch: o.watch, quiet: o.quiet, ...(superviseEverySec ? { superviseEverySec } : {}) }, io);
    });
  program
    .command("status")
    .description("the PostgreSQL queue: queued, running, done, failed (by code) and papers/s lately")
    .requiredOption("--db <url>", "PostgreSQL URL (postgres://user@host/db)")
    .addOption(new Option("--format <format>", "table or json").choices(["table", "json"]).default("table"))
    .option("--window <min>", "throughput over the last N minutes", positiveInt, 5)
    .addHelpText("after", QUEUE_EXAMPLES)
    .action(async (o: { db: string; format: "table" | "json"; window: number }) => {
      const { statusCommand } = await import("./commands/status.ts");
      exitCode = await statusCommand({ db: o.db, format: o.format, windowMin: o.window }, io);
    });

  program
    .command("export")
    .description("the archive as Popolo JSON (people, parties, bodies, motions, vote events with counts and votes) or tidy CSV tables with a data dictionary")
    .requiredOption("--db <file|url>", "SQLite database from diarium index, or a PostgreSQL URL")
    .requiredOption("--format <format>", "popolo or csv-bundle")
    .requiredOption("--out <dir>", "folder to write popolo.json, or papers.csv, positions.csv, votes.csv, ballots.csv, people.csv and dictionary.csv")
    .option("-q, --quiet", "no summary line", false)
    .addHelpText("after", EXAMPLES)
    .action(async (o: { db: string; format: string; out: string; quiet: boolean }) => {
      const { exportCommand } = await import("./commands/export.ts");
      exitCode = await exportCommand(o, io);
    });

  program
    .command("serve")
    .description("a local web app over an index: search, the stance table with filters, a party's timeline, each paper with its evidence")
    .requiredOption("--db <file|url>", "SQLite database from diarium index, or a PostgreSQL URL (read-only either way)")
    .option("--port <n>", "port to listen on (0: any free port, printed)", port, 8080)
    .option("--host <address>", "address to listen on (other than loopback, anyone who reaches it can read the archive)", "127.0.0.1")
    .addHelpText("after", EXAMPLES)
    .action(async (o: { db: string; port: number; host: string }) => {
      const { serveCommand } = await import("./commands/serve.ts");
      exitCode = await serveCommand(o, io);
    });

  program
    .command("view")
    .description("one self-contained HTML page (no network) showing a paper with every fact's evidence marked on its page")
    .argument("<input>", "a paper (.pdf, .txt, .md) or its analysis (.json)")
    .option("-o, --out <file>", "the HTML file (default: <stem>.view.html here; - for stdout)")
    .option("--pdf <file>", "for an analysis of a PDF: the PDF (default: its source.path)")
    .option("-q, --quiet", "no summary line", false)
    .action(async (input: string, o: { out?: string; pdf?: string; quiet: boolean }) => {
      const { viewCommand } = await import("./commands/view.ts");
      exitCode = await viewCommand(input, o, io);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" ? 0 : 2;
    }
    process.stderr.write(`diarium: E_INTERNAL: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  return exitCode;
}

/**
 * The worker threads' script: dist/worker.cjs next to the bundle (diarium.mjs or analyze.cjs), or
 * this file itself when run unbundled.
 */
function workerEntry(): URL {
  const here = new URL(import.meta.url);
  return here.pathname.endsWith(".ts") ? here : new URL("./worker.cjs", here);
}

const QUEUE_EXAMPLES = `
Examples (one PostgreSQL, any number of machines; the papers on a shared mount):
  diarium enqueue /mnt/arkiv --db postgres://diarium@db.example/arkiv     one job per paper
  diarium work --db postgres://diarium@db.example/arkiv --jobs 4           on each machine
  diarium status --db postgres://diarium@db.example/arkiv
  diarium query stance --db postgres://diarium@db.example/arkiv --party MP`;

/** The analyze options as commander names them. */
type AnalyzeCli = Omit<AnalyzeFlags, "out" | "timeoutSec" | "maxSizeMb" | "maxMemoryMb" | "ocr"> & { out?: string; timeout: number; maxSize?: number; maxMemory: number; ocr: OcrMode; ocrLang: string; ocrDpi: number };

export type QueryCli = { db: string; format: string; bom: boolean; [key: string]: unknown };

const SEARCH_SYNTAX = `
Search syntax:
  laddplats                every form of the word: laddplats, laddplatsen, laddplatser, laddplatserna
  personligt ombud         both words, anywhere in the section
  "personligt ombud"       the words next to each other, in any of their forms
  ladd*                    words that begin with ladd (laddplats, laddstolpe)
  bifall OR avslag         either word
  motion NOT återremiss    the first without the second
  (bifall OR avslag) motion    parentheses group`;

function withDates(command: Command): Command {
  return command
    .option("--from <date>", "dated on or after (YYYY-MM-DD, YYYY-MM or YYYY)")
    .option("--to <date>", "dated on or before (YYYY-MM-DD, YYYY-MM or YYYY)")
    .option("--undated <which>", "papers without a date under --from/--to: include, exclude (default, and counted on stderr) or only");
}

function withFormat(command: Command): Command {
  return command
    .addOption(new Option("--format <format>", "table, json, ndjson or csv").choices(["table", "json", "ndjson", "csv"]).default("table"))
    .option("--bom", "start CSV with a UTF-8 byte-order mark (for Excel)", false)
    .addHelpText("after", EXAMPLES);
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError("expected a port, 0 to 65535 (0: any free port)");
  return n;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number, 0 or more");
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a positive whole number");
  return n;
}
