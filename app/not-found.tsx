import Link from "next/link";

export default function NotFound() {
  return (
    <div className="narrow stack">
      <h1>Page not found</h1>
      <p>There is nothing here, or you do not have access to it.</p>
      <p>
        <Link href="/">Go to the course</Link>
      </p>
    </div>
  );
}
