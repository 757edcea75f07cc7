// The preload's frozen bridge (electron/preload.cts). Read defensively: in a browser it is absent, and the
// page must not trust its shape blindly.
export function isDesktop(): boolean {
  const bridge: unknown = Reflect.get(window, 'meridianDesktop');
  return typeof bridge === 'object' && bridge !== null && Reflect.get(bridge, 'isDesktop') === true;
}
