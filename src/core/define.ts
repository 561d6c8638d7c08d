/**
 * Registers a custom element once. A page that includes the script twice, or
 * two builds of different versions, keeps the first definition and gets one
 * console warning instead of the exception `customElements.define` throws.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== element) console.warn(`salary-widgets: <${tag}> is already defined on this page (the script was included twice?); keeping the first definition.`);
    return;
  }
  customElements.define(tag, element);
}
