import { percentRead } from './toc-entries';

/**
 * How far through the article the reader is, from the same scroll fraction the reading position saves
 * (so it matches the library's "Read N%"): a progressbar for assistive technology, a bar and a number
 * on screen.
 */
export function ReadingProgress({ fraction }: { fraction: number }) {
  const percent = percentRead(fraction);
  return (
    <div
      className="reading-progress"
      role="progressbar"
      aria-label="Reading progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}% read`}
    >
      <span className="reading-progress-track" aria-hidden="true">
        {/* Scaled through the CSSOM (React's style prop), which the CSP allows. */}
        <span className="reading-progress-bar" style={{ transform: `scaleX(${percent / 100})` }} />
      </span>
      <span className="reading-progress-text" aria-hidden="true">
        {percent}%
      </span>
    </div>
  );
}
