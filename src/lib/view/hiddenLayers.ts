/** The legend's hidden layers, as a new set on every change (so the page's state sees the change). */
export function withLayerVisible(hidden: ReadonlySet<string>, name: string, visible: boolean): ReadonlySet<string> {
  const next = new Set(hidden);
  if (visible) next.delete(name);
  else next.add(name);
  return next;
}
