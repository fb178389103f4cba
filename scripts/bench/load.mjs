// Closed-loop load with autocannon's programmatic API: each connection sends its next request
// as soon as the previous answer is in. The empty route is one fixed GET; on the save path
// each connection is one signed-in student in their own open attempt, and every request
// carries that attempt's next answer and sequence number (set per connection from setupClient
// with client.setRequests, and after each answer with client.setBody).
import autocannon from "autocannon";
import { Tally } from "./ledger.mjs";

function run(options, setupClient) {
  const tally = new Tally();
  const promise = new Promise((resolve, reject) => {
    // timeout: as patient as a browser, so that a slow answer counts as a latency and not as an error.
    const instance = autocannon({ timeout: 300, ...options, setupClient: setupClient && ((client) => setupClient(client, tally)) }, (error, result) => {
      if (error) return reject(error);
      tally.end();
      // Socket errors and timeouts as autocannon counts them; every status is in the tally.
      if (result.timeouts) tally.socketError("timeout", result.timeouts);
      if (result.errors > result.timeouts) tally.socketError("socket", result.errors - result.timeouts);
      resolve(tally);
    });
    instance.on("response", (_client, status, _bytes, ms) => tally.status(status, ms));
  });
  return promise;
}

/** GET `path` on every base URL (connections spread evenly over them) for `duration` seconds. */
export function hammer(bases, path, { connections, duration }) {
  return run({ url: bases.map((b) => new URL(path, b).toString()), connections, duration });
}

/**
 * Saves answers on every base URL (connections spread evenly over them) for `duration` seconds,
 * one slot (a student's open attempt) per connection. Acknowledged saves go into the ledger.
 */
export function saveLoad(bases, slots, ledger, { connections, duration }) {
  if (connections > slots.length) throw new Error(`${connections} connections need ${connections} open attempts; the bench has ${slots.length}`);
  let next = 0;
  return run({ url: bases.map((b) => new URL("/", b).toString()), connections, duration }, (client, tally) => {
    const slot = slots[next++];
    let sent = ledger.next(slot);
    let body = [];
    client.setRequests([
      { method: "POST", path: `/api/attempts/${slot.attemptId}/answers`, headers: { "Content-Type": "application/json", Cookie: slot.cookie }, body: JSON.stringify(sent) },
    ]);
    client.on("body", (chunk) => body.push(chunk));
    // A timed-out or broken connection is reopened and the same save sent again; if the server
    // had stored the first one, the repeat is answered "stale", as it should be.
    const resend = () => {
      body = [];
      tally.resent = (tally.resent ?? 0) + 1;
    };
    client.on("timeout", resend);
    client.on("connError", resend);
    client.on("response", (status) => {
      let json = null;
      try {
        json = JSON.parse(Buffer.concat(body).toString("utf8"));
      } catch {}
      body = [];
      ledger.record(slot, sent, status, json, tally);
      sent = ledger.next(slot);
      client.setBody(JSON.stringify(sent));
    });
  });
}
