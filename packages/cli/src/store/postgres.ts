import type { Store } from "./types.ts";

/** The PostgreSQL store (being written; see issue 16). */
export async function openPostgresStore(url: string): Promise<Store> {
  throw new Error(`PostgreSQL store not available yet (${url.replace(/:[^:@/]*@/, ":***@")})`);
}
