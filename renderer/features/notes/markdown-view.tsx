import { useMemo, useState, type MouseEvent } from 'react';
import { usePlatform } from '../../app/platform-context';
import { renderNoteHtml } from './sanitise-html';

/**
 * A note rendered from Markdown. Links never navigate the app's window: they open through the
 * platform (the system browser in Electron), which refuses anything but web and mail links.
 */
export function MarkdownView({ source, className = 'note-markdown' }: { source: string; className?: string }) {
  const platform = usePlatform();
  const html = useMemo(() => renderNoteHtml(source), [source]);
  const [error, setError] = useState<string | null>(null);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link) return;
    event.preventDefault();
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      window.location.hash = href;
      return;
    }
    void platform.openExternal(link.href).then((result) => setError(result.ok ? null : result.error));
  };

  return (
    <>
      {/* Sanitised by renderNoteHtml (markdown-it html:false, then DOMPurify). */}
      <div className={className} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />
      {error && (
        <p className="note-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
