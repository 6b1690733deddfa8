/**
 * Search with autocomplete as an ARIA combobox: type, move with the arrow keys, Enter to choose,
 * Escape to close. Matches names, acronyms and aliases in both languages (server-side).
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { EntityKind } from '../api/generated';
import { useQuery } from '../api/hooks';
import type { EntitySummary } from '../graph/model';
import { KIND_STYLE } from '../vocabulary';
import { entityFullName, kindKey } from '../i18n/strings';
import { useLanguage } from '../i18n/LanguageContext';

const DEBOUNCE_MS = 150;

export interface SearchBoxProps {
  label: string;
  placeholder: string;
  kinds?: EntityKind[];
  onChoose: (entity: EntitySummary) => void;
  className?: string;
  testId?: string;
}

export function SearchBox({ label, placeholder, kinds, onChoose, className, testId }: SearchBoxProps) {
  const { lang, t } = useLanguage();
  const id = useId();
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(text.trim()), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const query = useQuery('Search', { text: debounced, kinds: kinds ?? null, first: 10 }, debounced === '');
  const hits = debounced === '' ? [] : (query.data?.search ?? []);
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const expanded = open && debounced !== '';

  const choose = (index: number) => {
    const hit = hits[index];
    if (hit === undefined) return;
    onChoose(hit.entity);
    setText('');
    setDebounced('');
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        setOpen(true);
        setActive((i) => (hits.length === 0 ? 0 : (i + 1) % hits.length));
        event.preventDefault();
        break;
      case 'ArrowUp':
        setActive((i) => (hits.length === 0 ? 0 : (i - 1 + hits.length) % hits.length));
        event.preventDefault();
        break;
      case 'Enter':
        if (expanded && hits.length > 0) {
          choose(Math.min(active, hits.length - 1));
          event.preventDefault();
        }
        break;
      case 'Escape':
        // The first Escape closes the list; a second one lets the browser clear the box.
        if (expanded) {
          setOpen(false);
          event.preventDefault();
        }
        break;
    }
  };

  return (
    <div className={`search-box ${className ?? ''}`}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits.length > 0 ? optionId(active) : undefined}
        placeholder={placeholder}
        value={text}
        autoComplete="off"
        spellCheck={false}
        data-testid={testId}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" aria-label={label} className="search-results" hidden={!expanded}>
        {expanded && query.loading && hits.length === 0 && <li className="search-status">{t('searching')}</li>}
        {expanded && !query.loading && query.error === undefined && hits.length === 0 && (
          <li className="search-status">{t('searchNoHits')}</li>
        )}
        {expanded && query.error !== undefined && <li className="search-status error">{t('apiUnreachable')}</li>}
        {hits.map((hit, index) => {
          const other = lang === 'ja' ? hit.entity.name : hit.entity.nameJa;
          return (
            <li
              key={hit.entity.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              data-entity-id={hit.entity.id}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(index)}
              onMouseEnter={() => setActive(index)}
            >
              <span className="kind-dot" style={{ background: KIND_STYLE[hit.entity.kind].color }} aria-hidden />
              <span className="hit-text">
                <span className="hit-name">{entityFullName(hit.entity, lang)}</span>
                <span className="hit-meta">
                  {other} · {t(kindKey(hit.entity.kind))}
                  {hit.matched !== null && hit.matched !== hit.entity.name && hit.matched !== hit.entity.nameJa
                    ? ` · ${t('matchedBy')}: ${hit.matched}`
                    : ''}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
