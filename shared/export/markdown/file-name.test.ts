import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportFileName, slugify } from './file-name';

describe('exportFileName', () => {
  it('is the title slug plus a short id, stable across calls', () => {
    const a = { id: '000_8a7174939e31e350', title: 'How Iran’s regime failed to derail Iraq’s nationwide protests' };
    const name = exportFileName(a);
    expect(name).toMatch(/^how-irans-regime-failed-to-derail-iraqs-nationwide-protests-[0-9a-f]{8}\.md$/);
    expect(exportFileName({ ...a })).toBe(name);
  });

  it('keeps two articles with one title apart', () => {
    expect(exportFileName({ id: 'a', title: 'Same' })).not.toBe(exportFileName({ id: 'b', title: 'Same' }));
  });

  it('folds accents, keeps other scripts, falls back for empty titles', () => {
    expect(slugify('Élections à Bagdad: «résultats»')).toBe('elections-a-bagdad-resultats');
    expect(slugify('احتجاجات العراق')).toBe('احتجاجات-العراق');
    expect(exportFileName({ id: 'x', title: '???' })).toMatch(/^article-[0-9a-f]{8}\.md$/);
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
