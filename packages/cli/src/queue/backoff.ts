/**
 * Errors that mean the server is (for now) out of reach, not that the request was wrong: a
 * refused or cut connection, a server shutting down or starting (PostgreSQL's classes 08 and 57P).
 * @example isConnectionError(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })) // true
 */
export function isConnectionError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === "string" ? e.code : "";
  if (/^(08|57P)/.test(code) || ["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN"].includes(code)) return true;
  const message = typeof e?.message === "string" ? e.message : String(error);
  return /Connection terminated|connection (?:is )?(?:closed|ended)|Client has encountered a connection error|the database system is (?:starting up|shutting down)|timeout exceeded when trying to connect/i.test(message);
}

/**
 * Exponential backoff with jitter for reconnecting: 0.25 s, 0.5 s, 1 s … up to `maxMs`, each wait
 * a random 50–100 % of its step so that many workers do not knock on a restarted server at once.
 * @example const b = new Backoff(); await b.wait(); b.reset()
 */
export class Backoff {
  private step = 0;
  constructor(private readonly firstMs = 250, private readonly maxMs = 10_000) {}

  /** How many waits in a row since the last reset. */
  get failures(): number {
    return this.step;
  }

  async wait(): Promise<void> {
    const ms = Math.min(this.maxMs, this.firstMs * 2 ** this.step) * (0.5 + Math.random() / 2);
    this.step++;
    await new Promise((resolve) => setTimeout(resolve, ms));
  }

  reset(): void {
    this.step = 0;
  }
}

/**
 * Runs `action` until it succeeds, waiting with backoff while the server is out of reach; other
 * errors are thrown at once. `onWait` hears each connection error (to say so once).
 * @example await untilReachable(() => store.putAnalysis(entry), (e, n) => n === 1 && log(e))
 */
export async function untilReachable<T>(action: () => Promise<T>, onWait: (error: unknown, failures: number) => void = () => undefined): Promise<T> {
  const backoff = new Backoff();
  for (;;) {
    try {
      return await action();
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      onWait(error, backoff.failures + 1);
      await backoff.wait();
    }
  }
}
