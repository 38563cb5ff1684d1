/**
 * What the applicant typed that the server has not confirmed yet, kept in this browser per file
 * and section (`tp.draft.<file>.<section>`) with the file version it was typed on: an invalid
 * field or a lost connection never loses typed text, and a reload shows it again (then tries to
 * save it). The server stays the record: its stored data is always valid as a draft (reviewers,
 * eligibility and documents read it), so what it refuses waits here, not there. Text typed on an
 * older version than the server's (the file changed elsewhere since) is never applied unasked.
 */
const PREFIX = 'tp.draft.';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** A section's unsaved text and the file version it was typed on. */
export interface LocalDraft {
  version: number;
  value: unknown;
}

export function keepDraft(fileId: string, section: string, value: unknown, version: number): void {
  try {
    storage()?.setItem(`${PREFIX}${fileId}.${section}`, JSON.stringify({ version, value: value ?? null } satisfies LocalDraft));
  } catch {
    // A full or disabled storage only loses the reload safety net; the page still holds the text.
  }
}

export function dropDraft(fileId: string, section: string): void {
  storage()?.removeItem(`${PREFIX}${fileId}.${section}`);
}

/** The sections of a file with unsaved text in this browser. */
export function readDrafts(fileId: string): Record<string, LocalDraft> {
  const store = storage();
  const drafts: Record<string, LocalDraft> = {};
  if (!store) return drafts;
  const prefix = `${PREFIX}${fileId}.`;
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(prefix)) continue;
    try {
      const draft: unknown = JSON.parse(store.getItem(key) ?? 'null');
      if (isLocalDraft(draft)) drafts[key.slice(prefix.length)] = draft;
      else store.removeItem(key);
    } catch {
      store.removeItem(key);
    }
  }
  return drafts;
}

function isLocalDraft(value: unknown): value is LocalDraft {
  return typeof value === 'object' && value !== null && 'value' in value && Number.isInteger((value as LocalDraft).version);
}

/**
 * The drafts typed on the version the server holds (`current`: applied and saved at once) and
 * those typed on an older one (`stale`: the applicant decides), as section -> value.
 */
export function sortDrafts(drafts: Record<string, LocalDraft>, serverVersion: number): { current: Record<string, unknown>; stale: Record<string, unknown> } {
  const current: Record<string, unknown> = {};
  const stale: Record<string, unknown> = {};
  for (const [section, draft] of Object.entries(drafts)) (draft.version >= serverVersion ? current : stale)[section] = draft.value;
  return { current, stale };
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
