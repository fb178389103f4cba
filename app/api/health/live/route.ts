import { NextResponse } from "next/server";

/** Liveness: the process answers, without touching the database. /api/health is readiness. */
export function GET() {
  return NextResponse.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
