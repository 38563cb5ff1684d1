import { deepCloneJson, setOwn } from './json-objects';

describe('setOwn', () => {
  it('makes "__proto__", "constructor" and ordinary keys own, enumerable data properties, the prototype untouched', () => {
    const target: Record<string, unknown> = {};
    setOwn(target, '__proto__', { polluted: true });
    setOwn(target, 'constructor', 'c');
    setOwn(target, 'name', 'n');
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(Object.keys(target)).toEqual(['__proto__', 'constructor', 'name']);
    expect(Object.getOwnPropertyDescriptor(target, '__proto__')).toEqual({ value: { polluted: true }, enumerable: true, writable: true, configurable: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(target)).toBe('{"__proto__":{"polluted":true},"constructor":"c","name":"n"}');
  });
});

describe('deepCloneJson', () => {
  it('copies nested objects and arrays, sharing nothing, "__proto__" kept as data', () => {
    const source = JSON.parse('{"a":[{"b":1}],"__proto__":{"x":2}}') as Record<string, unknown>;
    const copy = deepCloneJson(source);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(source));
    expect(copy.a).not.toBe(source.a);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });
});
