import { clearApiKey } from '@/lib/api-key-store';
import { useAccess } from '@/lib/use-access';

/** Lets an operator drop the session key (for example on a shared screen). */
export function ApiKeyStatus() {
  const { apiKey } = useAccess();
  if (!apiKey) return null;
  return (
    <button type="button" className="link-button" onClick={clearApiKey}>
      Forget API key
    </button>
  );
}
