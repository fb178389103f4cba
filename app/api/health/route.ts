import { NextResponse } from "next/server";
import { readiness } from "@/lib/ops/health";

/** Readiness: the database answers and holds the course (503 until it is seeded). /api/health/live is liveness. */
export async function GET() {
  const state = await readiness();
  return NextResponse.json(state, { status: state.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
