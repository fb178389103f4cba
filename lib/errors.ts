/** A known failure of the domain, with a message a user can read. Route handlers map its code to 404 / 409 / 400. */
export class DomainError extends Error {
  constructor(
    public readonly code: "not_found" | "conflict" | "invalid",
    message: string,
    /** The form field the message is about, when there is one. */
    public readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
