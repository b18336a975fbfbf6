// The worker threads' entry, bundled apart from the command line (dist/worker.mjs): a worker
// loads the reader, and the analysis only for a task it analyses (perform in batch/worker.ts),
// and nothing of commander, SQLite or the query commands.
import { isMainThread, workerData } from "node:worker_threads";
import { WORKER_MARK } from "./batch/spawn.ts";
import { serveTasks } from "./batch/worker.ts";

if (!isMainThread && (workerData as { mark?: string } | null)?.mark === WORKER_MARK) serveTasks();
