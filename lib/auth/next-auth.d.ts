import type { DefaultSession } from "next-auth";

type Role = "STUDENT" | "TEACHER" | "ADMIN";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; name: string } & Omit<DefaultSession["user"], "email" | "image">;
  }
  interface User {
    id: string;
    role: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    id: string;
    role: Role;
  }
}
