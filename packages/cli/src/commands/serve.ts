import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { messageOf } from "../batch/failure.ts";
import { createApp } from "../serve/app.ts";
import { readOnlyUrl } from "../serve/data.ts";
import { isPostgresUrl, missingDatabase, openStore } from "../store/open.ts";
import type { Store } from "../store/types.ts";
import type { QueryIo } from "./query.ts";

export type ServeOptions = { db: string; port: number; host: string };

/** Host names that reach only this machine: a server bound to one of them answers only to them. */
const LOOPBACK = ["127.0.0.1", "localhost", "::1"];

/**
 * `diarium serve --db archive.sqlite [--port 8080] [--host 127.0.0.1]`: the web app over an index,
 * read-only. Resolves with the exit code when the server stops: 0 after SIGINT/SIGTERM (open
 * connections closed), 1 when the address is taken or the database cannot be opened (one line), 2
 * when there is no database.
 * @example await serveCommand({ db: "archive.sqlite", port: 8080, host: "127.0.0.1" }, io) // 0, after Ctrl-C
 */
export async function serveCommand(o: ServeOptions, io: QueryIo, signals: NodeJS.EventEmitter = process): Promise<number> {
  const missing = missingDatabase(o.db);
  if (missing) {
    io.stderr.write(missing + "\n");
    return 2;
  }
  let data: Store;
  try {
    data = await openStore(isPostgresUrl(o.db) ? readOnlyUrl(o.db) : o.db, { readonly: true });
  } catch (error) {
    io.stderr.write(`${o.db}: E_DB: ${messageOf(error)}\n`);
    return 1;
  }
  const loopback = LOOPBACK.includes(o.host.toLowerCase());
  const app = createApp(data, { ...(loopback ? { allowedHosts: LOOPBACK } : {}), log: (line) => io.stderr.write(`${line}\n`) });
  return new Promise<number>((done) => {
    const server = serve({ fetch: app.fetch, port: o.port, hostname: o.host }, (info: AddressInfo) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      io.stdout.write(`diarium serve: http://${host}:${info.port}/ (${data.location}, read-only; Ctrl-C stops)\n`);
    });
    const stop = (code: number) => {
      signals.off("SIGINT", onSignal);
      signals.off("SIGTERM", onSignal);
      // Keep-alive connections of a browser would hold close() open: they are ended too.
      server.close(() => void data.close().finally(() => done(code)));
      if ("closeAllConnections" in server) server.closeAllConnections();
    };
    const onSignal = () => stop(0);
    server.once("error", (error: NodeJS.ErrnoException) => {
      signals.off("SIGINT", onSignal);
      signals.off("SIGTERM", onSignal);
      void data.close();
      const reason =
        error.code === "EADDRINUSE" ? `${o.host}:${o.port} is in use (another server runs there; choose a free port with --port)`
        : error.code === "EACCES" ? `${o.host}:${o.port} is not allowed for this user (choose a port above 1023)`
        : error.code === "EADDRNOTAVAIL" ? `${o.host} is not an address of this machine`
        : messageOf(error);
      io.stderr.write(`diarium serve: E_LISTEN: ${reason}\n`);
      done(1);
    });
    signals.on("SIGINT", onSignal);
    signals.on("SIGTERM", onSignal);
  });
}
