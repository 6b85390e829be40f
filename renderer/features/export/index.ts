/** Export (notes → Markdown files or the clipboard) and backup / restore. */
import './export.css';

export { ExportDialog, type ExportDialogProps } from './export-dialog';
export { ExportForm } from './export-form';
export { BackupPanel } from './backup-panel';
export { ExportPage } from './export-page';
export type { ExportScope } from './export-scope';
export { runAutomaticBackup } from './auto-backup-flow';
