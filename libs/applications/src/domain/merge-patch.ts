import { deepCloneJson, isPlainObject, PlainObject, setOwn } from './json-objects';

/**
 * RFC 7396 JSON merge patch: objects merge recursively, null deletes, anything else
 * (arrays included) replaces. Neither argument is mutated and the result shares no
 * structure with either, so later edits to one cannot leak into another.
 */
export function applyMergePatch<T = unknown>(target: unknown, patch: unknown): T {
  return mergePatch(target, patch) as T;
}

function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return deepCloneJson(patch);
  const result: PlainObject = {};
  if (isPlainObject(target)) {
    for (const [k, v] of Object.entries(target)) setOwn(result, k, deepCloneJson(v));
  }
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) {
      delete result[k];
    } else {
      const current = Object.prototype.hasOwnProperty.call(result, k) ? result[k] : undefined;
      setOwn(result, k, mergePatch(current, v));
    }
  }
  return result;
}
