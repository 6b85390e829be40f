import { useId } from 'react';
import { FONT_FAMILIES, LINE_HEIGHT_RANGE, LINE_WIDTH_RANGE, THEMES, type FontFamily, type Theme } from '../../db';
import { canStepFontSize, LINE_HEIGHT_STEP, stepFontSize } from './settings-style';
import { usePendingSettings } from './use-pending-settings';

const THEME_LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark', sepia: 'Sepia' };
const FAMILY_LABELS: Record<FontFamily, string> = { serif: 'Serif', sans: 'Sans-serif' };

/** Theme, typeface, font size, line width and line spacing; saved at once, applied app-wide by ApplySettings. */
export function ReaderSettings() {
  // Each change shows at once, so quick key presses on a slider all count (use-pending-settings.ts).
  const { shown: settings, save, error } = usePendingSettings();
  const themeId = useId();
  const widthId = useId();
  const familyId = useId();
  const spacingId = useId();
  if (!settings) return null;

  return (
    <div className="reader-settings" role="group" aria-label="Reading settings">
      <label htmlFor={themeId}>Theme</label>
      <select id={themeId} value={settings.theme} onChange={(e) => save('theme', e.target.value)}>
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {THEME_LABELS[t]}
          </option>
        ))}
      </select>
      <label htmlFor={familyId}>Typeface</label>
      <select id={familyId} value={settings.fontFamily} onChange={(e) => save('fontFamily', e.target.value)}>
        {FONT_FAMILIES.map((f) => (
          <option key={f} value={f}>
            {FAMILY_LABELS[f]}
          </option>
        ))}
      </select>
      {/* The name comes from hidden text, not aria-label: a name that does not contain the visible
          "A−" trips WCAG 2.5.3 (label in name) for speech users. */}
      <span className="font-size-buttons">
        <button
          type="button"
          disabled={!canStepFontSize(settings.fontSize, -1)}
          onClick={() => save('fontSize', stepFontSize(settings.fontSize, -1))}
        >
          <span aria-hidden="true">A−</span>
          <span className="visually-hidden">Decrease font size</span>
        </button>
        <output aria-label="Font size">{settings.fontSize}px</output>
        <button
          type="button"
          disabled={!canStepFontSize(settings.fontSize, 1)}
          onClick={() => save('fontSize', stepFontSize(settings.fontSize, 1))}
        >
          <span aria-hidden="true">A+</span>
          <span className="visually-hidden">Increase font size</span>
        </button>
      </span>
      <label htmlFor={widthId}>Line width</label>
      <input
        id={widthId}
        type="range"
        min={LINE_WIDTH_RANGE.min}
        max={LINE_WIDTH_RANGE.max}
        step={5}
        value={settings.lineWidth}
        aria-valuetext={`${settings.lineWidth} characters`}
        onChange={(e) => save('lineWidth', Number(e.target.value))}
      />
      <label htmlFor={spacingId}>Line spacing</label>
      <input
        id={spacingId}
        type="range"
        min={LINE_HEIGHT_RANGE.min}
        max={LINE_HEIGHT_RANGE.max}
        step={LINE_HEIGHT_STEP}
        value={settings.lineHeight}
        aria-valuetext={`${settings.lineHeight.toFixed(1)} lines`}
        onChange={(e) => save('lineHeight', Number(e.target.value))}
      />
      {error && (
        <p className="settings-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
