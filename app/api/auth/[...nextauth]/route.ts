import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { authOptions } from "@/lib/auth/options";
import { clientIp } from "@/lib/auth/client-ip";
import { signInRetryAfterMs } from "@/lib/auth/rate-limit";

const handler = NextAuth(authOptions);

export { handler as GET };

type Context = { params: Promise<{ nextauth: string[] }> };

/** Sign-in attempts past the limit get 429 before next-auth sees them. */
export async function POST(request: NextRequest, context: Context) {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "");
    const retryAfterMs = await signInRetryAfterMs(email, clientIp(request.headers));
    if (retryAfterMs > 0) {
      return NextResponse.json(
        { url: `${env.authUrl}/sign-in?error=RateLimited`, error: "Too many failed sign-ins. Try again in a minute." },
        { status: 429, headers: { "Retry-After": String(Math.ceil(retryAfterMs / 1000)) } },
      );
    }
  }
  return handler(request, context);
}
