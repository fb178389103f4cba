import { Writable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { createLogger, logTo, withRequestId } from "@/lib/log";
import { requestIdOf, saneRequestId } from "@/lib/request-id";

/** A logger like the app's, writing its lines into an array. */
function capture(level = "info") {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: logTo(createLogger(stream, level)), lines };
}

describe("structured logs", () => {
  it("an error logged while a request is handled carries the request id and the error's stack", async () => {
    const { log, lines } = capture();
    await withRequestId("req-1234abcd", async () => {
      await new Promise((r) => setTimeout(r, 1));
      log.error("progress roll-up failed", { attemptId: "att1", err: new TypeError("roll-up exploded") });
    });
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({ level: "error", message: "progress roll-up failed", requestId: "req-1234abcd", attemptId: "att1" });
    expect(line!.err).toMatchObject({ type: "TypeError", message: "roll-up exploded" });
    expect((line!.err as { stack: string }).stack).toMatch(/TypeError: roll-up exploded\n\s+at /);
    expect(new Date(String(line!.time)).toISOString()).toBe(line!.time);
  });

  it("two requests handled at once keep their own ids", async () => {
    const { log, lines } = capture();
    const handle = (id: string, wait: number) =>
      withRequestId(id, async () => {
        await new Promise((r) => setTimeout(r, wait));
        log.info("handled", { wait });
      });
    await Promise.all([handle("request-one", 5), handle("request-two", 1)]);
    expect(lines.map((l) => [l.requestId, l.wait])).toEqual([
      ["request-two", 1],
      ["request-one", 5],
    ]);
  });

  it("LOG_LEVEL drops the lines below it", () => {
    const { log, lines } = capture("warn");
    log.info("not written");
    log.warn("written");
    expect(lines.map((l) => l.message)).toEqual(["written"]);
    expect(lines[0]).not.toHaveProperty("requestId");
  });
});

describe("request ids", () => {
  it("keeps a sane incoming x-request-id and replaces anything else with a new UUID", () => {
    expect(saneRequestId("5f1c2a9e-0d4b-4c3e-9a8f-1b2c3d4e5f60")).toBe("5f1c2a9e-0d4b-4c3e-9a8f-1b2c3d4e5f60");
    expect(saneRequestId("lb:01HZX3K9Q2")).toBe("lb:01HZX3K9Q2");
    for (const bad of ["short", "a b c d e f g h", "x".repeat(129), "abc\r\nSet-Cookie: x=1", '{"json":true}', ""]) expect(saneRequestId(bad)).toBeNull();
    const fresh = requestIdOf(new Headers({ "x-request-id": "bad id" }));
    expect(fresh).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(requestIdOf(new Headers({ "x-request-id": "trace-0001" }))).toBe("trace-0001");
  });
});

describe("route handlers (lib/http.ts inRequest)", () => {
  it("log with the request's id, return it, and answer an unexpected error with a JSON 500 after logging its stack", async () => {
    const { inRequest } = await import("@/lib/http");
    const { currentRequestId, log } = await import("@/lib/log");
    let idOnErrorLine: string | undefined;
    const errors = vi.spyOn(log, "error").mockImplementation(() => {
      idOnErrorLine = currentRequestId();
    });
    const request = (id?: string) => new Request("http://localhost/api/attempts/a1/submit", { method: "POST", headers: id ? { "x-request-id": id } : {} });

    let seen: string | undefined;
    const ok = await inRequest(request("trace-00000042"), async () => {
      seen = currentRequestId();
      return Response.json({ ok: true });
    });
    expect(seen).toBe("trace-00000042");
    expect(ok.headers.get("x-request-id")).toBe("trace-00000042");

    const failed = await inRequest(request(), async () => {
      throw new Error("database on fire");
    });
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ error: "Something went wrong on our side. Try again in a moment." });
    const id = failed.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(idOnErrorLine).toBe(id);
    expect(errors).toHaveBeenCalledWith("request failed", expect.objectContaining({ method: "POST", path: "/api/attempts/a1/submit", err: expect.objectContaining({ message: "database on fire", stack: expect.stringContaining("database on fire") }) }));
    errors.mockRestore();
    // The first import of lib/http loads next-auth and Prisma: slow on a busy machine.
  }, 30_000);
});
