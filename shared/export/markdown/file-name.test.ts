import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportFileName, exportFileNames, slugify } from './file-name';

describe('exportFileName', () => {
  it('is the readable title slug, no hash, stable across calls', () => {
    const a = { id: '000_8a7174939e31e350', title: 'How Iran’s regime failed to derail Iraq’s nationwide protests' };
    const name = exportFileName(a);
    expect(name).toBe('how-irans-regime-failed-to-derail-iraqs-nationwide-protests.md');
    expect(exportFileName({ ...a })).toBe(name);
  });

  it('keeps two articles of the library with one title apart, with a suffix only on those', () => {
    const names = exportFileNames([
      { id: 'a', title: 'Same' },
      { id: 'b', title: 'Same!' },
      { id: 'c', title: 'Other' },
    ]);
    expect(names.get('a')).toMatch(/^same-[0-9a-f]{8}\.md$/);
    expect(names.get('b')).toMatch(/^same-[0-9a-f]{8}\.md$/);
    expect(names.get('a')).not.toBe(names.get('b'));
    expect(names.get('c')).toBe('other.md');
  });

  it('folds accents, keeps other scripts, falls back for empty titles, avoids Windows device names', () => {
    expect(slugify('Élections à Bagdad: «résultats»')).toBe('elections-a-bagdad-resultats');
    expect(slugify('احتجاجات العراق')).toBe('احتجاجات-العراق');
    expect(exportFileName({ id: 'x', title: '???' })).toBe('article.md');
    expect(exportFileName({ id: 'x', title: 'Con' })).toMatch(/^con-[0-9a-f]{8}\.md$/);
  });

  it('is always a short, safe file name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ minLength: 1 }), (title, id) => {
        const name = exportFileName({ id, title });
        expect(name).not.toMatch(/[/\\:*?"<>|]/);
        expect([...name].every((ch) => ch.charCodeAt(0) >= 0x20)).toBe(true);
        expect(name).not.toMatch(/^[.-]/);
        expect([...name].length).toBeLessThanOrEqual(60 + 1 + 8 + 3);
      }),
    );
  });
});
