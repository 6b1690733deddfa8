/** The visible graph as tables, for screen readers and keyboard users. */
import type { EntitySummary, RelationSummary } from '../graph/model';
import { entityFullName, entityLabel, formatPartialDate, kindKey, relationKey } from '../i18n/strings';
import { ConflictBadge } from './Citations';
import { useLanguage } from '../i18n/LanguageContext';

export interface TableViewProps {
  nodes: readonly EntitySummary[];
  edges: readonly RelationSummary[];
  hiddenRelations: ReadonlyMap<string, number>;
  selected: string | null;
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
  onRemove: (id: string) => void;
}

export function TableView({ nodes, edges, hiddenRelations, selected, onSelect, onExpand, onRemove }: TableViewProps) {
  const { lang, t } = useLanguage();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const name = (id: string) => {
    const entity = byId.get(id);
    return entity === undefined ? id : entityLabel(entity, lang);
  };
  return (
    <div className="table-view">
      <table className="data-table" data-testid="node-table">
        <caption>
          {t('nodes')} ({nodes.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('kind')}</th>
            <th scope="col">{t('dates')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('expand')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((node) => (
            <tr key={node.id} aria-selected={selected === node.id} data-id={node.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onSelect(node.id)}>
                  {entityFullName(node, lang)}
                </button>
              </th>
              <td>{t(kindKey(node.kind))}</td>
              <td>
                {node.start === null ? '' : formatPartialDate(node.start, t)}
                {node.end === null ? '' : ` – ${formatPartialDate(node.end, t)}`}
              </td>
              <td className="row-actions">
                <button type="button" onClick={() => onExpand(node.id)}>
                  {t('expand')}
                  {(hiddenRelations.get(node.id) ?? 0) > 0 ? ` (+${hiddenRelations.get(node.id)})` : ''}
                </button>
                <button
                  type="button"
                  aria-label={`${t('remove')}: ${entityLabel(node, lang)}`}
                  onClick={() => onRemove(node.id)}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table" data-testid="edge-table">
        <caption>
          {t('edges')} ({edges.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('from')}</th>
            <th scope="col">{t('type')}</th>
            <th scope="col">{t('to')}</th>
            <th scope="col">{t('dates')}</th>
          </tr>
        </thead>
        <tbody>
          {edges.map((edge) => (
            <tr key={edge.id} aria-selected={selected === edge.id} data-id={edge.id}>
              <td>{name(edge.from.id)}</td>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onSelect(edge.id)}>
                  {t(relationKey(edge.type))}
                </button>
                {edge.conflicted && <ConflictBadge />}
              </th>
              <td>{name(edge.to.id)}</td>
              <td>
                {edge.since === null ? '' : formatPartialDate(edge.since, t)}
                {edge.until === null ? '' : ` – ${formatPartialDate(edge.until, t)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
