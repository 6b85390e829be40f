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
    const { written, folder } = saved.value;
    const what = `${written} ${written === 1 ? 'file' : 'files'}`;
    return {
      tone: 'success',
      message: host.kind === 'browser' ? `Downloaded ${what}.` : `Saved ${what} to ${folder} (files of the same name were replaced).`,
    };
  } catch (e) {
    return { tone: 'error', message: describeError('Saving the export', e) };
  }
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
