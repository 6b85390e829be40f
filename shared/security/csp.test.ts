import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspBreaches, cspFromHtml } from './csp';

const indexHtml = readFileSync(resolve(__dirname, '../../renderer/index.html'), 'utf8');

describe("the app's Content Security Policy", () => {
  it('is defined once, in renderer/index.html, and keeps every promise', () => {
    const policy = cspFromHtml(indexHtml);
    expect(policy.ok).toBe(true);
    if (policy.ok) expect(cspBreaches(policy.value)).toEqual([]);
  });

  it('names what a weaker policy gives away', () => {
    const strict = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'";
    expect(cspBreaches(strict)).toEqual([]);
    expect(cspBreaches(strict.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))).toEqual(["script-src allows 'unsafe-inline'"]);
    expect(cspBreaches(strict.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"))).toEqual(["script-src allows 'unsafe-eval'"]);
    expect(cspBreaches(strict.replace("img-src 'self' data:", "img-src 'self' data: https:"))).toEqual(['img-src allows https:']);
    expect(cspBreaches(strict.replace("img-src 'self' data:", 'img-src *'))).toEqual(['img-src allows *']);
    expect(cspBreaches(strict + '; connect-src https://evil.example')).toEqual(['connect-src allows https://evil.example']);
    expect(cspBreaches(strict.replace("script-src 'self'", "script-src 'self' data:"))).toEqual(['script-src allows data:', 'worker-src allows data:']);
    expect(cspBreaches(strict.replace("; object-src 'none'", ''))).toEqual(["object-src must be 'none'"]);
    expect(cspBreaches("script-src 'self'")).toContain('default-src is missing');
  });

  it('is read from exactly one meta tag', () => {
    const meta = (p: string) => `<meta http-equiv="Content-Security-Policy" content="${p}">`;
    expect(cspFromHtml(`<head>${meta("default-src 'self';\n   object-src 'none'")}</head>`)).toEqual({ ok: true, value: "default-src 'self'; object-src 'none'" });
    expect(cspFromHtml(`<meta content="default-src 'none'" http-equiv='content-security-policy' />`)).toEqual({ ok: true, value: "default-src 'none'" });
    expect(cspFromHtml('<head></head>').ok).toBe(false);
    expect(cspFromHtml(meta('a') + meta('b')).ok).toBe(false);
    expect(cspFromHtml(meta('default-src &apos;self&apos;')).ok).toBe(false);
  });
});
