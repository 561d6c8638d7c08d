/**
 * Registers the custom elements that are not defined yet. A page that
 * includes the script twice, or two builds of different versions, keeps the
 * first definitions and gets one console warning instead of the exception
 * `customElements.define` throws.
 */
export function defineElements(elements: Record<string, CustomElementConstructor>): void {
  const taken: string[] = [];
  for (const [tag, element] of Object.entries(elements)) {
    const existing = customElements.get(tag);
    if (!existing) customElements.define(tag, element);
    else if (existing !== element) taken.push(`<${tag}>`);
  }
  if (taken.length) {
    console.warn(`salary-widgets: ${taken.join(', ')} already defined (is the script on the page twice?); keeping the first.`);
  }
}
