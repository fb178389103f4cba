import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import Link from "next/link";
import { RouteFocus } from "@/components/ui/route-focus";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { getCurrentUser } from "@/lib/auth/session";
import "./globals.css";

// Inter, served from the npm package: no font is fetched from the network.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-sans",
  weight: "100 900",
  display: "swap",
});

export const metadata: Metadata = {
  title: { default: "IHL Classroom", template: "%s · IHL Classroom" },
  description: "Learn international humanitarian law through current events.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en" className={inter.variable}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <Link href="/" className="brand">
              <span className="brand__mark" aria-hidden="true">
                IHL
              </span>
              IHL Classroom
            </Link>
            <nav className="nav" aria-label="Main">
              <Link href="/">Course</Link>
              <Link href="/article">Article</Link>
              <Link href="/facts">Background facts</Link>
              {user &&
                (user.role === "STUDENT" ? (
                  <>
                    <Link href="/progress">My progress</Link>
                    <Link href="/classes">My classes</Link>
                  </>
                ) : (
                  <Link href="/teach">Teach</Link>
                ))}
              {user ? (
                <>
                  <Link href="/account">Account</Link>
                  <span className="nav__user">
                    {user.name} <span className="badge">{user.role === "TEACHER" ? "Teacher" : user.role === "ADMIN" ? "Admin" : "Student"}</span>
                  </span>
                  <SignOutButton />
                </>
              ) : (
                <>
                  <Link href="/sign-in">Sign in</Link>
                  <Link href="/sign-up" className="button button--small">
                    Sign up
                  </Link>
                </>
              )}
            </nav>
          </div>
        </header>
        <main id="main">{children}</main>
        <RouteFocus />
        <footer className="site-footer">
          IHL Classroom · International humanitarian law taught through the news: every question cites the paragraph or fact it tests.
        </footer>
      </body>
    </html>
  );
}
