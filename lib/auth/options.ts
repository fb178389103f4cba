import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { verifyPassword } from "./password";
import { clientIp } from "./client-ip";
import { recordFailedSignIn } from "./rate-limit";

const credentialsSchema = z.object({ email: z.string().trim().toLowerCase().email().max(254), password: z.string().min(1).max(256) });

export const authOptions: AuthOptions = {
  secret: env.authSecret,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, role: true, passwordHash: true } });
        if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
          await recordFailedSignIn(email, clientIp(req.headers ?? {}));
          return null;
        }
        return { id: user.id, name: user.name, role: user.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.id = user.id;
        token.role = user.role;
      }
      return token;
    },
    // The session exposes id, role and name, nothing else. Pages re-read the
    // user from the database on each request (lib/auth/session.ts), so a role
    // change or a deleted account takes effect at once despite the JWT.
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.id, role: token.role, name: token.name ?? "" } };
    },
  },
};
