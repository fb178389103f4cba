import { getCurrentUser } from "@/lib/auth/session";
import { currentTime } from "@/lib/clock";
import { isoDay } from "@/lib/format";
import { exportUserData } from "@/lib/privacy/export";

const noStore = { "Cache-Control": "no-store" };

/** "Download my data": everything stored about the signed-in user, as a JSON file (lib/privacy/export.ts). */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Please sign in." }, { status: 401, headers: noStore });
  const now = currentTime();
  const data = await exportUserData(user.id, now);
  if (!data) return Response.json({ error: "Please sign in." }, { status: 401, headers: noStore });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="ihl-classroom-${isoDay(now)}.json"`,
      ...noStore,
    },
  });
}
