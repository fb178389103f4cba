// HTTP helpers of `npm run bench`: single timed requests over keep-alive connections, the
// next-auth sign-in, and waiting for a server to become ready.
import http from "node:http";

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

/**
 * One request; resolves with the status, the parsed JSON body (or the text) and the time to
 * the last byte in ms. A socket error resolves with status 0 and the error's code.
 *
 * A keep-alive connection that the server closes just as a new request goes out on it fails with
 * ECONNRESET; Node's documentation says to send such a request again (`reusedSocket`), as
 * browsers do, and it is sent again once, on a new connection. The time includes both tries.
 * Saves and submits may be repeated: a save repeats its seq and a submit is idempotent.
 */
export function request(base, method, path, options = {}) {
  const start = performance.now();
  return once(base, method, path, options).then((res) =>
    res.retry ? once(base, method, path, { ...options, fresh: true }).then((again) => ({ ...again, retried: true, ms: performance.now() - start })) : res,
  );
}

function once(base, method, path, { cookie, body, form, headers = {}, fresh = false }) {
  const url = new URL(path, base);
  const payload = form !== undefined ? Buffer.from(form) : body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const start = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      url,
      {
        method,
        agent: fresh ? false : agent,
        headers: {
          ...(payload ? { "Content-Type": form !== undefined ? "application/x-www-form-urlencoded" : "application/json", "Content-Length": payload.length } : {}),
          ...(cookie ? { Cookie: cookie } : {}),
          ...headers,
        },
        // As patient as a browser: a slow answer is a latency, not an error.
        timeout: 300_000,
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json = null;
          try {
            json = JSON.parse(text);
          } catch {}
          resolve({ status: res.statusCode, json, text, headers: res.headers, ms: performance.now() - start });
        });
        res.on("error", (error) => resolve({ status: 0, error: error.code ?? error.message, ms: performance.now() - start }));
      },
    );
    req.on("timeout", () => req.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
    req.on("error", (error) =>
      resolve({ status: 0, error: error.code ?? error.message, retry: !fresh && req.reusedSocket && error.code === "ECONNRESET", ms: performance.now() - start }),
    );
    req.end(payload);
  });
}

export function closeConnections() {
  agent.destroy();
}

/** Waits until GET `path` answers 200 (a server that is up and, for /api/health, has its database). */
export async function waitFor(base, path = "/api/health", seconds = 90) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    const res = await request(base, "GET", path);
    if (res.status === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${base}${path} did not answer within ${seconds} s`);
}

/** A CSRF token and its cookie from next-auth, for sign-ins (one pair serves many, as in one browser). */
export async function csrfPair(base) {
  const csrf = await request(base, "GET", "/api/auth/csrf");
  if (csrf.status !== 200) throw new Error(`sign-in: /api/auth/csrf answered ${csrf.status}`);
  return { token: csrf.json.csrfToken, cookies: [csrf.headers["set-cookie"] ?? []].flat().map((c) => c.split(";")[0]) };
}

/** Signs in through next-auth's credentials flow and returns the cookie header a browser would send. */
export async function signIn(base, email, password, csrf) {
  csrf ??= await csrfPair(base);
  const jar = new Map(csrf.cookies.map((c) => [c.split("=")[0], c]));
  const form = new URLSearchParams({ csrfToken: csrf.token, email, password, json: "true" }).toString();
  const res = await new Promise((resolve, reject) => {
    const req = http.request(
      new URL("/api/auth/callback/credentials", base),
      { method: "POST", agent, headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(form), Cookie: [...jar.values()].join("; ") } },
      (r) => {
        r.resume();
        r.on("end", () => resolve(r));
      },
    );
    req.on("error", reject);
    req.end(form);
  });
  for (const c of [res.headers["set-cookie"] ?? []].flat()) jar.set(c.split("=")[0], c.split(";")[0]);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed for ${email} (status ${res.statusCode})`);
  return [...jar.values()].join("; ");
}

/**
 * One sign-in through next-auth's credentials flow, as the sign-in page sends it (json: "true"),
 * from the address `ip` (X-Forwarded-For); resolves with the status and the time to the last byte.
 */
export function trySignIn(base, email, password, csrf, ip) {
  return request(base, "POST", "/api/auth/callback/credentials", {
    form: new URLSearchParams({ csrfToken: csrf.token, email, password, json: "true" }).toString(),
    cookie: csrf.cookies.join("; "),
    headers: { "X-Forwarded-For": ip },
  });
}

/** Signs in many accounts, a few at a time (each sign-in verifies an argon2id hash on the server). */
export async function signInAll(base, emails, password, concurrency = 4) {
  const csrf = await csrfPair(base);
  const cookies = new Array(emails.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < emails.length) {
        const i = next++;
        cookies[i] = await signIn(base, emails[i], password, csrf);
      }
    }),
  );
  return cookies;
}
