import { describe, expect, it } from 'vitest';
import { isLocalImageSource } from './image-source';

const pages = ['gloss-app://app/index.html#/article/x', 'http://127.0.0.1:5173/#/article/x'];

describe('isLocalImageSource', () => {
  it('allows images inside the note (data:image) and files of the app’s own origin', () => {
    for (const page of pages) {
      expect(isLocalImageSource('data:image/png;base64,iVBORw0KGgo=', page)).toBe(true);
      expect(isLocalImageSource('data:image/svg+xml,%3Csvg%3E%3C/svg%3E', page)).toBe(true);
      expect(isLocalImageSource('icon.png', page)).toBe(true);
      expect(isLocalImageSource(new URL('/assets/a.png', page).href, page)).toBe(true);
    }
  });

  it('refuses every remote or foreign source', () => {
    for (const page of pages) {
      for (const src of [
        'https://tracker.example/pixel.gif',
        'http://tracker.example/pixel.gif?who=me',
        '//tracker.example/pixel.gif',
        '\\\\tracker.example\\pixel.gif',
        'HTTPS://TRACKER.EXAMPLE/x.png',
        'ftp://tracker.example/x.png',
        'file:///etc/passwd',
        'file://tracker.example/share/x.png',
        'blob:https://tracker.example/uuid',
        'data:text/html,<script>alert(1)</script>',
        'data:,x',
        'javascript:alert(1)',
        'gloss-app://evil.example/x.png',
        'http://127.0.0.1:5174/x.png',
        'http://user@127.0.0.1:5173/x.png',
        '',
        '   ',
      ]) {
        expect(isLocalImageSource(src, page), `${src} on ${page}`).toBe(false);
      }
    }
  });
});
