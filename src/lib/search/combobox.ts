/** Keyboard rules of the "Search places" combobox (ARIA APG, editable combobox with list autocomplete). */

/**
 * The active option after ArrowDown (`down`) or ArrowUp among `count` options. A closed popup
 * opens on the first option (ArrowDown) or the last (ArrowUp); Alt+ArrowDown only opens it (-1:
 * no active option). An open popup moves the active option, wrapping at both ends.
 */
export function arrowActive(down: boolean, altKey: boolean, expanded: boolean, activeIndex: number, count: number): number {
  if (count <= 0) return -1;
  if (!expanded) return altKey ? -1 : down ? 0 : count - 1;
  if (down) return (activeIndex + 1) % count;
  return activeIndex <= 0 ? count - 1 : activeIndex - 1;
}
