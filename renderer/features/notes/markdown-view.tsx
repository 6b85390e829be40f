import DOMPurify, { type UponSanitizeAttributeHook } from 'dompurify';
import { useMemo, useState, type MouseEvent } from 'react';
import { deepLinkRoute } from '../../core/deep-link-route';
import { usePlatform } from '../../core/platform-context';
import { navigate } from '../../core/navigation';
import { renderNoteHtml } from './sanitise-html';

/**
 * DOMPurify's URI allow-list has no gloss: scheme, so it would strip the gloss://article/… links that
 * exported Markdown carries when a reader pastes them into a note. Keep exactly the well-formed ones
 * (parseDeepLink's strict grammar: ids of [A-Za-z0-9_-] only), and nothing else: javascript:, data:
 * and every other scheme are still judged by DOMPurify's own list.
 */
const keepGlossLinks: UponSanitizeAttributeHook = (node, event) => {
  if (event.attrName === 'href' && node.nodeName === 'A' && deepLinkRoute(event.attrValue)) event.forceKeepAttr = true;
};

/** renderNoteHtml with gloss:// links kept. The hook is added for this one synchronous call, so other sanitising is unaffected. */
function renderNoteHtmlWithAppLinks(source: string, headingShift: number): string {
  DOMPurify.addHook('uponSanitizeAttribute', keepGlossLinks);
  try {
    return renderNoteHtml(source, { headingShift });
  } finally {
    DOMPurify.removeHook('uponSanitizeAttribute', keepGlossLinks);
  }
}

/**
 * A note rendered from Markdown. Links never navigate the app's window away: gloss:// links and
 * #-links open inside Gloss; the rest open through the platform (the system browser in Electron),
 * which refuses anything but web and mail links. `headingShift` nests the note's headings under the
 * page's own (markdown.ts).
 */
export function MarkdownView({ source, className = 'note-markdown', headingShift = 0 }: { source: string; className?: string; headingShift?: number }) {
  const platform = usePlatform();
  const html = useMemo(() => renderNoteHtmlWithAppLinks(source, headingShift), [source, headingShift]);
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
    const route = deepLinkRoute(href);
    if (route) {
      setError(null);
      navigate(route);
      return;
    }
    void platform.openExternal(link.href).then((result) => setError(result.ok ? null : result.error)); // eng-disable OPEN_EXTERNAL_JS_CHECK -- reviewed: goes to the host (IPC in Electron), where main validates the link (electron/main/external-links.ts, ipc.test.ts)
  };

  return (
    <>
      {/* Sanitised by renderNoteHtml (markdown-it html:false, then DOMPurify). */}
      <div className={className} dir="auto" onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />
      {error && (
        <p className="note-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
