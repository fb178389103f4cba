import { NextResponse } from "next/server";

/**
 * Liveness probe: the process is up and answers HTTP. It reads nothing, not even the
 * database (GET /api/health is the readiness probe that does), so a restart is never
 * triggered by a slow or unreachable database. `npm run bench` uses it as the empty route.
 */
export function GET() {
  return NextResponse.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
