/**
 * What a screen reader hears as the canvas changes: the entity the user moved to (with how many
 * neighbours it has on the canvas) and how many entities an expansion added. A polite live region.
 */
import { useEffect, useRef, useState } from 'react';
import type { EntitySummary, RelationSummary } from '../graph/model';
import { useLanguage } from '../i18n/LanguageContext';
import { entityLabel } from '../i18n/strings';

export interface AnnouncerProps {
  selected: string | null;
  nodes: readonly EntitySummary[];
  edges: readonly RelationSummary[];
}

export function Announcer({ selected, nodes, edges }: AnnouncerProps) {
  const { lang, t } = useLanguage();
  const [message, setMessage] = useState('');
  const count = useRef(nodes.length);

  useEffect(() => {
    const added = nodes.length - count.current;
    count.current = nodes.length;
    if (added > 0) setMessage(t('announceAdded', { n: added }));
  }, [nodes.length, t]);

  useEffect(() => {
    const entity = selected === null ? undefined : nodes.find((n) => n.id === selected);
    if (entity === undefined) return;
    const neighbours = new Set(
      edges.flatMap((e) => (e.from.id === entity.id ? [e.to.id] : e.to.id === entity.id ? [e.from.id] : [])),
    );
    setMessage(t('announceSelected', { name: entityLabel(entity, lang), n: neighbours.size }));
    // Announced when the selection changes, not each time the canvas grows: nodes and edges are left out.
  }, [selected, lang, t]);

  return (
    <p className="visually-hidden" aria-live="polite" data-testid="announcer">
      {message}
    </p>
  );
}
