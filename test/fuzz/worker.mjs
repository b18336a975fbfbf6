// Worker threads do not inherit tsx's loader: register it here, then run the fuzz worker.
import { register } from "tsx/esm/api";

register();
await import("./run.ts");
