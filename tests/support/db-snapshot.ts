// A dump of every table of the test database, to prove that a request changed nothing: each
// table's row count and a hash of its rows, and the rows themselves as JSON lines, to show what
// changed. It reads through a connection of its own (better-sqlite3 or pg, not Prisma), and the
// database does the work, because the fuzz dumps around every payload: a dump must take
// milliseconds. On PostgreSQL the hash is a sum of per-row hashes (no sort needed) and the lines of
// a table are read again only when its hash is one not seen before.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { env } from "@/lib/env";

export type TableDump = { rows: number; hash: string; lines: string[] };
export type Snapshot = Map<string, TableDump>;

type Digest = { name: string; rows: number; hash: string };
type Reader = { digest: () => Promise<Digest[]>; lines: (table: string) => Promise<string[]>; close: () => Promise<void> };

async function openReader(): Promise<Reader> {
  if (env.provider === "postgresql") {
    const client = new pg.Client({ connectionString: env.databaseUrl! });
    await client.connect();
    const tables = (await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`)).rows.map((r) => r.name);
    // One statement for every table: one round trip per dump.
    const digest = tables.map((t) => `SELECT '${t}' AS name, count(*)::int AS rows, coalesce(sum(hashtextextended(to_jsonb(t)::text, 0)), 0)::text AS hash FROM "${t}" t`).join(" UNION ALL ");
    return {
      digest: async () => (await client.query<Digest>(digest)).rows,
      lines: async (table) => (await client.query<{ line: string }>(`SELECT line FROM (SELECT to_jsonb(t)::text AS line FROM "${table}" t) x ORDER BY line COLLATE "C"`)).rows.map((r) => r.line),
      close: () => client.end(),
    };
  }
  // Another connection to the same file: in WAL mode it reads what the app committed.
  const sqlite = new Database(env.databaseFile!, { readonly: true });
  const tables = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]).map((r) => r.name);
  const rowsOf = new Map(
    tables.map((t) => {
      const columns = (sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(t) as { name: string }[]).map((c) => `'${c.name}', "${c.name}"`);
      return [t, sqlite.prepare(`SELECT count(*) AS rows, coalesce(group_concat(line, char(10)), '') AS body FROM (SELECT json_object(${columns.join(", ")}) AS line FROM "${t}" ORDER BY line)`)];
    }),
  );
  const read = (t: string) => rowsOf.get(t)!.get() as { rows: number; body: string };
  return {
    digest: async () => tables.map((name) => ({ name, ...read(name) })).map(({ name, rows, body }) => ({ name, rows, hash: createHash("sha256").update(body).digest("hex") })),
    lines: async (table) => read(table).body.split("\n").filter(Boolean),
    close: async () => void sqlite.close(),
  };
}

let reader: Promise<Reader> | null = null;
/** The lines of each table at each hash seen, read once per hash. */
const linesAt = new Map<string, string[]>();

/** Dumps every table the database holds (from its own catalogue, read once: a table added later is covered) except `ignore`. */
export async function snapshot(ignore: readonly string[] = []): Promise<Snapshot> {
  const r = await (reader ??= openReader());
  const dump: Snapshot = new Map();
  for (const { name, rows, hash } of (await r.digest()).sort((a, b) => a.name.localeCompare(b.name))) {
    if (ignore.includes(name)) continue;
    const key = `${name}:${hash}`;
    if (!linesAt.has(key)) linesAt.set(key, await r.lines(name));
    dump.set(name, { rows: Number(rows), hash, lines: linesAt.get(key)! });
  }
  return dump;
}

/** Closes the dump's own connection. */
export async function closeSnapshots(): Promise<void> {
  const r = reader;
  reader = null;
  linesAt.clear();
  if (r) await (await r).close();
}

/** The rows added and removed in each table that differs (a changed row counts once in each). */
export function changes(before: Snapshot, after: Snapshot): { table: string; added: string[]; removed: string[] }[] {
  const count = (lines: string[]) => lines.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const minus = (x: Map<string, number>, y: Map<string, number>) => [...x].flatMap(([l, n]) => Array<string>(Math.max(0, n - (y.get(l) ?? 0))).fill(l));
  const out = [];
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    const [b, a] = [before.get(table), after.get(table)];
    if (b && a && b.rows === a.rows && b.hash === a.hash) continue;
    const [was, now] = [count(b?.lines ?? []), count(a?.lines ?? [])];
    out.push({ table, added: minus(now, was), removed: minus(was, now) });
  }
  return out;
}
