import { describe, expect, it } from 'vitest';
import { validateExportFile, validateExportFiles, validateExternalUrl } from './validate';

describe('IPC argument validation', () => {
  it('accepts a plain Markdown file', () => {
    expect(validateExportFile({ name: 'how-irans-regime-1a2b.md', content: '# x' })).toEqual({ ok: true, value: { name: 'how-irans-regime-1a2b.md', content: '# x' } });
  });
  it.each([
    [null, 'Expected a file object'],
    [{ name: '../evil.md', content: '' }, 'Refused file name'],
    [{ name: 'a/b.md', content: '' }, 'Refused file name'],
    [{ name: '.bashrc.md', content: '' }, 'Refused file name'],
    [{ name: 'x.exe', content: '' }, 'Refused file name'],
    [{ name: 'CON.md', content: '' }, 'Refused file name'],
    [{ name: 'a.md', content: 42 }, 'content must be text'],
  ])('refuses %j', (value, message) => {
    const r = validateExportFile(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
  it('refuses duplicate names and empty lists', () => {
    expect(validateExportFiles([]).ok).toBe(false);
    const dup = validateExportFiles([{ name: 'a.md', content: '' }, { name: 'A.md', content: '' }]);
    expect(dup).toEqual({ ok: false, error: 'Two files are named A.md.' });
  });
  it('opens only web and mail links', () => {
    expect(validateExternalUrl('https://example.org/a')).toEqual({ ok: true, value: 'https://example.org/a' });
    expect(validateExternalUrl('file:///etc/passwd').ok).toBe(false);
    expect(validateExternalUrl('javascript:alert(1)').ok).toBe(false);
    expect(validateExternalUrl(42).ok).toBe(false);
  });
  it('opens a plain mail address, never one with a query that could pre-fill headers or attach files', () => {
    expect(validateExternalUrl('mailto:a@example.org')).toEqual({ ok: true, value: 'mailto:a@example.org' });
    expect(validateExternalUrl('mailto:a@example.org,b@example.org').ok).toBe(true);
    for (const bad of [
      'mailto:a@b?attach=/etc/passwd',
      'mailto:a@b?subject=hi',
      'mailto:?to=a@b',
      'mailto:a@b%3Fattach=/etc/passwd',
      'MAILTO:a@b?Attach=C:%5CUsers%5Cme%5C.ssh%5Cid_rsa',
      'mailto:a@b?',
      'mailto:',
      'mailto:%E0%A4%A',
    ]) {
      const r = validateExternalUrl(bad);
      expect(r.ok, bad).toBe(false);
    }
    expect(validateExternalUrl('mailto:a@b?attach=/etc/passwd')).toEqual({
      ok: false,
      error: 'Refused a mail link with a query (?subject=, ?attach=…): only a plain address is opened.',
    });
  });
  it('opens web links only with a host and without user:password@', () => {
    expect(validateExternalUrl('http://example.org/?q=1#x')).toEqual({ ok: true, value: 'http://example.org/?q=1#x' });
    expect(validateExternalUrl('https://bank.example@evil.example/').ok).toBe(false);
    expect(validateExternalUrl('https://u:p@example.org/').ok).toBe(false);
    for (const bad of ['ftp://example.org/', 'data:text/html,<script>1</script>', 'gloss-app://app/index.html', 'blob:https://example.org/x', 'vbscript:x', 'ms-msdt:/id', 'smb://server/share', 'file://server/share']) {
      expect(validateExternalUrl(bad).ok, bad).toBe(false);
    }
  });
});
