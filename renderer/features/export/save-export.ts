/**
 * Hands an export plan to the host and turns its answer into a status line. The host decides what
 * "save" means (a native dialog in Electron, a download in the browser); this only words the outcome.
 */
import type { Platform } from '../../platform';
import type { ExportPlan } from './export-files';
import { describeError } from '../../core/error-text';
import type { ActionStatus } from './status';

export type ExportHost = Pick<Platform, 'kind' | 'saveFile' | 'saveFolder' | 'copyText'>;

const NOTHING: ActionStatus = { tone: 'error', message: 'There is nothing to export yet: highlight a passage or write a note first.' };
const CANCELLED: ActionStatus = { tone: 'info', message: 'Export cancelled: nothing was saved.' };

export async function saveExport(host: ExportHost, plan: ExportPlan | null): Promise<ActionStatus> {
  if (plan === null) return NOTHING;
  try {
    if (plan.kind === 'file') {
      const saved = await host.saveFile(plan.file);
      if (!saved.ok) return { tone: 'error', message: saved.error };
      if (saved.value === null) return CANCELLED;
      return { tone: 'success', message: host.kind === 'browser' ? `Downloaded ${saved.value.path}.` : `Saved to ${saved.value.path}.` };
    }
    const saved = await host.saveFolder(plan.files);
    if (!saved.ok) return { tone: 'error', message: saved.error };
    if (saved.value === null) return CANCELLED;
    const { written, folder, keptEdited } = saved.value;
    const what = `${written} ${written === 1 ? 'file' : 'files'}`;
    if (host.kind === 'browser') return { tone: 'success', message: `Downloaded ${what}.` };
    return { tone: 'success', message: `Saved ${what} to ${folder}.${keptMessage(keptEdited)}` };
  } catch (e) {
    return { tone: 'error', message: describeError('Saving the export', e) };
  }
}

/** Files edited since Gloss wrote them are never overwritten (electron/main/export-folder.ts): say where the export went instead. */
function keptMessage(kept: readonly { name: string; writtenAs: string }[]): string {
  if (kept.length === 0) return '';
  const shown = kept.slice(0, 3).map((k) => `${k.name} → ${k.writtenAs}`).join(', ');
  const more = kept.length > 3 ? ` and ${kept.length - 3} more` : '';
  return kept.length === 1
    ? ` ${kept[0]!.name} was edited since Gloss wrote it, so it was left alone and the new export saved beside it as ${kept[0]!.writtenAs}.`
    : ` ${kept.length} files were edited since Gloss wrote them, so they were left alone and the new export saved beside them (${shown}${more}).`;
}

export async function copyExport(host: ExportHost, text: string | null): Promise<ActionStatus> {
  if (text === null) return NOTHING;
  try {
    const copied = await host.copyText(text);
    return copied.ok ? { tone: 'success', message: 'Copied as Markdown to the clipboard.' } : { tone: 'error', message: copied.error };
  } catch (e) {
    return { tone: 'error', message: describeError('Copying to the clipboard', e) };
  }
}
