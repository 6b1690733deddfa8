/**
 * The "as of" year: a slider over every year of the graph, first to last, with "all years" as a
 * control of its own (the slider's top is the last year, not "all"), play/pause at a chosen speed
 * to replay the graph's growth, and whether undated things are hidden in a year.
 */
import { useEffect, useId, useState } from 'react';
import { useT } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/strings';

/** Milliseconds a year stays on screen while playing. */
const SPEEDS: readonly { ms: number; label: MessageKey }[] = [
  { ms: 900, label: 'speedSlow' },
  { ms: 450, label: 'speedNormal' },
  { ms: 180, label: 'speedFast' },
];
const DEFAULT_SPEED_MS = 450;

export interface TimeSliderProps {
  minYear: number;
  maxYear: number;
  year: number | null;
  onChange: (year: number | null) => void;
  hideUndated: boolean;
  onHideUndated: (hide: boolean) => void;
}

export function TimeSlider({ minYear, maxYear, year, onChange, hideUndated, onHideUndated }: TimeSliderProps) {
  const t = useT();
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const [stepMs, setStepMs] = useState(DEFAULT_SPEED_MS);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const next = year === null || year >= maxYear ? minYear : year + 1;
      onChange(next);
      if (next >= maxYear) setPlaying(false);
    }, stepMs);
    return () => window.clearInterval(timer);
  }, [playing, year, minYear, maxYear, onChange, stepMs]);

  const allYears = year === null;
  // With "all years" the thumb rests on the last year; taking hold of it picks that year (the
  // slider's change event would not fire for the value it already shows).
  const pick = () => {
    if (allYears) onChange(maxYear);
  };
  return (
    <div className="time-slider" data-overlay role="group" aria-label={t('asOf')}>
      <button
        type="button"
        className="icon-button play"
        aria-label={playing ? t('pause') : t('play')}
        title={playing ? t('pause') : t('play')}
        onClick={() => {
          if (!playing && (allYears || year >= maxYear)) onChange(minYear);
          setPlaying(!playing);
        }}
      >
        {playing ? '❚❚' : '▶'}
      </button>
      <label className="visually-hidden" htmlFor={`${id}-speed`}>
        {t('playSpeed')}
      </label>
      <select
        id={`${id}-speed`}
        className="play-speed"
        title={t('playSpeed')}
        value={stepMs}
        data-testid="play-speed"
        onChange={(event) => setStepMs(Number(event.target.value))}
      >
        {SPEEDS.map((speed) => (
          <option key={speed.ms} value={speed.ms}>
            {t(speed.label)}
          </option>
        ))}
      </select>
      <label htmlFor={id}>{t('asOf')}</label>
      <input
        id={id}
        type="range"
        className={allYears ? 'all-years' : undefined}
        min={minYear}
        max={maxYear}
        step={1}
        value={year ?? maxYear}
        aria-valuetext={allYears ? t('allYears') : String(year)}
        data-testid="year-slider"
        onPointerDown={pick}
        onKeyDown={pick}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <output htmlFor={id} className="year-value" data-testid="year-value">
        {allYears ? t('allYears') : year}
      </output>
      <button
        type="button"
        className="text-button"
        aria-pressed={allYears}
        data-testid="all-years"
        onClick={() => {
          setPlaying(false);
          onChange(allYears ? maxYear : null);
        }}
      >
        {t('allYears')}
      </button>
      <label className="hide-undated" title={t('undated')}>
        <input
          type="checkbox"
          checked={hideUndated}
          disabled={allYears}
          data-testid="hide-undated"
          onChange={(event) => onHideUndated(event.target.checked)}
        />
        {t('hideUndated')}
      </label>
    </div>
  );
}
