// Test-runner commands that read what assistive technology and eyes get from the test page itself.
// Browser side: executeServerCommand('ax-tree') returns Chromium's accessibility tree (DevTools
// protocol, Accessibility.getFullAXTree) as nested { role, name, description, level, children }
// with ignored nodes left out (their children take their place); executeServerCommand('screenshot',
// { x, y, width, height }) returns that region of the page as a base64 PNG at one pixel per CSS pixel.
const sessions = new WeakMap();

async function cdpOf(page) {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.createCDPSession();
    sessions.set(page, cdp);
  }
  return cdp;
}

function tree(nodes) {
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const build = (node) => {
    const children = (node.childIds ?? []).flatMap((id) => {
      const child = byId.get(id);
      return child ? build(child) : [];
    });
    if (node.ignored) return children;
    const level = node.properties?.find((p) => p.name === 'level')?.value.value;
    const entry = { role: node.role?.value ?? '', name: node.name?.value ?? '' };
    if (node.description?.value) entry.description = node.description.value;
    if (level !== undefined) entry.level = level;
    entry.children = children;
    return [entry];
  };
  const root = nodes.find((node) => !node.parentId);
  return root ? build(root)[0] : undefined;
}

export function a11yPlugin() {
  return {
    name: 'a11y-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-tree' && command !== 'screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'screenshot') {
        const { x, y, width, height } = payload;
        return page.screenshot({ encoding: 'base64', clip: { x, y, width, height, scale: 1 }, captureBeyondViewport: false });
      }
      const cdp = await cdpOf(page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      return tree(nodes);
    },
  };
}
