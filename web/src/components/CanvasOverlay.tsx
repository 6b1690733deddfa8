/**
 * What floats over the canvas: legend filters, loading and error notices, the overview's caption,
 * the empty state, zoom buttons, the summary and the time slider.
 */
import type { Core } from 'cytoscape';
import type { Dispatch } from 'react';
import type { ApiError } from '../api/errors';
import { fitView, zoomBy } from '../canvas/viewport';
import { useT } from '../i18n/LanguageContext';
import { STARTER_CHIPS } from '../view/chips';
import { isOverviewDoc } from '../view/overview';
import { isEmptyDoc, type ViewAction, type ViewState } from '../view/state';
import { Legend, typesOfGroup } from './Legend';
import { ErrorNotice } from './QueryStatus';
import { EvidenceDrawer } from './evidence/EvidenceDrawer';
import { TimeSlider } from './TimeSlider';

/** What the atlas covers, from the API (the overview's one-line summary). */
export interface AtlasCoverage {
  documents: number;
  entities: number;
  relations: number;
  minYear: number | null;
  maxYear: number | null;
}

export interface CanvasOverlayProps {
  coverage: AtlasCoverage | null;
  state: ViewState;
  dispatch: Dispatch<ViewAction>;
  cy: Core | null;
  loading: boolean;
  error: ApiError | undefined;
  retry: () => void;
  years: { min: number; max: number } | null;
  summary: string;
  onYear: (year: number | null) => void;
}

export function CanvasOverlay({
  coverage,
  state,
  dispatch,
  cy,
  loading,
  error,
  retry,
  years,
  summary,
  onYear,
}: CanvasOverlayProps) {
  const t = useT();
  const empty = isEmptyDoc(state.doc);
  const zoomButton = (label: string, symbol: string, testId: string, action: (cy: Core) => void) => (
    <button
      type="button"
      className="icon-button"
      aria-label={label}
      title={label}
      data-testid={testId}
      onClick={() => cy !== null && action(cy)}
    >
      {symbol}
    </button>
  );
  return (
    <>
      <Legend
        asOf={state.year !== null}
        hiddenKinds={state.hiddenKinds}
        hiddenTypes={state.hiddenTypes}
        onToggleKind={(kind) => dispatch({ type: 'toggleKind', kind })}
        onToggleGroup={(group) => {
          const types = typesOfGroup(group);
          const allHidden = types.every((type) => state.hiddenTypes.includes(type));
          types
            .filter((type) => state.hiddenTypes.includes(type) === allHidden)
            .forEach((relationType) => dispatch({ type: 'toggleRelationType', relationType }));
        }}
      />
      <div className="canvas-status">
        {error !== undefined && <ErrorNotice error={error} retry={retry} />}
        {error === undefined && loading && (
          <p className="status loading" role="status" data-testid="graph-loading">
            <span className="spinner" aria-hidden /> {t('loading')}
          </p>
        )}
      </div>
      {isOverviewDoc(state.doc) && (
        <div className="overview-card" data-testid="overview" data-overlay>
          <h2>{t('overviewTitle')}</h2>
          {coverage !== null && (
            <p className="atlas-summary" data-testid="atlas-summary">
              {t('atlasSummary', {
                documents: coverage.documents,
                entities: coverage.entities,
                relations: coverage.relations,
                from: coverage.minYear ?? '?',
                to: coverage.maxYear ?? '?',
              })}
            </p>
          )}
          <p>{t('overviewBody')}</p>
        </div>
      )}
      {empty && error === undefined && (
        <div className="empty-state" data-testid="empty-state">
          <h2>{t('emptyTitle')}</h2>
          <p>{t('emptyBody')}</p>
          <div className="preset-row">
            {STARTER_CHIPS.map((starter) => (
              <button
                key={starter.id}
                type="button"
                className="preset"
                data-testid="starter"
                onClick={() => dispatch({ type: 'focusEntity', id: starter.id })}
              >
                {t(starter.label)}
              </button>
            ))}
          </div>
        </div>
      )}
      <div className="zoom-controls" data-overlay>
        {zoomButton(t('zoomIn'), '+', 'zoom-in', (c) => zoomBy(c, 1.25))}
        {zoomButton(t('zoomOut'), '−', 'zoom-out', (c) => zoomBy(c, 0.8))}
        {zoomButton(t('fit'), '⤢', 'zoom-fit', (c) => fitView(c))}
      </div>
      <p className="graph-summary" data-overlay aria-live="polite">
        {summary}
      </p>
      <EvidenceDrawer />
      {years !== null && (
        <TimeSlider
          minYear={years.min}
          maxYear={years.max}
          year={state.year}
          onChange={onYear}
          hideUndated={state.hideUndated}
          onHideUndated={(hide) => dispatch({ type: 'setHideUndated', hide })}
        />
      )}
    </>
  );
}
