/** RFC 7396 merge patch turning `from` into `to` (objects merged key by key, anything else replaced; a dropped key is null). */
export function mergePatch(from: unknown, to: unknown): unknown {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(from) || !isObject(to)) return to === undefined ? null : to;
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(from)) if (to[key] === undefined && from[key] !== undefined) patch[key] = null;
  for (const [key, value] of Object.entries(to)) {
    if (value === undefined) continue;
    if (JSON.stringify(from[key]) === JSON.stringify(value)) continue;
    patch[key] = isObject(from[key]) && isObject(value) ? mergePatch(from[key], value) : value;
  }
  return patch;
}

export function isEmptyPatch(patch: unknown): boolean {
  return typeof patch === 'object' && patch !== null && !Array.isArray(patch) && Object.keys(patch).length === 0;
}
