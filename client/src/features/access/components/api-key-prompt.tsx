import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { saveApiKey } from '@/lib/api-key-store';
import { errorMessage } from '@/lib/api-error';
import { useAccess } from '@/lib/use-access';
import { checkApiKey } from '../api/check-api-key';

/** Shown when any call answered 401; the key is checked, then kept in sessionStorage for this tab only. */
export function ApiKeyPrompt() {
  const { keyRequired, apiKey } = useAccess();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string>();
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    if (keyRequired) input.current?.focus();
  }, [keyRequired]);

  if (!keyRequired) return null;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const key = value.trim();
    if (!key) return setProblem('Enter a key.');
    setChecking(true);
    setProblem(undefined);
    try {
      if (await checkApiKey(key)) {
        setValue('');
        saveApiKey(key);
      } else setProblem('The server rejected this key.');
    } catch (error) {
      setProblem(`The key could not be checked: ${errorMessage(error)}`);
    } finally {
      setChecking(false);
    }
  };
  return (
    <section className="key-prompt" aria-labelledby={`${id}-title`} data-testid="api-key-prompt">
      <h2 id={`${id}-title`}>An API key is required</h2>
      <p>
        {apiKey ? 'The server no longer accepts the saved key. ' : 'This PowerGrid server only answers requests that carry an API key. '}
        The key is kept for this browser tab only.
      </p>
      <form onSubmit={(event) => void onSubmit(event)}>
        <label htmlFor={`${id}-key`}>API key</label>
        <div className="question-row">
          <input ref={input} id={`${id}-key`} type="password" autoComplete="off" value={value}
            aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => setValue(event.target.value)} />
          <button type="submit" disabled={checking}>{checking ? 'Checking…' : 'Use key'}</button>
        </div>
        {problem ? <p id={`${id}-problem`} className="field-error" role="alert">{problem}</p> : null}
      </form>
    </section>
  );
}
