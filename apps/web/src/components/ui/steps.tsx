export type StepsProps = {
  /** The accessible name of the list ("Import steps"). */
  label: string;
  steps: readonly string[];
  /** 0-based index of the current step. */
  current: number;
};

/** Where the user is in a multi-step flow: done, current (aria-current="step") and upcoming steps. */
export function Steps({ label, steps, current }: StepsProps) {
  return (
    <ol className="steps" aria-label={label}>
      {steps.map((step, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'upcoming';
        return (
          <li
            key={step}
            className={`steps__item steps__item--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="steps__number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="steps__label">{step}</span>
          </li>
        );
      })}
    </ol>
  );
}
