import { useState } from 'react';
import type { ApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { call } from '../../api/call.js';
import { downloadText } from './download.js';

/** Downloads every stored definition as OpenSLO YAML, built by the backend from what it evaluates. */
export function ExportDefinitions() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async () => {
    setBusy(true);
    const r = await call(() => api.slo.exportDefinitions.query());
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    downloadText(r.value.fileName, r.value.content, r.value.mimeType);
  };
  return (
    <>
      <button type="button" onClick={() => void run()} disabled={busy} data-testid="slo-export">
        {busy ? 'Exporting…' : 'Export definitions'}
      </button>
      {error && (
        <span className="field-error" role="status" data-testid="slo-export-error">
          Export failed: {error.message}
        </span>
      )}
    </>
  );
}
