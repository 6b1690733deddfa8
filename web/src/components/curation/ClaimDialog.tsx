/**
 * "Add claim" on the lines selected in the reader: what the claim is about (an existing entity or
 * relation found with search, or a new entity or relation), its dates and its note in both
 * languages. It is sent as a proposed change; a reviewer accepts or rejects it.
 */
import { useState, type FormEvent } from 'react';
import { asApiError, type ApiError } from '../../api/errors';
import type { EntityKind, NewEntityInput, ProposeChangeInput, RelationType } from '../../api/generated';
import { mutate, useQuery } from '../../api/hooks';
import type { EntitySummary } from '../../graph/model';
import { useLanguage } from '../../i18n/LanguageContext';
import { entityLabel, kindKey, relationKey, type MessageKey } from '../../i18n/strings';
import { ENTITY_KINDS, RELATION_TYPES } from '../../vocabulary';
import { lineRange } from '../evidence/CitationLink';
import { Dialog } from './Dialog';
import { EntityPicker } from './EntityPicker';
import { FormError, FormField } from './FormField';

export type SubjectMode = 'entity' | 'relation' | 'newEntity' | 'newRelation';
const MODES: Record<SubjectMode, MessageKey> = {
  entity: 'subjectEntity',
  relation: 'subjectRelation',
  newEntity: 'subjectNewEntity',
  newRelation: 'subjectNewRelation',
};

const CLAIM_FIELDS = ['subjectId', 'newEntity', 'newRelation', 'claim'] as const;

export interface ClaimTarget {
  documentId: string;
  documentTitle: string;
  lineStart: number;
  lineEnd: number;
}

const EMPTY_ENTITY: NewEntityInput = {
  kind: 'FRAMEWORK',
  type: '',
  name: '',
  nameJa: '',
  description: '',
  descriptionJa: '',
  acronym: '',
};

