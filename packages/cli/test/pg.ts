import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/**
 * A real PostgreSQL for tests. `DIARIUM_PG_URL` (a server someone runs) wins; otherwise a private
 * cluster is made for the test file: `initdb` into a temporary folder, `pg_ctl` on a free loopback
 * port with its socket in that folder, as an unprivileged user when the tests run as root (CI), and
 * stopped and deleted when the file's tests end. Each test file gets a database of its own.
 *
 * Without PostgreSQL's binaries the PostgreSQL tests skip with one line, except in CI (CI=true),
 * where that is an error: CI installs PostgreSQL (.ci/run).
 * @example
 * const pg = await testDatabase("store");   // in beforeAll
 * const store = await openStore(pg.url);
 * await pg.drop();                           // in afterAll
 */

/** The folder of initdb and pg_ctl: PG_BIN, else the newest /usr/lib/postgresql/N/bin, else PATH. */
export const PG_BIN: string | null = findBin();

/** True when tests can reach a PostgreSQL: a URL is given or a cluster can be made. */
export const hasPostgres: boolean = Boolean(process.env["DIARIUM_PG_URL"]) || PG_BIN !== null;

function findBin(): string | null {
  const given = process.env["PG_BIN"];
  if (given && existsSync(join(given, "initdb"))) return given;
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(join(base, v, "bin/initdb"))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions[0]) return join(base, versions[0], "bin");
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  const path = which.stdout.trim();
  return which.status === 0 && path ? path.slice(0, path.lastIndexOf("/")) : null;
}

/**
 * Says in one line that the PostgreSQL tests are skipped, or, in CI, fails: CI must run them.
 * Call at the top of a test file, beside `describe.skipIf(!hasPostgres)`.
 */
export function notePostgresSkipped(what: string): void {
  if (hasPostgres) return;
  if (process.env["CI"] === "true" || process.env["CI"] === "1") {
    throw new Error(`${what}: PostgreSQL is required in CI (no DIARIUM_PG_URL and no initdb in /usr/lib/postgresql/*/bin or PATH; .ci/run installs it)`);
  }
  console.log(`${what}: no PostgreSQL (set DIARIUM_PG_URL or install postgresql); the PostgreSQL tests are skipped`);
}

/** A private PostgreSQL server in a temporary folder. */
export type PgCluster = {
  /** Superuser URL of the `postgres` database: "postgres://diarium@127.0.0.1:54012/postgres". */
  url: string;
  port: number;
  dir: string;
  /** Stops the server and starts it again on the same port (for reconnect tests). */
  restart(): void;
  /** Stops the server (fast: open connections are cut) without deleting it; `start` brings it back. */
  stopServer(): void;
  start(): void;
  /** Stops the server and deletes its folder. Safe to call twice. */
  stop(): void;
};

/** Runs a PostgreSQL binary, as the unprivileged owner of the cluster when we are root. */
function runPg(user: string | null, bin: string, args: string[]): SpawnSyncReturns<string> {
  const cmd = join(PG_BIN!, bin);
  const r = user ? spawnSync("runuser", ["-u", user, "--", cmd, ...args], { encoding: "utf8" }) : spawnSync(cmd, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${bin} ${args.join(" ")} failed (${r.status}): ${(r.stderr || r.stdout || String(r.error)).trim()}`);
  return r;
}

/** A port nobody listens on now, on 127.0.0.1. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * Makes and starts a private cluster. Settings favour speed over durability (fsync off): the
 * cluster lives for one test file. Stopped on process exit too, if the test forgets.
 * @example const cluster = await startCluster(); … cluster.stop()
 */
export async function startCluster(): Promise<PgCluster> {
  if (!PG_BIN) throw new Error("no PostgreSQL binaries (initdb) found; install postgresql or set PG_BIN");
  const user = process.getuid?.() === 0 ? (spawnSync("id", ["-u", "postgres"]).status === 0 ? "postgres" : "nobody") : null;
  const dir = mkdtempSync(join(tmpdir(), "diarium-pg-"));
  if (user) {
    const id = spawnSync("id", ["-u", user], { encoding: "utf8" }).stdout.trim();
    const gid = spawnSync("id", ["-g", user], { encoding: "utf8" }).stdout.trim();
    chownSync(dir, Number(id), Number(gid));
  }
  const data = join(dir, "data");
  runPg(user, "initdb", ["-D", data, "-U", "diarium", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const port = await freePort();
  const conf = [
    `port = ${port}`,
    "listen_addresses = '127.0.0.1'",
    `unix_socket_directories = '${dir}'`,
    "fsync = off",
    "synchronous_commit = off",
    "full_page_writes = off",
    "max_connections = 60",
    "shared_buffers = 32MB",
  ].join("\n");
  // Appended to the config initdb wrote (the last setting wins; root may write the user's file).
  appendFileSync(join(data, "postgresql.conf"), `\n${conf}\n`);
  const log = join(dir, "server.log");
  const start = (): void => void runPg(user, "pg_ctl", ["-D", data, "-l", log, "-w", "-t", "60", "start"]);
  const stopServer = (): void => void runPg(user, "pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
  start();
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    try {
      stopServer();
    } catch {
      // already stopped (a test stopped it): the folder goes all the same
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stop);
  return { url: `postgres://diarium@127.0.0.1:${port}/postgres`, port, dir, start, stopServer, restart: () => (stopServer(), start()), stop };
}

/** A database of its own for one test file, on DIARIUM_PG_URL's server or a private cluster. */
export type TestDatabase = { url: string; cluster: PgCluster | null; drop(): Promise<void> };

/**
 * A fresh, empty database for a test file (named after `name` and the process), on the server of
 * DIARIUM_PG_URL or on a private cluster started for it. `drop` deletes it (and stops the cluster).
 * @example const db = await testDatabase("store"); db.url // "postgres://diarium@127.0.0.1:54012/diarium_store_4711"
 */
export async function testDatabase(name: string): Promise<TestDatabase> {
  const given = process.env["DIARIUM_PG_URL"];
  const cluster = given ? null : await startCluster();
  const admin = given ?? cluster!.url;
  const database = `diarium_${name.replace(/\W/g, "_")}_${process.pid}_${Date.now() % 100000}`.toLowerCase();
  await adminQuery(admin, `CREATE DATABASE ${database}`);
  const url = new URL(admin);
  url.pathname = `/${database}`;
  return {
    url: url.toString(),
    cluster,
    drop: async () => {
      if (cluster) return cluster.stop();
      await adminQuery(admin, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
