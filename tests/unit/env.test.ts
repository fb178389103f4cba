import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadEnv } from "@/lib/env";

const fresh = () => mkdtempSync(path.join(tmpdir(), "ihl-env-"));

describe("configuration", () => {
  it("with no configuration, runs embedded: SQLite in the data folder, demo accounts, and a secret generated once", () => {
    const dir = fresh();
    const env = loadEnv({ DATA_DIR: dir });
    expect(env.embedded).toBe(true);
    expect(env.databaseFile).toBe(path.join(dir, "ihl-classroom.db"));
    expect(env.seedDemo).toBe(true);
    expect(env.authSecret.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dir, "nextauth-secret");
    expect(readFileSync(file, "utf8")).toBe(env.authSecret);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(loadEnv({ DATA_DIR: dir }).authSecret).toBe(env.authSecret);
  });

  it("refuses to start a deployment (DATABASE_URL set) without NEXTAUTH_SECRET", () => {
    const dir = fresh();
    expect(() => loadEnv({ DATA_DIR: dir, DATABASE_URL: "file:/tmp/x.db" })).toThrow(/NEXTAUTH_SECRET is required/);
    expect(existsSync(path.join(dir, "nextauth-secret"))).toBe(false);
  });

  it("gives a deployment no demo accounts unless SEED_DEMO=1", () => {
    const base = { DATA_DIR: fresh(), DATABASE_URL: "file:/tmp/x.db", NEXTAUTH_SECRET: "s".repeat(40) };
    expect(loadEnv(base).seedDemo).toBe(false);
    expect(loadEnv({ ...base, SEED_DEMO: "1" }).seedDemo).toBe(true);
    expect(loadEnv(base).databaseFile).toBe("/tmp/x.db");
  });

  it("explains what is wrong with a bad value", () => {
    expect(() => loadEnv({ DATA_DIR: fresh(), PORT: "http" })).toThrow(/PORT/);
    expect(() => loadEnv({ DATA_DIR: fresh(), DATABASE_URL: "mysql://x" })).toThrow(/SQLite file URL/);
    expect(() => loadEnv({ DATA_DIR: fresh(), NEXTAUTH_SECRET: "short" })).toThrow(/at least 32/);
  });
});
