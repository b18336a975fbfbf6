import { describe, expect, it } from "vitest";
import { isConnectionError } from "../src/queue/backoff.ts";
import { jobIdOf } from "../src/queue/jobs.ts";
import { redactUrl } from "../src/store/open.ts";

// The queue's small pure parts; the queue itself is tested against a real server in queue.test.ts.

describe("jobIdOf", () => {
  it("makes the same pg-boss job id from the same sha256, so a paper is queued once", () => {
    const sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    expect(jobIdOf(sha)).toBe("9f86d081-884c-7d65-9a2f-eaa0c55ad015");
    expect(jobIdOf(sha)).toBe(jobIdOf(sha));
    expect(jobIdOf("0".repeat(64))).not.toBe(jobIdOf(sha));
  });
});

describe("isConnectionError", () => {
  it("knows a server out of reach from a wrong request", () => {
    expect(isConnectionError(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isConnectionError(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isConnectionError(Object.assign(new Error("the database system is starting up"), { code: "57P03" }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('syntax error at or near "SELEC"'), { code: "42601" }))).toBe(false);
    expect(isConnectionError(Object.assign(new Error('duplicate key value violates unique constraint "job_pkey"'), { code: "23505" }))).toBe(false);
  });
});

describe("redactUrl", () => {
  it("prints a database URL without its password, and a file path as it is", () => {
    expect(redactUrl("postgres://diarium:hemligt@db.example:5432/arkiv")).toBe("postgres://diarium:***@db.example:5432/arkiv");
    expect(redactUrl("postgres://diarium@db.example/arkiv")).toBe("postgres://diarium@db.example/arkiv");
    expect(redactUrl("mysql://diarium:hemligt@db.example/arkiv")).toBe("mysql://diarium:***@db.example/arkiv");
    expect(redactUrl("arkiv/diarium.sqlite")).toBe("arkiv/diarium.sqlite");
  });
});
