// The PostgreSQL server that the tests, the end-to-end runner and the benchmark create their
// throw-away databases on: the local one, as the current OS user, unless TEST_POSTGRES_URL says
// otherwise. One home for it, shared by scripts/ and tests/.
import { userInfo } from "node:os";
import pg from "pg";

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? `postgresql://${userInfo().username}@localhost:5432/postgres`;

/**
 * The URL of another database on the same server.
 * @param {string} name
 */
export function postgresUrl(name) {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Runs `work` with a client connected to `url`, and closes it.
 * @template T
 * @param {string} url
 * @param {(client: pg.Client) => Promise<T>} work
 * @returns {Promise<T>}
 */
export async function withPostgres(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Runs one statement on the server's admin database (CREATE DATABASE, DROP DATABASE).
 * @param {string} sql
 */
export const adminQuery = (sql) => withPostgres(POSTGRES_ADMIN_URL, (c) => c.query(sql));
