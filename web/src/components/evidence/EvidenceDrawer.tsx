/**
 * The evidence drawer over the canvas: the reader, the source documents, passage search and the
 * conflicts, one view at a time. Escape closes it; it takes the focus when it opens.
 */
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { ErrorNotice } from '../QueryStatus';
import { useLanguage } from '../../i18n/LanguageContext';
import type { MessageKey } from '../../i18n/strings';
import { ConflictsView } from './ConflictsView';
import { useEvidence, type EvidenceTab } from './EvidenceContext';
import { PassageSearch } from './PassageSearch';
import { SourceReader } from './SourceReader';
import { SourcesView } from './SourcesView';
import './evidence.css';

const TAB_LABELS: Record<EvidenceTab, MessageKey> = {
  reader: 'readerView',
  sources: 'sourcesView',
  search: 'passageSearch',
  conflicts: 'conflictsView',
};

/** The toolbar button that opens the drawer on the source documents. */
export function EvidenceButton() {
  const { t } = useLanguage();
  const { open, openTab, close } = useEvidence();
  return (
    <button
      type="button"
      aria-expanded={open}
      data-testid="evidence-toggle"
      onClick={() => (open ? close() : openTab('sources'))}
    >
      {t('sourcesView')}
    </button>
  );
}

export function EvidenceDrawer() {
  const { t } = useLanguage();
  const { open, tab, target, openTab, close } = useEvidence();
  const [searchText, setSearchText] = useState('');
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (open) setOpened(true);
  }, [open]);
  // The documents are read once the drawer is first opened, not with the app.
  const sources = useQuery('Sources', {}, !opened && !open);
  const heading = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open, tab, target]);
  if (!open) return null;
  const source = target === null ? undefined : sources.data?.sources.find((s) => s.id === target.doc);

  return (
    <section
      className="evidence-drawer"
      role="dialog"
      aria-modal="false"
      aria-labelledby="evidence-heading"
      data-testid="evidence-drawer"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
    >
      <header className="evidence-header">
        <h2 id="evidence-heading" ref={heading} tabIndex={-1}>
          {t('evidence')}
        </h2>
        <div className="tabs" role="tablist">
          {(Object.keys(TAB_LABELS) as EvidenceTab[]).map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={tab === name}
              className={tab === name ? 'tab active' : 'tab'}
              data-testid={`evidence-tab-${name}`}
              onClick={() => openTab(name)}
            >
              {t(TAB_LABELS[name])}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={t('closeEvidence')}
          title={t('closeEvidence')}
          onClick={close}
        >
          ✕
        </button>
      </header>
      <div className="evidence-body" role="tabpanel">
        {sources.error !== undefined && <ErrorNotice error={sources.error} retry={sources.retry} />}
        {sources.loading && sources.data === undefined && (
          <p className="status loading" role="status">
            <span className="spinner" aria-hidden /> {t('loading')}
          </p>
        )}
        {tab === 'reader' && target === null && <p className="status empty">{t('chooseClaim')}</p>}
        {tab === 'reader' && target !== null && source !== undefined && (
          <SourceReader target={target} source={source} />
        )}
        {tab === 'sources' && sources.data !== undefined && <SourcesView sources={sources.data.sources} />}
        {tab === 'search' && <PassageSearch text={searchText} onText={setSearchText} />}
        {tab === 'conflicts' && <ConflictsView />}
      </div>
    </section>
  );
}
