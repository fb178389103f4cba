import { NextResponse, type NextRequest } from "next/server";
import { inRequest } from "@/lib/http";
import { health } from "@/lib/ops/health";

/**
 * Readiness: the version of this build, and the database's state (engine, reachable,
 * migrations applied and pending, course seeded). 200 when ready to serve, 503 otherwise
 * (unreachable, a migration pending, or not seeded yet). /api/health/live is liveness.
 */
export function GET(request: NextRequest) {
  return inRequest(request, async () => {
    const state = await health();
    return NextResponse.json(state, { status: state.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
  });
}
