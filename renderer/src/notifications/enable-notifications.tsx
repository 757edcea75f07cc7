import { useEffect } from 'react';
import { isDesktop } from './desktop.js';
import { refreshNotifyPermission, requestNotifyPermission, useNotifyPermission } from './notification-permission.js';

/** Asks for notification permission from a click, and says plainly what the current permission means. */
export function EnableNotifications() {
  const permission = useNotifyPermission((s) => s.permission);
  useEffect(() => {
    refreshNotifyPermission();
    window.addEventListener('focus', refreshNotifyPermission);
    return () => window.removeEventListener('focus', refreshNotifyPermission);
  }, []);
  const where = isDesktop() ? 'desktop' : 'browser';
  return (
    <span className="notify-permission" data-testid="slo-notifications" data-permission={permission}>
      {permission === 'default' && (
        <button type="button" onClick={() => void requestNotifyPermission()} data-testid="slo-enable-notifications">
          Enable notifications
        </button>
      )}
      {permission === 'granted' && <span className="badge state-live">{where} notifications on for pages</span>}
      {permission === 'denied' && (
        <span className="note">Notifications are blocked for Meridian; allow them in the {where}'s site settings. Pages still show here.</span>
      )}
      {permission === 'unsupported' && <span className="muted">No {where} notifications here; pages show in the console.</span>}
    </span>
  );
}
