import { NextResponse } from "next/server";
import { db } from "@/lib/db";

/** Liveness and database check, for the test web server and deployments. */
export async function GET() {
  const lessons = await db.lesson.count();
  return NextResponse.json({ ok: true, lessons }, { headers: { "Cache-Control": "no-store" } });
}
