/** Sign in with email and password; a wrong pair or too many attempts is said inline, translated. */
import { useState, type FormEvent } from 'react';
import { asApiError, type ApiError } from '../../api/errors';
import { useT } from '../../i18n/LanguageContext';
import { errorKey } from '../../i18n/strings';
import { Dialog } from './Dialog';
import { useSession } from './SessionContext';

export function SignInDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      onClose();
    } catch (failure) {
      setError(asApiError(failure));
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('signIn')} onClose={onClose} testId="sign-in-dialog">
      <form className="curation-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor="sign-in-email">{t('email')}</label>
        <input
          id="sign-in-email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          data-testid="sign-in-email"
        />
        <label htmlFor="sign-in-password">{t('password')}</label>
        <input
          id="sign-in-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          data-testid="sign-in-password"
        />
        {error !== null && (
          <p
            className="field-error"
            role="alert"
            data-testid="sign-in-error"
            data-error-code={error.code ?? error.reason}
          >
            {error.code === 'UNAUTHENTICATED' ? t('signInRefused') : t(errorKey(error))}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy} data-testid="sign-in-submit">
            {t('signIn')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
