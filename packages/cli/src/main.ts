import { availableParallelism } from "node:os";
import { isMainThread, workerData } from "node:worker_threads";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { analyzeCommand, type AnalyzeFlags } from "./commands/analyze.ts";
import { indexCommand } from "./commands/index-db.ts";
import { queryDocumentsCommand, queryStanceCommand } from "./commands/query.ts";
import { searchCommand } from "./commands/search.ts";
import { WORKER_MARK } from "./batch/pool.ts";
import { serveTasks } from "./batch/worker.ts";
import { DIARIUM_VERSION } from "./version.ts";

// The bundle is also the worker entry: a worker thread started by the pool serves tasks.
if (!isMainThread && (workerData as { mark?: string } | null)?.mark === WORKER_MARK) serveTasks();

const EXAMPLES = `
Examples:
  diarium analyze corpus/stockholm-utlatande-2013-125.txt          one JSON object on stdout
  diarium analyze a.txt b.pdf                                      one JSON object per line (NDJSON)
  cat paper.txt | diarium analyze -                                read stdin
  diarium analyze archive --out OUT --jobs 4                       <stem>.json per file, resumable
  diarium analyze paper.txt --format summary                       a dozen human lines
  diarium index OUT --db archive.sqlite                            load analyses into SQLite
  diarium query stance --db archive.sqlite --party MP --format json
  diarium query documents --db archive.sqlite --dnr 325-1328/2012
  diarium search "personligt ombud" --db archive.sqlite --limit 5

Exit codes: 0 all inputs succeeded, 1 any input failed, 2 usage error.`;

/**
 * The CLI: parses argv, runs one command, returns the exit code (never calls process.exit).
 * @example await main(["analyze", "corpus", "--out", "OUT"]) // 0
 */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  // `diarium analyze big | head`: a closed pipe ends the output quietly, not with a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") process.stderr.write(`diarium: E_IO: stdout: ${error.message}\n`);
  });
  const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, workerEntry: new URL(import.meta.url) };
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
    .option("-j, --jobs <n>", "worker threads", positiveInt, availableParallelism())
    .option("--force", "redo inputs whose analysis in OUT is up to date", false)
    .option("-q, --quiet", "no progress and no summary (failure lines still print)", false)
    .addOption(new Option("--format <format>", "json or summary").choices(["json", "summary"]).default("json"))
    .option("--timeout <sec>", "per-file time limit in seconds", positiveInt, 120)
    .option("--max-size <mb>", "largest input in MB (default: 20 for text, 100 for PDF)", positiveInt)
    .option("--max-memory <mb>", "heap cap per worker in MB", positiveInt, 2048)
    .addHelpText("after", EXAMPLES)
    .action(async (inputs: string[], o: AnalyzeCli) => {
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
        },
        io,
      );
    });

  program
    .command("index")
    .description("load the analyses in OUT into a SQLite database (incremental)")
    .argument("<out>", "folder of analyses written by diarium analyze --out")
    .requiredOption("--db <file>", "SQLite database file (created when missing)")
    .option("-q, --quiet", "no summary line", false)
    .addHelpText("after", EXAMPLES)
    .action((out: string, o: { db: string; quiet: boolean }) => {
      exitCode = indexCommand(out, o, io);
    });

  const query = program.command("query").description("ask an index questions").addHelpText("after", EXAMPLES);
  withFormat(
    query
      .command("stance")
      .description("one row per party position: document, forum, party, stance, kind, evidence")
      .requiredOption("--db <file>", "SQLite database from diarium index")
      .option("--party <code>", "party code (S, M, MP, …)")
      .option("--forum <text>", "forum, or part of its name")
      .option("--stance <stance>", "bifall, delvis_bifall, avslag, besvarad, aterremiss, ingen_stallning")
      .option("--from <date>", "documents dated on or after (YYYY-MM-DD)")
      .option("--to <date>", "documents dated on or before (YYYY-MM-DD)"),
  ).action((o: QueryCli) => {
    exitCode = queryStanceCommand(o, io);
  });
  withFormat(
    query
      .command("documents")
      .description("documents by Dnr, number, issuer and date range")
      .requiredOption("--db <file>", "SQLite database from diarium index")
      .option("--dnr <dnr>", "diarienummer, or part of it")
      .option("--number <number>", "paper number, e.g. 2013:125")
      .option("--issuer <text>", "issuer, or part of its name")
      .option("--from <date>", "dated on or after (YYYY-MM-DD)")
      .option("--to <date>", "dated on or before (YYYY-MM-DD)"),
  ).action((o: QueryCli) => {
    exitCode = queryDocumentsCommand(o, io);
  });

  withFormat(
    program
      .command("search")
      .description("full-text search of section texts (Swedish stemming: ombuden finds ombud)")
      .argument("<query>", "words to find")
      .requiredOption("--db <file>", "SQLite database from diarium index")
      .option("--limit <n>", "most results", positiveInt, 20),
  ).action((q: string, o: QueryCli & { limit: number }) => {
    exitCode = searchCommand(q, o, io);
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

/** The analyze options as commander names them. */
type AnalyzeCli = Omit<AnalyzeFlags, "out" | "timeoutSec" | "maxSizeMb" | "maxMemoryMb"> & { out?: string; timeout: number; maxSize?: number; maxMemory: number };

export type QueryCli = { db: string; format: "table" | "json" | "csv"; bom: boolean; [key: string]: unknown };

function withFormat(command: Command): Command {
  return command
    .addOption(new Option("--format <format>", "table, json or csv").choices(["table", "json", "csv"]).default("table"))
    .option("--bom", "start CSV with a UTF-8 byte-order mark (for Excel)", false)
    .addHelpText("after", EXAMPLES);
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a positive whole number");
  return n;
}
