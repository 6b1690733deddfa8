/**
 * "Add a source": a document's titles (English and Japanese), publisher, date and its text, pasted
 * or read from a UTF-8 .txt file. Once added it opens in the reader, ready for claims.
 */
import { useState, type FormEvent } from 'react';
import { asApiError, ApiError } from '../../api/errors';
import type { AddSourceInput } from '../../api/generated';
import { mutate } from '../../api/hooks';
import { useT } from '../../i18n/LanguageContext';
import { useEvidence } from '../evidence/EvidenceContext';
import { Dialog } from './Dialog';
import { FormError, FormField } from './FormField';
import { countLines, decodeUtf8 } from './sourceText';

const FIELDS = ['title', 'titleJa', 'publisher', 'date', 'text'] as const;
const EMPTY: AddSourceInput = { title: '', titleJa: '', publisher: '', date: '', text: '' };

export function AddSourceDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { openLine } = useEvidence();
  const [input, setInput] = useState<AddSourceInput>(EMPTY);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof AddSourceInput, value: string) => setInput((previous) => ({ ...previous, [field]: value }));

  const readFile = async (file: File) => {
    const text = decodeUtf8(await file.arrayBuffer());
    if (text === null) {
      // Said at the text field, as the server's own refusals are.
      const message = t('notUtf8', { file: file.name });
      setError(
        new ApiError(message, 'rejected', 'BAD_USER_INPUT', null, {
          problems: [{ field: 'text', message }],
          current: null,
        }),
      );
      return;
    }
    setError(null);
    setInput((previous) => ({ ...previous, text, title: previous.title || file.name.replace(/\.txt$/i, '') }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const publisher = input.publisher?.trim() ?? '';
      const data = await mutate('AddSource', {
        input: {
          ...input,
          title: input.title.trim(),
          titleJa: input.titleJa.trim(),
          date: input.date.trim(),
          publisher: publisher === '' ? null : publisher,
        },
      });
      onClose();
      openLine(data.addSource.id, 1);
    } catch (failure) {
      setError(asApiError(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('addSource')} onClose={onClose} testId="add-source-dialog" wide>
      <form className="curation-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="form-row">
          <FormField label={t('titleEn')} field="title" error={error}>
            {(props) => (
              <input
                {...props}
                lang="en"
                value={input.title}
                onChange={(e) => set('title', e.target.value)}
                data-testid="source-title"
              />
            )}
          </FormField>
          <FormField label={t('titleJa')} field="titleJa" error={error}>
            {(props) => (
              <input
                {...props}
                lang="ja"
                value={input.titleJa}
                onChange={(e) => set('titleJa', e.target.value)}
                data-testid="source-title-ja"
              />
            )}
          </FormField>
        </div>
        <div className="form-row">
          <FormField label={t('publisher')} field="publisher" error={error}>
            {(props) => (
              <input
                {...props}
                value={input.publisher ?? ''}
                onChange={(e) => set('publisher', e.target.value)}
                data-testid="source-publisher"
              />
            )}
          </FormField>
          <FormField label={`${t('date')} (${t('partialDateHint')})`} field="date" error={error}>
            {(props) => (
              <input
                {...props}
                value={input.date}
                placeholder="2024-07-09"
                onChange={(e) => set('date', e.target.value)}
                data-testid="source-date"
              />
            )}
          </FormField>
        </div>
        <FormField label={t('sourceText')} field="text" error={error}>
          {(props) => (
            <textarea
              {...props}
              rows={10}
              value={input.text}
              onChange={(e) => set('text', e.target.value)}
              data-testid="source-text"
            />
          )}
        </FormField>
        <p className="form-help">
          <label className="file-button">
            {t('uploadText')}
            <input
              type="file"
              accept=".txt,text/plain"
              data-testid="source-file"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file !== undefined) void readFile(file);
              }}
            />
          </label>{' '}
          {t('lineCountValue', { count: countLines(input.text) })}
        </p>
        <FormError error={error} fields={FIELDS} retry={() => setError(null)} />
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="add-source-submit">
            {t('addSource')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
