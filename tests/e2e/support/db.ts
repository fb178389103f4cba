// The end-to-end tests' one door into the test database that scripts/test-e2e.mjs made for this
// run: SQLite or PostgreSQL, whichever DATABASE_URL names. Write queries with $1, $2 … and
// double-quoted identifiers; they run unchanged on both engines.
import Database from "better-sqlite3";
import pg from "pg";

const url = process.env.DATABASE_URL!;
const postgres = /^postgres(ql)?:/.test(url);

/** A Date as each engine's Prisma stores a DateTime (UTC). */
const param = (value: unknown) => (value instanceof Date ? (postgres ? value.toISOString().replace("Z", "") : value.toISOString().replace("Z", "+00:00")) : value);

export async function sql<T = Record<string, unknown>>(query: string, ...params: unknown[]): Promise<T[]> {
  const values = params.map(param);
  if (postgres) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(query, values)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const sqlite = new Database(url.replace(/^file:/, ""), { timeout: 10_000 });
  try {
    const statement = sqlite.prepare(query.replace(/\$\d+/g, "?"));
    return (statement.reader ? statement.all(...values) : (statement.run(...values), [])) as T[];
  } finally {
    sqlite.close();
  }
}

/** SELECT COUNT(*) AS n …, as a number on both engines. */
export async function count(query: string, ...params: unknown[]): Promise<number> {
  const [row] = await sql<{ n: number | string }>(query, ...params);
  return Number(row?.n ?? 0);
}

/** A JSON column: parsed by PostgreSQL's driver, text in SQLite. */
export const json = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;
