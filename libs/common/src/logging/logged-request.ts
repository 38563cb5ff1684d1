/** What a log line says of a request. */
export interface LoggedRequest {
  id: string;
  method: string;
  /** The path without its query string. */
  path: string;
  /** The names of the query parameters, never their values. */
  query?: string[];
}

const MAX_QUERY_NAMES = 20;
const MAX_NAME_LENGTH = 64;

/**
 * A request as logged: the path and the names of its query parameters only. Values stay
 * out because filters carry personal data (`?text=` holds names and e-mail addresses)
 * and, in links from e-mails, tokens.
 */
export function loggedRequest(req: { id: unknown; method: string; url: string }): LoggedRequest {
  const mark = req.url.indexOf('?');
  const logged: LoggedRequest = { id: String(req.id), method: req.method, path: mark === -1 ? req.url : req.url.slice(0, mark) };
  if (mark !== -1) {
    const names = new Set<string>();
    for (const name of new URLSearchParams(req.url.slice(mark + 1)).keys()) {
      if (names.size >= MAX_QUERY_NAMES) break;
      names.add(name.slice(0, MAX_NAME_LENGTH));
    }
    if (names.size > 0) logged.query = [...names];
  }
  return logged;
}
