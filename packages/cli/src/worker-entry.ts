// The worker threads' entry, bundled apart from the command line (dist/worker.cjs, which spawn.ts
// compiles through V8's code cache and starts with serve): a worker loads the reader, and the
// analysis only for a task it analyses (perform in batch/worker.ts), and nothing of commander,
// SQLite or the query commands.
import { isMainThread, workerData } from "node:worker_threads";
import { WORKER_MARK, type WorkerStart } from "./batch/spawn.ts";
import { serveTasks } from "./batch/worker.ts";

// What spawn.ts's starter calls with the code-cache loader's save (written after the first task).
export { serveTasks as serve };

// Started as a module of its own (the sources run unbundled), it serves at once.
const start = workerData as Partial<WorkerStart> | null;
if (!isMainThread && start?.mark === WORKER_MARK && !start.compiled) serveTasks();
