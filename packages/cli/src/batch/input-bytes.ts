import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { tooLarge, type InputFormat } from "@diarium/parser";
import { messageOf } from "./failure.ts";

/** An input's bytes, or why they could not be had (E_IO, E_TOO_LARGE, E_TIMEOUT). */
export type InputBytes = { ok: true; bytes: Uint8Array } | { ok: false; code: string; message: string };

export type InputLimits = { format: InputFormat; maxBytes: number; timeoutMs: number };

/** How long a read of a pipe waits for its writer before it asks again (ms). */
const POLL_MS = 10;
const CHUNK_BYTES = 1 << 20;

/**
 * The bytes of the input file `file`. A regular file is read at once. A named pipe (`mkfifo
 * paper.txt`) is read as its writer writes, and never by a read that waits in the kernel: a
 * pipe whose writer neither writes nor closes would hold the thread there, beyond the reach of the
 * time limit (its worker could not be stopped, and the command would never exit). It ends at the
 * time limit as E_TIMEOUT, or past `maxBytes` as E_TOO_LARGE. A device or a socket is no paper.
 * @example readInput("/abs/a.txt", { format: "text", maxBytes: 20_000_000, timeoutMs: 120_000 }) // { ok: true, bytes }
 */
export function readInput(file: string, limits: InputLimits): InputBytes {
  let fd: number;
  try {
    // O_NONBLOCK: opening a named pipe waits for no writer (and means nothing for a regular file)
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, code: "E_IO", message: `cannot read: ${messageOf(error)}` };
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isFile()) return { ok: true, bytes: readFileSync(fd) };
    if (!stats.isFIFO()) return { ok: false, code: "E_IO", message: `not a file but ${stats.isCharacterDevice() || stats.isBlockDevice() ? "a device" : "a socket"}: diarium reads files, pipes and stdin (-)` };
    return readPipe(fd, limits);
  } catch (error) {
    return { ok: false, code: "E_IO", message: `cannot read: ${messageOf(error)}` };
  } finally {
    closeSync(fd);
  }
}

/**
 * A pipe opened without blocking, read to its end: the end is an end of file after some bytes.
 * Before the first byte an end of file means no writer yet (a named pipe is opened by its writer
 * when it likes), so the read goes on asking until the time limit.
 */
function readPipe(fd: number, { format, maxBytes, timeoutMs }: InputLimits): InputBytes {
  const deadline = Date.now() + timeoutMs;
  const chunks: Buffer[] = [];
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let size = 0;
  for (;;) {
    // -1: the writer is there, with nothing written yet (EAGAIN); 0: end of file
    let n = -1;
    try {
      n = readSync(fd, chunk, 0, CHUNK_BYTES, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
    }
    if (n > 0) {
      chunks.push(Buffer.from(chunk.subarray(0, n)));
      size += n;
      if (size > maxBytes) return { ok: false, code: "E_TOO_LARGE", message: `${tooLarge(size, maxBytes, format).message}, and the pipe had more (--max-size)` };
      continue;
    }
    if (n === 0 && size > 0) return { ok: true, bytes: Buffer.concat(chunks, size) };
    if (Date.now() >= deadline) return { ok: false, code: "E_TIMEOUT", message: `took longer than ${Math.round(timeoutMs / 1000)} s (--timeout): the pipe ${size > 0 ? "stayed open with nothing more" : "gave nothing"} to read` };
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, POLL_MS);
  }
}