export function ClaimDialog({ target, onClose }: { target: ClaimTarget; onClose: () => void }) {
  const { lang, t } = useLanguage();
  const [mode, setMode] = useState<SubjectMode>('entity');
  const [entity, setEntity] = useState<EntitySummary | null>(null);
  const [relationId, setRelationId] = useState('');
  const [newEntity, setNewEntity] = useState<NewEntityInput>(EMPTY_ENTITY);
  const [from, setFrom] = useState<EntitySummary | null>(null);
  const [to, setTo] = useState<EntitySummary | null>(null);
  const [relationType, setRelationType] = useState<RelationType>('MEMBER_OF');
  const [claim, setClaim] = useState({ note: '', noteJa: '', since: '', until: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [proposed, setProposed] = useState<string | null>(null);
  // An existing relation is chosen among the relations of an entity found with search.
  const relations = useQuery('EntityDetails', { id: entity?.id ?? '' }, mode !== 'relation' || entity === null);
  const chosenFrom = relations.data?.entity;
  // Each relation's ends: the entity the relations were asked for and the other one.
  const relationChoices =
    chosenFrom?.relations.edges.map(({ node, other }) => {
      const [from, to] = node.from.id === chosenFrom.id ? [chosenFrom, other] : [other, chosenFrom];
      return { ...node, from, to };
    }) ?? [];

  const setEntityField = (field: keyof NewEntityInput, value: string) =>
    setNewEntity((previous) => ({ ...previous, [field]: value }));
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

  const input = (): ProposeChangeInput => {
    const cited = {
      documentId: target.documentId,
      lineStart: target.lineStart,
      lineEnd: target.lineEnd,
      note: claim.note.trim(),
      noteJa: claim.noteJa.trim(),
      since: orNull(claim.since),
      until: orNull(claim.until),
    };
    const base = { kind: 'ADD_CLAIM' as const, claim: cited };
    switch (mode) {
      case 'entity':
        return { ...base, subjectId: entity?.id ?? null };
      case 'relation':
        return { ...base, subjectId: relationId === '' ? null : relationId };
      case 'newEntity':
        return { ...base, newEntity: { ...newEntity, acronym: orNull(newEntity.acronym ?? '') } };
      case 'newRelation':
        return { ...base, newRelation: { type: relationType, fromId: from?.id ?? '', toId: to?.id ?? '' } };
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const data = await mutate('ProposeChange', { input: input() });
      setProposed(data.proposeChange.id);
    } catch (failure) {
      setError(asApiError(failure));
    }
    setBusy(false);
  };

  const title = t('addClaimTitle', { lines: lineRange(target), doc: target.documentTitle });
  if (proposed !== null) {
    return (
      <Dialog title={title} onClose={onClose} testId="claim-dialog">
        <p className="status" role="status" data-testid="claim-proposed" data-change={proposed}>
          {t('claimProposed')}
        </p>
        <div className="form-actions">
          <button type="button" className="primary" autoFocus onClick={onClose}>
            {t('closeDialog')}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={title} onClose={onClose} testId="claim-dialog" wide>
      <form className="curation-form" onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="subject-modes">
          <legend>{t('claimSubject')}</legend>
          {(Object.keys(MODES) as SubjectMode[]).map((name) => (
            <label key={name} className="radio">
              <input
                type="radio"
                name="subject-mode"
                value={name}
                checked={mode === name}
                onChange={() => setMode(name)}
                data-testid={`subject-mode-${name}`}
              />
              {t(MODES[name])}
            </label>
          ))}
        </fieldset>

        {(mode === 'entity' || mode === 'relation') && (
          <FormField
            label={t(mode === 'entity' ? 'subjectEntity' : 'relationOfEntity')}
            field="subjectId"
            error={error}
          >
            {() => <EntityPicker label={t('searchLabel')} value={entity} onChange={setEntity} testId="claim-entity" />}
          </FormField>
        )}
        {mode === 'relation' && entity !== null && (
          <FormField label={t('subjectRelation')} field="subjectId" error={null}>
            {(props) => (
              <select
                {...props}
                value={relationId}
                onChange={(e) => setRelationId(e.target.value)}
                data-testid="claim-relation"
              >
                <option value="">{relations.loading ? t('loading') : t('chooseRelation')}</option>
                {relationChoices.map((relation) => (
                  <option key={relation.id} value={relation.id}>
                    {entityLabel(relation.from, lang)} → {t(relationKey(relation.type))} →{' '}
                    {entityLabel(relation.to, lang)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}

        {mode === 'newEntity' && (
          <>
            <div className="form-row">
              <FormField label={t('kind')} field="newEntity.kind" error={error}>
                {(props) => (
                  <select
                    {...props}
                    value={newEntity.kind}
                    onChange={(e) => setEntityField('kind', e.target.value as EntityKind)}
                    data-testid="new-entity-kind"
                  >
                    {ENTITY_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(kindKey(kind))}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <FormField label={t('type')} field="newEntity.type" error={error}>
                {(props) => (
                  <input
                    {...props}
                    value={newEntity.type}
                    placeholder="forum"
                    onChange={(e) => setEntityField('type', e.target.value)}
                    data-testid="new-entity-type"
                  />
                )}
              </FormField>
              <FormField label={t('acronym')} field="newEntity.acronym" error={error}>
                {(props) => (
                  <input
                    {...props}
                    value={newEntity.acronym ?? ''}
                    onChange={(e) => setEntityField('acronym', e.target.value)}
                  />
                )}
              </FormField>
            </div>
            <div className="form-row">
              <FormField label={t('nameEn')} field="newEntity.name" error={error}>
                {(props) => (
                  <input
                    {...props}
                    lang="en"
                    value={newEntity.name}
                    onChange={(e) => setEntityField('name', e.target.value)}
                    data-testid="new-entity-name"
                  />
                )}
              </FormField>
              <FormField label={t('nameJa')} field="newEntity.nameJa" error={error}>
                {(props) => (
                  <input
                    {...props}
                    lang="ja"
                    value={newEntity.nameJa}
                    onChange={(e) => setEntityField('nameJa', e.target.value)}
                    data-testid="new-entity-name-ja"
                  />
                )}
              </FormField>
            </div>
            <div className="form-row">
              <FormField label={t('descriptionEn')} field="newEntity.description" error={error}>
                {(props) => (
                  <textarea
                    {...props}
                    lang="en"
                    rows={2}
                    value={newEntity.description}
                    onChange={(e) => setEntityField('description', e.target.value)}
                  />
                )}
              </FormField>
              <FormField label={t('descriptionJa')} field="newEntity.descriptionJa" error={error}>
                {(props) => (
                  <textarea
                    {...props}
                    lang="ja"
                    rows={2}
                    value={newEntity.descriptionJa}
                    onChange={(e) => setEntityField('descriptionJa', e.target.value)}
                  />
                )}
              </FormField>
            </div>
          </>
        )}

        {mode === 'newRelation' && (
          <div className="form-row">
            <FormField label={t('from')} field="newRelation.fromId" error={error}>
              {() => <EntityPicker label={t('from')} value={from} onChange={setFrom} testId="new-relation-from" />}
            </FormField>
            <FormField label={t('relationType')} field="newRelation.type" error={error}>
              {(props) => (
                <select
                  {...props}
                  value={relationType}
                  onChange={(e) => setRelationType(e.target.value as RelationType)}
                  data-testid="new-relation-type"
                >
                  {RELATION_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(relationKey(type))}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label={t('to')} field="newRelation.toId" error={error}>
              {() => <EntityPicker label={t('to')} value={to} onChange={setTo} testId="new-relation-to" />}
            </FormField>
          </div>
        )}

        <div className="form-row">
          <FormField label={t('noteEn')} field="claim.note" error={error}>
            {(props) => (
              <textarea
                {...props}
                lang="en"
                rows={3}
                value={claim.note}
                onChange={(e) => setClaim({ ...claim, note: e.target.value })}
                data-testid="claim-note"
              />
            )}
          </FormField>
          <FormField label={t('noteJa')} field="claim.noteJa" error={error}>
            {(props) => (
              <textarea
                {...props}
                lang="ja"
                rows={3}
                value={claim.noteJa}
                onChange={(e) => setClaim({ ...claim, noteJa: e.target.value })}
                data-testid="claim-note-ja"
              />
            )}
          </FormField>
        </div>
        <div className="form-row">
          <FormField label={`${t('since')} (${t('partialDateHint')})`} field="claim.since" error={error}>
            {(props) => (
              <input
                {...props}
                value={claim.since}
                placeholder="2024-07"
                onChange={(e) => setClaim({ ...claim, since: e.target.value })}
                data-testid="claim-since"
              />
            )}
          </FormField>
          <FormField label={`${t('until')} (${t('partialDateHint')})`} field="claim.until" error={error}>
            {(props) => (
              <input
                {...props}
                value={claim.until}
                onChange={(e) => setClaim({ ...claim, until: e.target.value })}
                data-testid="claim-until"
              />
            )}
          </FormField>
        </div>
        <FormError error={error} fields={CLAIM_FIELDS} retry={() => setError(null)} />
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="claim-submit">
            {t('proposeClaim')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
