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
});
