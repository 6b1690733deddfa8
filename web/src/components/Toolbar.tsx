/** The header: title, search, undo/redo, layout, clear, export, the language switch and the account (curation). */
import type { Core } from 'cytoscape';
import type { Dispatch } from 'react';
import type { SourceDocument } from '../export/subgraph';
import type { EntitySummary, RelationSummary } from '../graph/model';
import { useLanguage } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/strings';
import {
  canRedo,
  canUndo,
  isEmptyDoc,
  LAYOUT_NAMES,
  type LayoutName,
  type ViewAction,
  type ViewState,
} from '../view/state';
import { AccountMenu } from './curation/AccountMenu';
import { EvidenceButton } from './evidence/EvidenceDrawer';
import { ExportMenu } from './ExportMenu';
import { SearchBox } from './SearchBox';

const LAYOUT_LABELS: Record<LayoutName, MessageKey> = {
  fcose: 'layoutFcose',
  concentric: 'layoutConcentric',
  timeline: 'layoutTimeline',
};

export interface ToolbarProps {
  state: ViewState;
  dispatch: Dispatch<ViewAction>;
  cy: Core | null;
  shownNodes: readonly EntitySummary[];
  shownEdges: readonly RelationSummary[];
  sources: readonly SourceDocument[];
  summary: string;
  onRelayout: () => void;
}

export function Toolbar({ state, dispatch, cy, shownNodes, shownEdges, sources, summary, onRelayout }: ToolbarProps) {
  const { lang, t, setLang } = useLanguage();
  return (
    <header className="app-header">
      <div className="brand">
        <img src="/favicon.svg" alt="" width={28} height={28} />
        <div>
          <h1>{t('appTitle')}</h1>
          <p className="subtitle">{t('appSubtitle')}</p>
        </div>
      </div>
      <SearchBox
        label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        onChoose={(entity) => dispatch({ type: 'focusEntity', id: entity.id })}
        className="main-search"
        testId="main-search"
      />
      <nav className="toolbar" aria-label="Toolbar">
        <button
          type="button"
          className="icon-button"
          onClick={() => dispatch({ type: 'undo' })}
          disabled={!canUndo(state)}
          title={`${t('undo')} (Ctrl+Z)`}
          aria-label={t('undo')}
          data-testid="undo"
        >
          ↶
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => dispatch({ type: 'redo' })}
          disabled={!canRedo(state)}
          title={`${t('redo')} (Ctrl+Shift+Z)`}
          aria-label={t('redo')}
          data-testid="redo"
        >
          ↷
        </button>
        <label className="visually-hidden" htmlFor="layout-select">
          {t('layout')}
        </label>
        <select
          id="layout-select"
          value={state.layout}
          title={t('layout')}
          onChange={(event) => dispatch({ type: 'setLayout', layout: event.target.value as LayoutName })}
        >
          {LAYOUT_NAMES.map((name) => (
            <option key={name} value={name}>
              {t(LAYOUT_LABELS[name])}
            </option>
          ))}
        </select>
        <button type="button" onClick={onRelayout} title={t('relayout')}>
          {t('relayout')}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'clear' })} disabled={isEmptyDoc(state.doc)}>
          {t('clear')}
        </button>
        <ExportMenu
          cy={cy}
          year={state.year}
          nodes={shownNodes}
          edges={shownEdges}
          sources={sources}
          summary={summary}
        />
        <EvidenceButton />
        <button
          type="button"
          className="lang-toggle"
          onClick={() => setLang(lang === 'en' ? 'ja' : 'en')}
          aria-label={`${t('language')}: ${t('switchLanguage')}`}
          lang={lang === 'en' ? 'ja' : 'en'}
          data-testid="lang-toggle"
        >
          {t('switchLanguage')}
        </button>
        <AccountMenu />
      </nav>
    </header>
  );
}
