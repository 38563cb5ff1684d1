/**
 * What the applicant typed that the server has not confirmed yet, kept in this browser per file
 * and section (`tp.draft.<file>.<section>`): an invalid field or a lost connection never loses
 * typed text, and a reload shows it again (then tries to save it). The server stays the record:
 * its stored data is always valid as a draft (reviewers, eligibility and documents read it), so
 * what it refuses waits here, not there.
 */
const PREFIX = 'tp.draft.';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function keepDraft(fileId: string, section: string, value: unknown): void {
  try {
    storage()?.setItem(`${PREFIX}${fileId}.${section}`, JSON.stringify(value ?? null));
  } catch {
    // A full or disabled storage only loses the reload safety net; the page still holds the text.
  }
}

export function dropDraft(fileId: string, section: string): void {
  storage()?.removeItem(`${PREFIX}${fileId}.${section}`);
}

/** The sections of a file with unsaved text in this browser. */
export function readDrafts(fileId: string): Record<string, unknown> {
  const store = storage();
  const drafts: Record<string, unknown> = {};
  if (!store) return drafts;
  const prefix = `${PREFIX}${fileId}.`;
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(prefix)) continue;
    try {
      drafts[key.slice(prefix.length)] = JSON.parse(store.getItem(key) ?? 'null');
    } catch {
      store.removeItem(key);
    }
  }
  return drafts;
}

/**
 * The merge patch without the members the server refused (JSON pointers such as
 * `/identity/mobile`), so the rest can still be saved. A pointer into an array drops the
 * whole array (a merge patch replaces arrays whole). Returns a new object.
 */
export function withoutPointers(patch: Record<string, unknown>, pointers: string[]): Record<string, unknown> {
  const copy = structuredClone(patch);
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  for (const pointer of pointers) {
    const segments = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const trail: Record<string, unknown>[] = [copy];
    let node: Record<string, unknown> = copy;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i];
      if (!(segment in node)) break;
      if (i === segments.length - 1 || !isObject(node[segment])) {
        delete node[segment];
        break;
      }
      node = node[segment] as Record<string, unknown>;
      trail.push(node);
    }
    // Objects emptied by the removal go too: `{ identity: {} }` would save nothing anyway.
    for (let i = trail.length - 1; i > 0; i--) {
      if (Object.keys(trail[i]).length) break;
      delete trail[i - 1][segments[i - 1]];
    }
  }
  return copy;
}
