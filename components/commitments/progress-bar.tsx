/**
 * How far along a commitment is: the number as text, and a native <progress> labelled by it (assistive technology
 * reads the label and the value; the bar is a help for the eye only).
 */
export function ProgressBar({ id, value }: { id: string; value: number }) {
  const labelId = `${id}-label`;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <span id={labelId}>
        Progress: <strong>{value}%</strong>
      </span>
      <progress
        aria-labelledby={labelId}
        max={100}
        value={value}
        className="h-4 w-48 max-w-full accent-brand [&::-moz-progress-bar]:bg-brand [&::-webkit-progress-bar]:border [&::-webkit-progress-bar]:border-ink [&::-webkit-progress-bar]:bg-paper [&::-webkit-progress-value]:bg-brand"
      >
        {value}%
      </progress>
    </div>
  );
}
