import { create } from 'zustand';

export type NotifyPermission = NotificationPermission | 'unsupported';

function current(): NotifyPermission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

export const useNotifyPermission = create<{ permission: NotifyPermission }>()(() => ({ permission: current() }));

/**
 * Asked from a click only: browsers ignore (and may penalise) prompts nobody asked for. In Electron the
 * session's permission handler answers for our origin, so this resolves at once.
 */
export async function requestNotifyPermission(): Promise<void> {
  if (typeof Notification === 'undefined') return;
  try {
    const permission = await Notification.requestPermission();
    useNotifyPermission.setState({ permission });
  } catch {
    useNotifyPermission.setState({ permission: current() });
  }
}

/** Permission can change in site settings while the console is open. */
export function refreshNotifyPermission(): void {
  useNotifyPermission.setState({ permission: current() });
}
