/** #/export: export every note as Markdown, and back up / restore everything. */
import { MAIN_ID } from '../../core/landmarks';
import { BackupPanel } from './backup-panel';
import { ExportForm } from './export-form';
import type { ExportScope } from './export-scope';

const ALL: ExportScope = { kind: 'all' };

export function ExportPage() {
  return (
    <main id={MAIN_ID} tabIndex={-1} className="export-page">
      <h1>Export &amp; backup</h1>
      <section aria-labelledby="export-all-heading">
        <h2 id="export-all-heading">Export notes as Markdown</h2>
        <ExportForm scope={ALL} />
      </section>
      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">Back up and restore</h2>
        <BackupPanel />
      </section>
    </main>
  );
}
