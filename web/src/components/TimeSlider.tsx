/** The "as of" year: a slider over the graph's years, with play/pause to replay its growth. */
import { useEffect, useId, useState } from 'react';
import { useT } from '../i18n/LanguageContext';

const PLAY_STEP_MS = 450;

export interface TimeSliderProps {
  minYear: number;
  maxYear: number;
  year: number | null;
  onChange: (year: number | null) => void;
}

export function TimeSlider({ minYear, maxYear, year, onChange }: TimeSliderProps) {
  const t = useT();
  const id = useId();
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const next = year === null || year >= maxYear ? minYear : year + 1;
      onChange(next);
      if (next >= maxYear) setPlaying(false);
    }, PLAY_STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing, year, minYear, maxYear, onChange]);

  const value = year ?? maxYear;
  return (
    <div className="time-slider" data-overlay role="group" aria-label={t('asOf')}>
      <button
        type="button"
        className="icon-button play"
        aria-label={playing ? t('pause') : t('play')}
        title={playing ? t('pause') : t('play')}
        onClick={() => {
          if (!playing && (year === null || year >= maxYear)) onChange(minYear);
          setPlaying(!playing);
        }}
      >
        {playing ? '❚❚' : '▶'}
      </button>
      <label htmlFor={id}>{t('asOf')}</label>
      <input
        id={id}
        type="range"
        min={minYear}
        max={maxYear}
        step={1}
        value={value}
        aria-valuetext={year === null ? t('allYears') : String(year)}
        data-testid="year-slider"
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <output htmlFor={id} className="year-value" data-testid="year-value">
        {year === null ? t('allYears') : year}
      </output>
      <button
        type="button"
        className="text-button"
        disabled={year === null}
        onClick={() => {
          setPlaying(false);
          onChange(null);
        }}
      >
        {t('timeFilterOff')}
      </button>
    </div>
  );
}
